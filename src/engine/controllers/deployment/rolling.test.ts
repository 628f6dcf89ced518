import { describe, expect, it } from 'vitest';
import { fakeSync, HOUR_MS, newDeployment, OLDER_MS, rs, scaledTo } from './fixtures.ts';
import { cleanupUnhealthyReplicas, reconcileNewReplicaSet, reconcileOldReplicaSets, scaleDownOldReplicaSetsForRollingUpdate } from './rolling.ts';

describe('reconcileNewReplicaSet (upstream TestDeploymentController_reconcileNewReplicaSet)', () => {
  it.each([
    ['does not scale up when the old replica set is fully saturated', 10, 0, 10, 0, undefined],
    ['scales up by maxSurge when the old replica set is fully saturated', 10, 2, 10, 0, 2],
    ['scales up according to maxSurge', 10, 2, 5, 0, 7],
    ['does not scale when maxSurge is used up', 10, 2, 10, 2, undefined],
    ['scales down to spec.replicas when above it', 10, 2, 2, 11, 10],
  ] as const)('%s', (_name, replicas, surge, oldReplicas, newReplicas, expected) => {
    const newRS = rs('foo-v2', newReplicas, OLDER_MS + HOUR_MS);
    const sync = fakeSync();
    const scaled = reconcileNewReplicaSet(sync.ctx, [newRS, rs('foo-v1', oldReplicas, OLDER_MS)], newRS, newDeployment(replicas, { maxSurge: surge, maxUnavailable: 0 }));
    expect(scaled).toBe(expected !== undefined);
    expect(scaledTo(sync.actions)).toEqual(expected === undefined ? {} : { 'foo-v2': expected });
  });
});

describe('reconcileOldReplicaSets (upstream TestDeploymentController_reconcileOldReplicaSets)', () => {
  it.each([
    [10, 0, 10, 0, 10, 0, 9],
    [10, 2, 10, 0, 10, 0, 8],
    [10, 2, 10, 0, 8, 0, 8],
    [10, 2, 10, 0, 9, 0, 8],
    [10, 2, 8, 2, 8, 0, undefined],
  ] as const)('%i replicas, maxUnavailable %i, old %i, new %i, available old %i new %i → old %s', (replicas, unavailable, oldReplicas, newReplicas, oldReady, newReady, expected) => {
    const newRS = rs('foo-new', newReplicas, OLDER_MS + HOUR_MS, { available: newReady });
    const oldRS = rs('foo-old', oldReplicas, OLDER_MS, { available: oldReady });
    const sync = fakeSync();
    const d = newDeployment(replicas, { maxSurge: 0, maxUnavailable: unavailable });
    expect(reconcileOldReplicaSets(sync.ctx, [oldRS, newRS], [oldRS], newRS, d)).toBe(expected !== undefined);
    if (expected !== undefined) expect(scaledTo(sync.actions)).toEqual({ 'foo-old': expected });
  });
});

describe('cleanupUnhealthyReplicas (upstream TestDeploymentController_cleanupUnhealthyReplicas)', () => {
  it.each([
    [10, 8, 1, 1],
    [10, 8, 3, 2],
    [10, 8, 0, 0],
    [10, 10, 3, 0],
  ] as const)('old %i with %i available, at most %i → %i', (oldReplicas, ready, maxCleanup, expected) => {
    const sync = fakeSync();
    const d = newDeployment(10, { maxSurge: 2, maxUnavailable: 2 });
    expect(cleanupUnhealthyReplicas(sync.ctx, [rs('foo-v2', oldReplicas, OLDER_MS, { available: ready })], d, maxCleanup)).toBe(expected);
  });
});

describe('scaleDownOldReplicaSetsForRollingUpdate (upstream TestDeploymentController_scaleDownOldReplicaSetsForRollingUpdate)', () => {
  it.each([
    [10, 0, 10, 10, 9],
    [10, 2, 10, 10, 8],
    [10, 2, 8, 10, undefined],
    [10, 2, 10, 0, undefined],
    [10, 2, 1, 10, undefined],
  ] as const)('%i replicas, maxUnavailable %i, %i available of old %i → %s', (replicas, unavailable, ready, oldReplicas, expected) => {
    const oldRS = rs('foo-v2', oldReplicas, OLDER_MS, { available: ready });
    const sync = fakeSync();
    const d = newDeployment(replicas, { maxSurge: 0, maxUnavailable: unavailable });
    const scaled = scaleDownOldReplicaSetsForRollingUpdate(sync.ctx, [oldRS], [oldRS], d);
    expect(scaled > 0).toBe(expected !== undefined);
    expect(scaledTo(sync.actions)).toEqual(expected === undefined ? {} : { 'foo-v2': expected });
  });

  it('scales the oldest replica set down first', () => {
    const older = rs('foo-v1', 2, OLDER_MS, { available: 2 });
    const old = rs('foo-v2', 2, OLDER_MS + HOUR_MS, { available: 2 });
    const sync = fakeSync();
    scaleDownOldReplicaSetsForRollingUpdate(sync.ctx, [old, older], [old, older], newDeployment(3, { maxSurge: 1, maxUnavailable: 0 }));
    expect(sync.events).toEqual(['Normal ScalingReplicaSet Scaled down replica set foo-v1 to 1 from 2']);
  });
});
