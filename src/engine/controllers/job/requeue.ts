// Requeue-after with the delaying queue's rule that the earliest pending time wins: a later
// requeue of a key that already has an earlier one pending is dropped, so periodic resyncs (deadlines,
// back-offs, cron schedules) do not pile up duplicate clock events.
// Determinism: the memory of pending times is cleared on every snapshot restore (at worst one extra,
// harmless sync follows).

import type { VirtualClock } from '../../base/clock.ts';
import type { WorkQueue } from '../../client/workqueue.ts';

export class RequeueAfter {
  private readonly dueByKey = new Map<string, number>();

  constructor(private readonly clock: VirtualClock, private readonly queue: WorkQueue) {
    clock.onRestore(`${queue.name}/requeue`, () => this.dueByKey.clear());
  }

  /** Syncs `key` again in `delayMs` unless a sync is already due by then. */
  after(key: string, delayMs: number): void {
    const nowMs = this.clock.nowMs;
    const dueMs = nowMs + Math.max(0, Math.ceil(delayMs));
    const pendingMs = this.dueByKey.get(key);
    if (pendingMs !== undefined && pendingMs > nowMs && pendingMs <= dueMs) return;
    this.dueByKey.set(key, dueMs);
    this.queue.addAfter(key, dueMs - nowMs);
  }

  /** Drops the memory of a key whose object is gone. */
  forget(key: string): void {
    this.dueByKey.delete(key);
  }
}
