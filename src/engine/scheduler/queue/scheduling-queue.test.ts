import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../api/types.ts';
import { VirtualClock } from '../../base/clock.ts';
import { ActionType, type ClusterEvent } from '../framework/types.ts';
import { podObject } from '../testing.ts';
import { backoffDurationMs } from './backoff.ts';
import { decodeRecord, encodeRecord, isNewer, type QueueRecord } from './record.ts';
import { SchedulingQueue } from './scheduling-queue.ts';

const START_MS = 1_700_000_000_300;
const LABEL_CHANGE: ClusterEvent = { resource: 'Node', action: ActionType.UpdateNodeLabel, label: 'NodeLabelChange' };
const POD_DELETE: ClusterEvent = { resource: 'Pod', action: ActionType.Delete, label: 'AssignedPodDelete' };
const EVENTS = new Map<string, readonly ClusterEvent[]>([
  ['NodeAffinity', [{ resource: 'Node', action: ActionType.Add | ActionType.UpdateNodeLabel, label: '' }]],
  ['NodeResourcesFit', [POD_DELETE]],
]);

function setup(clock = new VirtualClock(START_MS), pending: KubeObject[] = []): { clock: VirtualClock; queue: SchedulingQueue; activations: number[] } {
  const activations: number[] = [];
  const queue = new SchedulingQueue({ clock, events: EVENTS, onActivated: () => activations.push(clock.nowMs), pendingPods: () => pending });
  return { clock, queue, activations };
}

const pod = (name: string, priority = 0): KubeObject => podObject(name, undefined, { priority });

/** Pops the pod and fails it with the given plugins. */
function failOnce(queue: SchedulingQueue, p: KubeObject, plugins: string[]): void {
  const qp = queue.pop()!;
  expect(qp.pod.metadata.name).toBe(p.metadata.name);
  queue.requeueFailed(qp, p, plugins);
}

describe('back-off', () => {
  it('doubles from 1 s and stops at 10 s', () => {
    expect([1, 2, 3, 4, 5, 6].map(backoffDurationMs)).toEqual([1000, 2000, 4000, 8000, 10000, 10000]);
  });
});

describe('queue records', () => {
  it('round-trip through a clock event key', () => {
    const r: QueueRecord = {
      queue: 'backoff', uid: 'u-1', namespace: 'default', name: 'web', attempts: 3, timestampMs: START_MS, tiebreak: 42,
      unschedulablePlugins: ['NodeAffinity', 'TaintToleration'],
    };
    expect(decodeRecord(encodeRecord(r))).toEqual(r);
    expect(decodeRecord('cycle|0')).toBeUndefined();
  });

  it('order a pod\'s states by attempts, then unschedulable → backoff → active', () => {
    const base: QueueRecord = { queue: 'unschedulable', uid: 'u', namespace: 'd', name: 'p', attempts: 2, timestampMs: 0, tiebreak: 0, unschedulablePlugins: [] };
    expect(isNewer({ ...base, queue: 'active' }, base)).toBe(true);
    expect(isNewer(base, { ...base, attempts: 1, queue: 'active' })).toBe(true);
    expect(isNewer({ ...base, queue: 'backoff' }, { ...base, queue: 'active' })).toBe(false);
  });
});

describe('SchedulingQueue', () => {
  it('pops by priority, then in the order pods were queued', () => {
    const { queue } = setup();
    const pods = [pod('low-1', 0), pod('high', 10), pod('low-2', 0)];
    pods.forEach((p, i) => {
      p.metadata.resourceVersion = String(i + 1);
      queue.add(p);
    });
    expect([queue.pop(), queue.pop(), queue.pop()].map((qp) => qp?.pod.metadata.name)).toEqual(['high', 'low-1', 'low-2']);
    expect(queue.pop()).toBeUndefined();
  });

  it('parks a rejected pod until an event its plugins registered for, then waits out the back-off', () => {
    const { clock, queue, activations } = setup();
    const p = pod('web');
    queue.add(p);
    failOnce(queue, p, ['NodeAffinity']);
    queue.moveAll(POD_DELETE);
    expect(queue.hasActive()).toBe(false);
    clock.advance(400);
    queue.moveAll(LABEL_CHANGE);
    expect(queue.hasActive()).toBe(false);
    clock.advanceTo(START_MS + 1_699);
    expect(queue.hasActive()).toBe(false);
    clock.advanceTo(START_MS + 1_700);
    expect(queue.hasActive()).toBe(true);
    expect(activations.at(-1)).toBe(START_MS + 1_700);
  });

  it('goes straight to activeQ when the event comes after the back-off', () => {
    const { clock, queue } = setup();
    const p = pod('web');
    queue.add(p);
    failOnce(queue, p, ['NodeAffinity']);
    clock.advance(1_500);
    queue.moveAll(LABEL_CHANGE);
    expect(queue.pop()?.record.attempts).toBe(2);
  });

  it('retries an unschedulable pod on the first 30 s tick 5 minutes after it failed', () => {
    const { clock, queue } = setup();
    const p = pod('web');
    queue.add(p);
    failOnce(queue, p, ['NodeAffinity']);
    clock.advanceTo(START_MS + 309_699);
    expect(queue.hasActive()).toBe(false);
    clock.advanceTo(START_MS + 309_700);
    expect(queue.hasActive()).toBe(true);
  });

  it('sends a pod to back-off when a relevant event arrived during its attempt', () => {
    const { clock, queue } = setup();
    const p = pod('web');
    queue.add(p);
    const qp = queue.pop()!;
    queue.moveAll(POD_DELETE);
    queue.requeueFailed(qp, p, ['NodeAffinity']);
    clock.advanceTo(START_MS + 1_700);
    expect(queue.hasActive()).toBe(true);
  });

  it('retries pods that failed for no plugin in particular after their back-off', () => {
    const { clock, queue } = setup();
    const p = pod('web');
    queue.add(p);
    failOnce(queue, p, []);
    clock.advanceTo(START_MS + 1_700);
    expect(queue.hasActive()).toBe(true);
    failOnce(queue, p, []);
    clock.advanceTo(START_MS + 3_699);
    expect(queue.hasActive()).toBe(false);
    clock.advanceTo(START_MS + 3_700);
    expect(queue.pop()?.record.attempts).toBe(3);
  });

  it('moves an unschedulable pod when its spec changes, not its status', () => {
    const { clock, queue } = setup();
    const p = pod('web');
    queue.add(p);
    failOnce(queue, p, ['NodeAffinity']);
    clock.advance(5_000);
    queue.update({ ...p, status: { phase: 'Pending', conditions: [] } });
    expect(queue.hasActive()).toBe(false);
    queue.update({ ...p, metadata: { ...p.metadata, labels: { tier: 'front' } } });
    expect(queue.hasActive()).toBe(true);
  });

  it('is rebuilt from the clock after a restore', () => {
    const { clock, queue } = setup();
    const pods = [pod('a'), pod('b'), pod('c')];
    for (const p of pods) queue.add(p);
    failOnce(queue, pods[0]!, ['NodeAffinity']);
    failOnce(queue, pods[1]!, []);
    const snap = clock.snapshot();
    const restored = setup(new VirtualClock(0), pods);
    restored.clock.restore(snap);
    expect(restored.queue.pop()?.pod.metadata.name).toBe('c');
    restored.clock.advanceTo(START_MS + 1_700);
    expect(restored.queue.pop()?.pod.metadata.name).toBe('b');
    restored.queue.moveAll(LABEL_CHANGE);
    expect(restored.queue.pop()?.record).toMatchObject({ name: 'a', attempts: 2 });
  });
});
