// The back-off on deleting a node's failed daemon pods (client-go flowcontrol.Backoff, as
// kube-controller-manager builds it: 1 s doubling to 15 min, no jitter), so that a DaemonSet does
// not hot-loop against a kubelet that keeps rejecting its pod.

const INITIAL_MS = 1_000;
const MAX_MS = 15 * 60_000;

interface Entry {
  backoffMs: number;
  lastUpdateMs: number;
}

export class FailedPodsBackoff {
  private readonly entries = new Map<string, Entry>();

  /** An entry untouched for twice the maximum is forgotten. */
  private expired(entry: Entry, nowMs: number): boolean {
    return nowMs - entry.lastUpdateMs > 2 * MAX_MS;
  }

  /** IsInBackOffSinceUpdate. */
  inBackOff(key: string, nowMs: number): boolean {
    const entry = this.entries.get(key);
    if (!entry || this.expired(entry, nowMs)) return false;
    return nowMs - entry.lastUpdateMs < entry.backoffMs;
  }

  /** The current delay of `key` (0 when it has none). */
  delayMs(key: string): number {
    return this.entries.get(key)?.backoffMs ?? 0;
  }

  /** Next: starts at 1 s, then doubles up to 15 min; forgets expired entries on the way (the periodic GC). */
  next(key: string, nowMs: number): void {
    for (const [k, e] of this.entries) if (this.expired(e, nowMs)) this.entries.delete(k);
    const entry = this.entries.get(key);
    const backoffMs = entry ? Math.min(entry.backoffMs * 2, MAX_MS) : INITIAL_MS;
    this.entries.set(key, { backoffMs, lastUpdateMs: nowMs });
  }

  clear(): void {
    this.entries.clear();
  }
}
