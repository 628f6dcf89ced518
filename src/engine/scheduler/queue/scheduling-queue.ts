// The scheduling queue: activeQ (by priority, then time queued), backoffQ (pods waiting out their
// back-off) and the unschedulable pods (waiting for a cluster event that may help, or 5 minutes).
// Every queued pod has a clock event whose key is its record, so the queue survives a snapshot.
// Mirrors internal/queue/scheduling_queue.go (PriorityQueue, v1.31 without queueing hints).

import type { KubeObject } from '../../api/types.ts';
import type { VirtualClock } from '../../base/clock.ts';
import { MinHeap } from '../../base/heap.ts';
import { eventMatches, type ClusterEvent } from '../framework/types.ts';
import { backoffExpiryMs, backoffFlushMs, unschedulableFlushMs } from './backoff.ts';
import { decodeRecord, encodeRecord, isNewer, type QueueName, type QueueRecord } from './record.ts';
import { isPodUpdated } from './pod-updates.ts';

export const QUEUE_TARGET = 'kube-scheduler/queue';
/** How often an active pod's record is re-armed while it waits (it is dropped once the pod leaves). */
export const ACTIVE_RECORD_REFRESH_MS = 60_000;

export interface QueuedPod {
  readonly record: QueueRecord;
  readonly key: string;
  readonly pod: KubeObject;
  readonly priority: number;
}

export interface QueueDeps {
  readonly clock: VirtualClock;
  /** plugin name → the cluster events it registered for */
  readonly events: ReadonlyMap<string, readonly ClusterEvent[]>;
  /** A pod entered activeQ. */
  readonly onActivated: () => void;
  /** The pods that should be queued, as the API has them now (after a restore). */
  readonly pendingPods: () => readonly KubeObject[];
}

const byPriorityThenTime = (a: QueuedPod, b: QueuedPod): boolean => {
  if (a.priority !== b.priority) return a.priority > b.priority;
  const x = a.record;
  const y = b.record;
  if (x.timestampMs !== y.timestampMs) return x.timestampMs < y.timestampMs;
  if (x.tiebreak !== y.tiebreak) return x.tiebreak < y.tiebreak;
  return x.uid < y.uid;
};

const priorityOf = (pod: KubeObject): number => (pod.spec as { priority?: number } | undefined)?.priority ?? 0;
const tiebreakOf = (pod: KubeObject): number => Number(pod.metadata.resourceVersion ?? 0);

export class SchedulingQueue {
  private readonly pods = new Map<string, QueuedPod>();
  /** The unschedulable subset of `pods`, so events touch only those. */
  private readonly unschedulable = new Map<string, QueuedPod>();
  private readonly active = new MinHeap<QueuedPod>(byPriorityThenTime);
  private moveRequested = false;
  private inFlight: string | undefined;
  private restoring = false;

  constructor(private readonly deps: QueueDeps) {
    deps.clock.register(QUEUE_TARGET, (key) => this.fire(key));
    deps.clock.onRestore(QUEUE_TARGET, (keys) => this.restore(keys));
  }

  /** A new pod to schedule. */
  add(pod: KubeObject): void {
    if (this.pods.has(pod.metadata.uid!)) return;
    const now = this.deps.clock.nowMs;
    this.enter(pod, { ...this.baseRecord(pod, 0, now), queue: 'active' });
  }

  /** The API changed a queued pod (not its binding or deletion: the caller removes those). */
  update(pod: KubeObject): void {
    const uid = pod.metadata.uid!;
    if (uid === this.inFlight) return;
    const qp = this.pods.get(uid);
    if (!qp) {
      this.add(pod);
      return;
    }
    const updated = { ...qp, pod };
    this.set(updated);
    if (qp.record.queue === 'unschedulable' && isPodUpdated(qp.pod, pod)) this.requeue(updated, qp.record);
  }

  delete(uid: string): void {
    this.pods.delete(uid);
    this.unschedulable.delete(uid);
  }

  /** Whether activeQ holds a pod (dropping entries of pods that left it). */
  hasActive(): boolean {
    for (let top = this.active.peek(); top; top = this.active.peek()) {
      if (this.pods.get(top.record.uid)?.key === top.key) return true;
      this.active.pop();
    }
    return false;
  }

  /** Pop: the next pod to schedule, counting the attempt; it is in flight until requeued or done. */
  pop(): QueuedPod | undefined {
    this.moveRequested = false;
    if (!this.hasActive()) return undefined;
    const qp = this.pods.get(this.active.pop()!.record.uid)!;
    this.pods.delete(qp.record.uid);
    this.inFlight = qp.record.uid;
    return { ...qp, record: { ...qp.record, attempts: qp.record.attempts + 1 } };
  }

  /** The in-flight pod was bound or dropped. */
  done(): void {
    this.inFlight = undefined;
  }

