// A controller work queue on the virtual clock (client-go workqueue role): keys are de-duplicated
// while pending, delivered in (due time, insertion) order, and retried with bounded back-off.
// Determinism: queue entries are clock events (plain data), so they are part of every snapshot.

import type { VirtualClock } from '../base/clock.ts';
import { activityOf, type ActivityLog } from '../activity/log.ts';
import { beginReconcile } from '../activity/reconcile.ts';
import { gateOf, type QueueGate } from './queue-gate.ts';

export interface Reconciler {
  /** Returns false (or throws) to have the key retried with back-off. */
  sync(key: string): boolean | void;
}

const RETRY_BASE_MS = 5;
const RETRY_MAX_MS = 60_000;
const MAX_RETRIES = 15;
/** How often a held queue's key looks again whether its component runs. */
const HELD_POLL_MS = 1_000;

export class WorkQueue {
  private readonly pending = new Set<string>();
  private readonly failures = new Map<string, number>();
  /** When each key's pending requeue-after is due (the delaying queue keeps the earliest). */
  private readonly dueAfter = new Map<string, number>();
  private readonly activity: ActivityLog;
  private readonly gate: QueueGate;

  constructor(private readonly clock: VirtualClock, readonly name: string, private readonly reconciler: Reconciler) {
    clock.register(name, (key) => this.process(key));
    clock.onRestore(name, (keys) => this.restorePending(keys));
    this.activity = activityOf(clock);
    this.gate = gateOf(clock);
    this.gate.adopt(name);
  }

  /** Queues `key` unless it is already waiting. */
  add(key: string, delayMs = 0): void {
    if (this.pending.has(key)) return;
    this.pending.add(key);
    this.clock.schedule(this.name, key, delayMs);
  }

  /**
   * Re-queues `key` after `delayMs` even if it is waiting (requeue-after); dropped when an earlier
   * requeue of the key is already pending, so periodic resyncs do not pile up.
   */
  addAfter(key: string, delayMs: number): void {
    const nowMs = this.clock.nowMs;
    const dueMs = nowMs + Math.max(0, Math.ceil(delayMs));
    const pendingMs = this.dueAfter.get(key);
    if (pendingMs !== undefined && pendingMs > nowMs && pendingMs <= dueMs) return;
    this.dueAfter.set(key, dueMs);
    this.clock.schedule(this.name, `~${key}`, dueMs - nowMs);
  }

  /** Rebuilds the pending set from the clock after a restore. */
  private restorePending(keys: readonly string[]): void {
    this.pending.clear();
    for (const k of keys) if (!k.startsWith('~')) this.pending.add(k);
    this.failures.clear();
    // Forgotten due times cost at worst one extra, harmless sync.
    this.dueAfter.clear();
  }

  private process(rawKey: string): void {
    if (this.gate.holds(this.name)) {
      this.clock.schedule(this.name, rawKey, HELD_POLL_MS);
      return;
    }
    const key = rawKey.startsWith('~') ? rawKey.slice(1) : rawKey;
    if (!rawKey.startsWith('~')) this.pending.delete(key);
    else if (this.dueAfter.get(key) === this.clock.nowMs) this.dueAfter.delete(key);
    let ok: boolean;
    if (this.activity.enabled) beginReconcile(this.activity, this.name, key);
    try {
      ok = this.reconciler.sync(key) !== false;
    } catch {
      ok = false;
    }
    this.activity.endReconcile();
    if (ok) {
      this.failures.delete(key);
      return;
    }
    const n = (this.failures.get(key) ?? 0) + 1;
    if (n > MAX_RETRIES) {
      this.failures.delete(key);
      return;
    }
    this.failures.set(key, n);
    this.add(key, Math.min(RETRY_BASE_MS * 2 ** (n - 1), RETRY_MAX_MS));
  }
}

export function namespacedKey(namespace: string | undefined, name: string): string {
  return namespace ? `${namespace}/${name}` : name;
}

export function splitKey(key: string): { namespace: string | undefined; name: string } {
  const slash = key.indexOf('/');
  return slash < 0 ? { namespace: undefined, name: key } : { namespace: key.slice(0, slash), name: key.slice(slash + 1) };
}
