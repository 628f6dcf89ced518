// Retry timing of the scheduling queue: per-pod back-off of 1 s doubling up to 10 s after each
// failed attempt, the 1 s tick that moves backed-off pods to activeQ, and the 5 min after which an
// unschedulable pod is retried anyway (checked every 30 s). Ticks fall on whole multiples of their
// period on the virtual clock. Mirrors internal/queue/scheduling_queue.go (v1.31 defaults).

export const INITIAL_BACKOFF_MS = 1_000;
export const MAX_BACKOFF_MS = 10_000;
export const BACKOFF_FLUSH_PERIOD_MS = 1_000;
export const UNSCHEDULABLE_FLUSH_PERIOD_MS = 30_000;
export const MAX_IN_UNSCHEDULABLE_MS = 5 * 60_000;

/** calculateBackoffDuration: 1 s, 2 s, 4 s, 8 s, then 10 s. */
export function backoffDurationMs(attempts: number): number {
  let d = INITIAL_BACKOFF_MS;
  for (let i = 1; i < attempts; i++) {
    if (d > MAX_BACKOFF_MS - d) return MAX_BACKOFF_MS;
    d += d;
  }
  return d;
}

export function backoffExpiryMs(timestampMs: number, attempts: number): number {
  return timestampMs + backoffDurationMs(attempts);
}

/** The first tick of `periodMs` strictly after `ms` (a tick at `ms` itself has already run). */
export function nextTickAfter(ms: number, periodMs: number): number {
  return (Math.floor(ms / periodMs) + 1) * periodMs;
}

/** flushBackoffQCompleted moves a pod at the first 1 s tick at or after its back-off expires. */
export function backoffFlushMs(timestampMs: number, attempts: number): number {
  const expiry = backoffExpiryMs(timestampMs, attempts);
  return Math.ceil(expiry / BACKOFF_FLUSH_PERIOD_MS) * BACKOFF_FLUSH_PERIOD_MS;
}

/** flushUnschedulablePodsLeftover moves a pod at the first 30 s tick more than 5 min after it failed. */
export function unschedulableFlushMs(timestampMs: number): number {
  return nextTickAfter(timestampMs + MAX_IN_UNSCHEDULABLE_MS, UNSCHEDULABLE_FLUSH_PERIOD_MS);
}
