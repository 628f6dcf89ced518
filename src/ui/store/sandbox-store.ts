// The UI's read model of the sandbox: connection status, the terminal's session, the virtual clock
// and the cluster revision, plus the display language. No Kubernetes logic: only what the host said.

import { create } from 'zustand';
import type { ClockState, HostEvent, SessionId } from '../../worker/host/api.ts';
import { DEFAULT_LANG, type Lang } from '../i18n.ts';

export type SandboxStatus = 'starting' | 'ready' | 'failed';

export interface SandboxState {
  readonly lang: Lang;
  readonly status: SandboxStatus;
  readonly failure: string | null;
  readonly sessionId: SessionId | null;
  readonly clock: ClockState | null;
  readonly revision: number;
}

export const INITIAL_SANDBOX_STATE: SandboxState = {
  lang: DEFAULT_LANG,
  status: 'starting',
  failure: null,
  sessionId: null,
  clock: null,
  revision: 0,
};

export const useSandboxStore = create<SandboxState>()(() => INITIAL_SANDBOX_STATE);

export function setLang(lang: Lang): void {
  useSandboxStore.setState({ lang });
}

export function markReady(sessionId: SessionId, clock: ClockState): void {
  useSandboxStore.setState((s) => (s.status === 'failed' ? s : { status: 'ready', sessionId, clock: s.clock ?? clock }));
}

/** The terminal tab in front changed: lines the page runs (the editor's Apply…) go to its session. */
export function setActiveSession(sessionId: SessionId): void {
  useSandboxStore.setState((s) => (s.sessionId === sessionId ? s : { sessionId }));
}

/** Resolves once the sandbox is ready or has failed. */
export function whenSandboxSettled(): Promise<void> {
  return new Promise((resolve) => {
    const settled = (state: SandboxState): boolean => state.status !== 'starting';
    if (settled(useSandboxStore.getState())) return resolve();
    const unsubscribe = useSandboxStore.subscribe((state) => {
      if (!settled(state)) return;
      unsubscribe();
      resolve();
    });
  });
}

export function markFailed(failure: string): void {
  useSandboxStore.setState({ status: 'failed', failure });
}

/** Folds a batch of host events into the read model; output is not kept here (the terminal shows it). */
export function applyHostEvents(events: readonly HostEvent[]): void {
  let clock: ClockState | undefined;
  let revision: number | undefined;
  for (const event of events) {
    if (event.type === 'clock') clock = { nowMs: event.nowMs, speed: event.speed, paused: event.paused };
    else if (event.type === 'cluster') revision = event.revision;
  }
  if (clock === undefined && revision === undefined) return;
  useSandboxStore.setState((s) => ({ clock: clock ?? s.clock, revision: revision ?? s.revision }));
}
