import type { DeploymentCondition, DeploymentStatus } from 'kubernetes-types/apps/v1';
import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../api/types.ts';
import { rfc3339 } from '../../base/time.ts';
import { newCondition, setCondition } from './conditions.ts';
import { fakeSync, newDeployment, OLDER_MS, rs } from './fixtures.ts';
import { syncRolloutStatus } from './progress.ts';

const T0 = OLDER_MS;
const SECOND = 1000;

function progressing(reason: string, atMs: number, status: 'True' | 'False' = 'True'): DeploymentCondition {
  return { type: 'Progressing', status, lastUpdateTime: rfc3339(atMs), lastTransitionTime: rfc3339(atMs), reason, message: 'm' };
}

function deployment(replicas: number, status: DeploymentStatus, deadline = 30): KubeObject {
  return { ...newDeployment(replicas, { maxSurge: 1, progressDeadlineSeconds: deadline }), status: { observedGeneration: 1, ...status } };
}

/** The status written by one syncRolloutStatus, or undefined when nothing was written. */
function written(d: KubeObject, allRSs: KubeObject[], newRS: KubeObject | undefined, nowMs: number): { status?: DeploymentStatus; requeues: number[]; events: string[] } {
  const sync = fakeSync(nowMs);
  syncRolloutStatus(sync.ctx, allRSs, newRS, d);
  const write = sync.actions.find((a) => a.verb === 'updateStatus');
  return { status: write?.object.status as DeploymentStatus | undefined, requeues: sync.requeues, events: sync.events };
}

const progressingOf = (s: DeploymentStatus | undefined): DeploymentCondition | undefined => s?.conditions?.find((c) => c.type === 'Progressing');

describe('syncRolloutStatus (upstream TestSyncRolloutStatus)', () => {
  it('reports a complete rollout as NewReplicaSetAvailable, keeping the transition time', () => {
    const newRS = rs('foo-v2', 2, T0, { statusReplicas: 2, available: 2 });
    const d = deployment(2, { conditions: [progressing('ReplicaSetUpdated', T0)] });
    const cond = progressingOf(written(d, [newRS], newRS, T0 + 5 * SECOND).status);
    expect(cond).toMatchObject({ status: 'True', reason: 'NewReplicaSetAvailable', message: 'ReplicaSet "foo-v2" has successfully progressed.' });
    expect(cond?.lastTransitionTime).toBe(rfc3339(T0));
    expect(cond?.lastUpdateTime).toBe(rfc3339(T0 + 5 * SECOND));
  });

  it('refreshes lastUpdateTime of ReplicaSetUpdated on any progress', () => {
    const newRS = rs('foo-v2', 2, T0, { statusReplicas: 2, available: 1 });
    const d = deployment(2, { replicas: 2, updatedReplicas: 2, conditions: [progressing('ReplicaSetUpdated', T0)] });
    const cond = progressingOf(written(d, [newRS], newRS, T0 + 7 * SECOND).status);
    expect(cond).toMatchObject({ reason: 'ReplicaSetUpdated', message: 'ReplicaSet "foo-v2" is progressing.' });
    expect([cond?.lastTransitionTime, cond?.lastUpdateTime]).toEqual([rfc3339(T0), rfc3339(T0 + 7 * SECOND)]);
  });

  it('times out strictly after the deadline, with a condition and no event', () => {
    const newRS = rs('foo-v2', 2, T0, { statusReplicas: 2 });
    const stuck = { replicas: 2, updatedReplicas: 2, unavailableReplicas: 2 };
    const d = deployment(2, { ...stuck, conditions: [progressing('ReplicaSetUpdated', T0)] });
    expect(written(d, [newRS], newRS, T0 + 30 * SECOND).status?.conditions?.find((c) => c.reason === 'ProgressDeadlineExceeded')).toBeUndefined();
    const late = written(d, [newRS], newRS, T0 + 31 * SECOND);
    expect(progressingOf(late.status)).toMatchObject({ status: 'False', reason: 'ProgressDeadlineExceeded', message: 'ReplicaSet "foo-v2" has timed out progressing.' });
    expect(late.events).toEqual([]);
  });

  it('requeues a stuck Deployment for one second past its deadline', () => {
    const newRS = rs('foo-v2', 2, T0, { statusReplicas: 2 });
    const d = deployment(2, { replicas: 2, updatedReplicas: 2, unavailableReplicas: 2, conditions: [progressing('ReplicaSetUpdated', T0)] });
    setCondition(d.status as DeploymentStatus, newCondition('Available', 'False', 'MinimumReplicasUnavailable', 'Deployment does not have minimum availability.', T0));
    const result = written(d, [newRS], newRS, T0 + 10 * SECOND);
    expect(result.status).toBeUndefined();
    expect(result.requeues).toEqual([21 * SECOND]);
    expect(written(d, [newRS], newRS, T0 + 29_500).requeues).toEqual([0]);
  });

  it('drops Progressing when the Deployment has no deadline', () => {
    const newRS = rs('foo-v2', 1, T0, { statusReplicas: 1, available: 1 });
    const d = deployment(1, { conditions: [progressing('NewReplicaSetAvailable', T0)] }, 2_147_483_647);
    expect(progressingOf(written(d, [newRS], newRS, T0).status)).toBeUndefined();
  });

  it('copies a ReplicaSet\'s ReplicaFailure condition', () => {
    const failing = rs('foo-v2', 1, T0);
    failing.status = { replicas: 0, conditions: [{ type: 'ReplicaFailure', status: 'True', lastTransitionTime: rfc3339(T0), reason: 'FailedCreate', message: 'quota' }] };
    const conditions = written(deployment(1, {}), [failing], failing, T0).status?.conditions;
    expect(conditions?.find((c) => c.type === 'ReplicaFailure')).toEqual({
      type: 'ReplicaFailure', status: 'True', lastUpdateTime: rfc3339(T0), lastTransitionTime: rfc3339(T0), reason: 'FailedCreate', message: 'quota',
    });
  });
});

describe('setCondition', () => {
  it('keeps a condition whose status and reason hold, message included, and moves a changed one last', () => {
    const status: DeploymentStatus & { conditions: DeploymentCondition[] } = { conditions: [progressing('NewReplicaSetAvailable', T0)] };
    setCondition(status, { ...progressing('NewReplicaSetAvailable', T0 + SECOND), message: 'other' });
    expect(status.conditions).toEqual([progressing('NewReplicaSetAvailable', T0)]);
    setCondition(status, newCondition('Available', 'True', 'MinimumReplicasAvailable', 'ok', T0));
    setCondition(status, progressing('ReplicaSetUpdated', T0 + SECOND));
    expect(status.conditions.map((c) => c.type)).toEqual(['Available', 'Progressing']);
    expect(status.conditions[1]!.lastTransitionTime).toBe(rfc3339(T0));
  });
});
