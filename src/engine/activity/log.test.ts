import { describe, expect, it } from 'vitest';
import { VirtualClock } from '../base/clock.ts';
import { ActivityLog, activityOf } from './log.ts';

const POD = { kind: 'Pod', namespace: 'default', name: 'web' };

function log(capacity?: number): ActivityLog {
  const l = new ActivityLog(new VirtualClock(1_000), capacity);
  l.enable();
  return l;
}

describe('ActivityLog', () => {
  it('records nothing while off', () => {
    const l = new ActivityLog(new VirtualClock(0));
    expect(l.record('kubectl', 'request', POD, { verb: 'create' })).toBe(-1);
    l.beginReconcile('replicaset-controller', POD, 'default/web', false);
    l.endReconcile();
    expect(l.since(-1)).toEqual([]);
    expect(l.lastSeq).toBe(-1);
  });

  it('stamps entries with increasing seq and the virtual time', () => {
    const l = log();
    const first = l.record('kubectl', 'request', POD, { verb: 'create' });
    const second = l.record('kube-apiserver', 'admit', POD, {}, undefined, first);
    expect(l.since(-1)).toEqual([
      { seq: 0, timeMs: 1_000, actor: 'kubectl', action: 'request', object: POD, params: { verb: 'create' } },
      { seq: 1, timeMs: 1_000, actor: 'kube-apiserver', action: 'admit', object: POD, params: {}, parent: 0 },
    ]);
    expect(second).toBe(1);
  });

  it('keeps only the newest entries of a full ring', () => {
    const l = log(3);
    for (let i = 0; i < 5; i++) l.record('kubectl', 'request', POD, { i });
    expect(l.since(-1).map((e) => e.seq)).toEqual([2, 3, 4]);
    expect(l.since(3).map((e) => e.seq)).toEqual([4]);
    expect(l.since(-1, 2).map((e) => e.seq)).toEqual([3, 4]);
    expect(l.since(4)).toEqual([]);
  });

  it('records a reconcile before the first thing it causes, and makes it their parent', () => {
    const l = log();
    l.beginReconcile('replicaset-controller', { kind: 'ReplicaSet', namespace: 'default', name: 'web-1' }, 'default/web-1', false);
    const cause = l.causeOf('kube-controller-manager');
    l.record('kube-controller-manager', 'request', POD, {}, 'replicaset-controller', cause);
    l.endReconcile();
    expect(l.since(-1).map((e) => [e.seq, e.action, e.parent])).toEqual([[0, 'reconcile', undefined], [1, 'request', 0]]);
  });

  it('records a quiet queue\'s sync only when it does something', () => {
    const l = log();
    l.beginReconcile('garbage-collector-controller', POD, 'k', true);
    l.endReconcile();
    l.beginReconcile('replicaset-controller', POD, 'default/web', false);
    l.endReconcile();
    expect(l.since(-1).map((e) => e.detail)).toEqual(['replicaset-controller']);
  });

  it('links the scheduler\'s requests to its decision only at the same instant', () => {
    const clock = new VirtualClock(0);
    const l = new ActivityLog(clock);
    l.enable();
    l.scheduled(l.record('kube-scheduler', 'bind', POD, { node: 'n1' }));
    expect(l.causeOf('kube-scheduler')).toBe(0);
    expect(l.causeOf('kubelet')).toBeUndefined();
    clock.advance(1);
    expect(l.causeOf('kube-scheduler')).toBeUndefined();
  });

  it('is one log per clock', () => {
    const clock = new VirtualClock(0);
    expect(activityOf(clock)).toBe(activityOf(clock));
    expect(activityOf(new VirtualClock(0))).not.toBe(activityOf(clock));
    expect(activityOf(clock).enabled).toBe(false);
  });
});
