// The activity log: a bounded ring of structured entries about what the control plane did, off by
// default. Invariant: recording never changes behaviour — it reads the clock and the objects it is
// shown, and writes nothing but its own ring (no events, no store writes, no draws from the generator).

import { assert } from '../base/assert.ts';
import type { VirtualClock } from '../base/clock.ts';
import type { Action, ActivityEntry, ActivityObject, ActivityParams, Actor } from './types.ts';

/** Entries kept; older ones are dropped. */
export const ACTIVITY_CAPACITY = 5_000;

/** A controller's sync of a key, recorded once it does something (or at its end, unless quiet). */
interface Reconcile {
  readonly detail: string;
  readonly object: ActivityObject;
  readonly key: string;
  readonly quiet: boolean;
  seq: number | undefined;
}

export class ActivityLog {
  private on = false;
  private nextSeq = 0;
  private readonly ring: Array<ActivityEntry | undefined>;
  private reconcile: Reconcile | undefined;
  /** What the scheduler decided in its current cycle, for the requests that follow at the same instant. */
  private schedulingCause: { readonly seq: number; readonly timeMs: number } | undefined;

  constructor(private readonly clock: VirtualClock, readonly capacity = ACTIVITY_CAPACITY) {
    assert(Number.isInteger(capacity) && capacity > 0, 'the activity capacity must be a positive integer');
    this.ring = new Array<ActivityEntry | undefined>(capacity);
  }

  /** Checked by every recording call site first, so a log that is off costs one read. */
  get enabled(): boolean {
    return this.on;
  }

  enable(): void {
    this.on = true;
  }

  disable(): void {
    this.on = false;
    this.reconcile = undefined;
    this.schedulingCause = undefined;
  }

  /** The seq of the newest entry, -1 when none was recorded yet. */
  get lastSeq(): number {
    return this.nextSeq - 1;
  }

  /** Records an entry now; returns its seq (-1 when the log is off). */
  record(actor: Actor, action: Action, object: ActivityObject, params: ActivityParams, detail?: string, parent?: number): number {
    if (!this.on) return -1;
    this.openReconcile();
    return this.push(actor, action, object, params, detail, parent);
  }

  /** Entries newer than `afterSeq`, oldest first; at most `max` (the newest ones). */
  since(afterSeq: number, max = this.capacity): ActivityEntry[] {
    const first = Math.max(afterSeq + 1, this.nextSeq - this.capacity, this.nextSeq - Math.max(0, max), 0);
    const out: ActivityEntry[] = [];
    for (let seq = first; seq < this.nextSeq; seq++) out.push(this.ring[seq % this.capacity]!);
    return out;
  }

  /** A work queue hands `key` to its controller; anything recorded until `endReconcile` follows from it. */
  beginReconcile(detail: string, object: ActivityObject, key: string, quiet: boolean): void {
    this.reconcile = { detail, object, key, quiet, seq: undefined };
  }

  endReconcile(): void {
    const r = this.reconcile;
    this.reconcile = undefined;
    if (r && r.seq === undefined && !r.quiet && this.on) this.pushReconcile(r);
  }

  /** The scheduler's decision (`seq`) is the cause of its requests at this instant. */
  scheduled(seq: number): void {
    this.schedulingCause = seq < 0 ? undefined : { seq, timeMs: this.clock.nowMs };
  }

  /** The entry a request by `actor` follows from, if one is known. */
  causeOf(actor: Actor): number | undefined {
    if (this.reconcile && actor === 'kube-controller-manager') return this.openReconcile();
    const s = this.schedulingCause;
    return actor === 'kube-scheduler' && s && s.timeMs === this.clock.nowMs ? s.seq : undefined;
  }

  /** Records the pending reconcile on the first thing it causes; returns its seq. */
  private openReconcile(): number | undefined {
    const r = this.reconcile;
    if (!r) return undefined;
    if (r.seq === undefined) this.pushReconcile(r);
    return r.seq;
  }

  private pushReconcile(r: Reconcile): void {
    r.seq = this.push('kube-controller-manager', 'reconcile', r.object, { key: r.key }, r.detail, undefined);
  }

  private push(actor: Actor, action: Action, object: ActivityObject, params: ActivityParams, detail: string | undefined, parent: number | undefined): number {
    const seq = this.nextSeq++;
    const entry: ActivityEntry = {
      seq, timeMs: this.clock.nowMs, actor, ...(detail !== undefined ? { detail } : {}), action, object, params,
      ...(parent !== undefined && parent >= 0 ? { parent } : {}),
    };
    this.ring[seq % this.capacity] = entry;
    return seq;
  }
}

const LOGS = new WeakMap<VirtualClock, ActivityLog>();

/**
 * The activity log of the cluster that runs on `clock` (created, off, on first use). Keyed by the
 * clock because it is the one object every component of a cluster is given — work queues included —
 * so the log reaches them all without widening their constructors.
 */
export function activityOf(clock: VirtualClock): ActivityLog {
  let log = LOGS.get(clock);
  if (log === undefined) {
    log = new ActivityLog(clock);
    LOGS.set(clock, log);
  }
  return log;
}
