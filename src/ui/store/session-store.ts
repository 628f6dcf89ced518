// What the page knows about keeping the session: whether it was resumed at boot or replaced by a
// shared scenario, and the latest storage problem (an unreadable saved session, a full or broken
// browser storage).

import { create } from 'zustand';
import type { HostEvent } from '../../worker/host/api.ts';
import type { BootResult } from '../../worker/protocol.ts';

export type SessionNotice =
  | { readonly kind: 'resumed' }
  /** The Worker had died or hung; the page reloaded and the session came back from its last save. */
  | { readonly kind: 'recovered' }
  /** The saved data was cleared at the student's request. */
  | { readonly kind: 'cleared' }
  | { readonly kind: 'unreadable'; readonly detail: string }
  | { readonly kind: 'storage'; readonly detail: string }
  | { readonly kind: 'shared' }
  | { readonly kind: 'sharedRefused'; readonly detail: string };

export interface SessionState {
  readonly notice: SessionNotice | null;
}

export const useSessionStore = create<SessionState>()(() => ({ notice: null }));

export function noteBoot(result: BootResult, recovered = false): void {
  if (result.problem !== undefined) useSessionStore.setState({ notice: { kind: 'unreadable', detail: result.problem } });
  else if (recovered) useSessionStore.setState({ notice: { kind: 'recovered' } });
  else if (result.resumed) useSessionStore.setState({ notice: { kind: 'resumed' } });
}

export function noteCleared(): void {
  useSessionStore.setState({ notice: { kind: 'cleared' } });
}

export function noteScenario(result: { readonly ok: true } | { readonly ok: false; readonly reason: string }): void {
  useSessionStore.setState({ notice: result.ok ? { kind: 'shared' } : { kind: 'sharedRefused', detail: result.reason } });
}

export function dismissNotice(): void {
  useSessionStore.setState({ notice: null });
}

export function applySessionEvents(events: readonly HostEvent[]): void {
  for (const event of events) {
    if (event.type === 'storage') useSessionStore.setState({ notice: { kind: 'storage', detail: event.problem } });
  }
}
