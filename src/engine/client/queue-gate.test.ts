import { describe, expect, it } from 'vitest';
import { VirtualClock } from '../base/clock.ts';
import { gateOf } from './queue-gate.ts';
import { WorkQueue } from './workqueue.ts';

describe('QueueGate', () => {
  it('holds the keys of a stopped component\'s queues until it runs again, and no other queue\'s', () => {
    const clock = new VirtualClock(0);
    const seen: string[] = [];
    const owned = gateOf(clock).owning('kube-controller-manager', () => new WorkQueue(clock, 'replicaset', { sync: (k) => void seen.push(`rs:${k}`) }));
    const other = new WorkQueue(clock, 'crd', { sync: (k) => void seen.push(`crd:${k}`) });
    gateOf(clock).setRunning('kube-controller-manager', false);
    owned.add('default/web');
    owned.add('default/web');
    other.add('x');
    clock.advance(10_000);
    expect(seen).toEqual(['crd:x']);
    gateOf(clock).setRunning('kube-controller-manager', true);
    clock.advance(1_000);
    expect(seen).toEqual(['crd:x', 'rs:default/web']);
  });
});
