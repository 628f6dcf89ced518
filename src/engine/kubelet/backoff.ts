// The kubelet's restart and image-pull back-off (client-go flowcontrol.Backoff as the kubelet sets it:
// 10 s doubling to 300 s; an entry idle for twice the cap starts over).

import type { BackoffEntry } from './state.ts';

export const BACKOFF_INITIAL_MS = 10_000;
export const BACKOFF_MAX_MS = 300_000;

function expired(entry: BackoffEntry, nowMs: number): boolean {
  return nowMs - entry.lastUpdateMs > 2 * BACKOFF_MAX_MS;
}

/** Backoff.Next: the entry after one more failure at `nowMs`. */
export function nextBackoff(entry: BackoffEntry | undefined, nowMs: number): BackoffEntry {
  if (!entry || expired(entry, nowMs)) return { backoffMs: BACKOFF_INITIAL_MS, lastUpdateMs: nowMs };
  return { backoffMs: Math.min(entry.backoffMs * 2, BACKOFF_MAX_MS), lastUpdateMs: nowMs };
}

/** Backoff.IsInBackOffSinceUpdate: still waiting at `eventMs` (the container's finish time)? */
export function inBackoffSince(entry: BackoffEntry | undefined, eventMs: number, nowMs: number): boolean {
  if (!entry || expired(entry, nowMs)) return false;
  return eventMs - entry.lastUpdateMs < entry.backoffMs;
}

/** When the back-off started at the entry's last update ends. */
export function backoffEndsMs(entry: BackoffEntry): number {
  return entry.lastUpdateMs + entry.backoffMs;
}
