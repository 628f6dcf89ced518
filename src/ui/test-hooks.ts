// Minimal hooks for the end-to-end tests: the xterm instance and the Worker's API, on
// `window.__kubelab`. Read-only conveniences; the app never reads them back.

import type { Terminal } from '@xterm/xterm';
import type { Remote } from 'comlink';
import type { WorkerApi } from '../worker/protocol.ts';

export interface KubelabTestHooks {
  term?: Terminal;
  host?: Remote<WorkerApi>;
  /** Terminates the sandbox Worker, as the browser would kill it. */
  killWorker?: () => void;
}

declare global {
  interface Window {
    __kubelab?: KubelabTestHooks;
  }
}

export function exposeTestHooks(hooks: KubelabTestHooks): void {
  window.__kubelab = { ...window.__kubelab, ...hooks };
}
