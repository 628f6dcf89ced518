// What the page sees of the sandbox Worker: the host API plus `boot`, exposed with comlink.
// API Boundary: the UI imports this module for types only; every value crossing it is plain
// serialisable data, except the listeners, which travel as `Comlink.proxy` callbacks.

import type { ProxyMarked } from 'comlink';
import type { HostApi, HostEvent, SandboxOptions } from './host/api.ts';
import type { BootResult, PersistenceApi } from './persist/api.ts';

export type { BootResult, ImportResult, SnapshotInfo } from './persist/api.ts';

export interface WorkerApi extends Omit<HostApi, 'subscribe'>, PersistenceApi {
  /**
   * Creates the sandbox, brings back the autosaved session if there is one, subscribes `onEvent` (a
   * `Comlink.proxy`) to its events and starts the clock driver and autosave. Must be the first call, and only one.
   */
  boot(options: SandboxOptions, onEvent: (event: HostEvent) => void): Promise<BootResult>;
  /** As HostApi.subscribe; the unsubscribe function comes back as a comlink proxy. */
  subscribe(listener: (event: HostEvent) => void): (() => void) & ProxyMarked;
}