  /**
   * AddUnschedulableIfNotPresent for a pod that failed: to the unschedulable pods, unless nothing
   * in particular rejected it or a cluster event arrived during its attempt (then after back-off).
   */
  requeueFailed(qp: QueuedPod, pod: KubeObject, unschedulablePlugins: readonly string[]): void {
    this.inFlight = undefined;
    const now = this.deps.clock.nowMs;
    const record: QueueRecord = { ...this.baseRecord(pod, qp.record.attempts, now), queue: 'unschedulable', unschedulablePlugins: [...unschedulablePlugins].sort() };
    if (this.moveRequested || unschedulablePlugins.length === 0) this.requeue({ ...qp, pod }, record);
    else this.enter(pod, record);
  }

  /** movePodsToActiveOrBackoffQueue for the unschedulable pods `select` picks (all by default). */
  moveAll(event: ClusterEvent, select: (qp: QueuedPod) => boolean = () => true): void {
    if (!this.isEventOfInterest(event)) return;
    for (const qp of [...this.unschedulable.values()]) {
      if (select(qp) && this.worthRequeuing(qp.record, event)) this.requeue(qp, qp.record);
    }
    this.moveRequested = true;
  }

  private isEventOfInterest(event: ClusterEvent): boolean {
    if (event.resource === '*') return true;
    for (const registered of this.deps.events.values()) if (registered.some((e) => eventMatches(e, event))) return true;
    return false;
  }

  private worthRequeuing(r: QueueRecord, event: ClusterEvent): boolean {
    if (r.unschedulablePlugins.length === 0 || event.resource === '*') return true;
    return r.unschedulablePlugins.some((p) => (this.deps.events.get(p) ?? []).some((e) => eventMatches(e, event)));
  }

  /** requeuePodViaQueueingHint: backoffQ while its back-off lasts, activeQ after. */
  private requeue(qp: QueuedPod, r: QueueRecord): void {
    const backingOff = backoffExpiryMs(r.timestampMs, r.attempts) > this.deps.clock.nowMs;
    this.enter(qp.pod, { ...r, queue: backingOff ? 'backoff' : 'active' });
  }

  private baseRecord(pod: KubeObject, attempts: number, now: number): QueueRecord {
    return {
      queue: 'active', uid: pod.metadata.uid!, namespace: pod.metadata.namespace!, name: pod.metadata.name!,
      attempts, timestampMs: now, tiebreak: tiebreakOf(pod), unschedulablePlugins: [],
    };
  }

  /** Puts the pod in its record's queue and arms the record's clock event. */
  private enter(pod: KubeObject, record: QueueRecord): void {
    const qp: QueuedPod = { record, key: encodeRecord(record), pod, priority: priorityOf(pod) };
    this.set(qp);
    this.arm(qp);
    if (record.queue === 'active') {
      this.active.push(qp);
      if (!this.restoring) this.deps.onActivated();
    }
  }

  private set(qp: QueuedPod): void {
    this.pods.set(qp.record.uid, qp);
    if (qp.record.queue === 'unschedulable') this.unschedulable.set(qp.record.uid, qp);
    else this.unschedulable.delete(qp.record.uid);
  }

  private arm(qp: QueuedPod): void {
    const now = this.deps.clock.nowMs;
    const r = qp.record;
    const due = r.queue === 'active' ? now + ACTIVE_RECORD_REFRESH_MS
      : r.queue === 'backoff' ? backoffFlushMs(r.timestampMs, r.attempts) : unschedulableFlushMs(r.timestampMs);
    this.deps.clock.schedule(QUEUE_TARGET, qp.key, due - now);
  }

  private fire(key: string): void {
    const record = decodeRecord(key);
    const qp = record && this.pods.get(record.uid);
    if (!qp || qp.key !== key) return;
    const from: Readonly<Record<QueueName, () => void>> = {
      active: () => this.arm(qp),
      backoff: () => this.enter(qp.pod, { ...qp.record, queue: 'active' }),
      unschedulable: () => this.requeue(qp, qp.record),
    };
    from[qp.record.queue]();
  }

  /** Rebuilds the queue from the records the restored clock holds and the pods the API holds. */
  private restore(keys: readonly string[]): void {
    this.pods.clear();
    this.unschedulable.clear();
    this.active.clear();
    this.moveRequested = false;
    this.inFlight = undefined;
    const latest = new Map<string, { record: QueueRecord; key: string }>();
    for (const key of keys) {
      const record = decodeRecord(key);
      const seen = record && latest.get(record.uid);
      if (record && (!seen || isNewer(record, seen.record))) latest.set(record.uid, { record, key });
    }
    const pending = new Map(this.deps.pendingPods().map((p) => [p.metadata.uid!, p]));
    for (const [uid, { record, key }] of latest) {
      const pod = pending.get(uid);
      if (!pod) continue;
      const qp: QueuedPod = { record, key, pod, priority: priorityOf(pod) };
      this.set(qp);
      if (record.queue === 'active') this.active.push(qp);
    }
    this.restoring = true;
    for (const pod of pending.values()) if (!this.pods.has(pod.metadata.uid!)) this.add(pod);
    this.restoring = false;
  }
}
