import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HOUR_MS, newDeployment, OLDER_MS, rs } from './fixtures.ts';
import { findActiveOrLatest, maxSurge, maxUnavailable, newReplicaSetReplicas, resolveFenceposts, scaledValue } from './replicas.ts';

describe('resolveFenceposts (upstream TestResolveFenceposts)', () => {
  it.each([
    ['0%', '0%', 0, 0, 1],
    ['39%', '39%', 10, 4, 3],
    [undefined, '39%', 10, 0, 3],
    ['39%', undefined, 10, 4, 0],
    [undefined, undefined, 10, 0, 1],
    ['25%', '25%', 3, 1, 0],
    ['25%', '25%', 10, 3, 2],
    [1, 0, 3, 1, 0],
  ] as const)('maxSurge %s, maxUnavailable %s of %i → %i, %i', (surge, unavailable, desired, wantSurge, wantUnavailable) => {
    expect(resolveFenceposts(surge, unavailable, desired)).toEqual({ surge: wantSurge, unavailable: wantUnavailable });
  });

  it('rounds surge up and unavailability down, and never resolves both to 0', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 1000 }), (s, u, desired) => {
      const { surge, unavailable } = resolveFenceposts(`${s}%`, `${u}%`, desired);
      expect(surge).toBe(Math.ceil((s * desired) / 100));
      expect(surge + unavailable).toBeGreaterThan(0);
      if (surge > 0) expect(unavailable).toBe(Math.floor((u * desired) / 100));
    }));
  });

  it('takes integers as they are', () => {
    expect(scaledValue(7, 3, true)).toBe(7);
    expect(scaledValue('100%', 3, false)).toBe(3);
  });
});

describe('maxSurge and maxUnavailable of a Deployment', () => {
  it('are 0 for Recreate', () => {
    const d = newDeployment(3, { type: 'Recreate' });
    expect([maxSurge(d), maxUnavailable(d)]).toEqual([0, 0]);
  });

  it('caps maxUnavailable at spec.replicas and makes it 0 without replicas', () => {
    expect(maxUnavailable(newDeployment(2, { maxSurge: 1, maxUnavailable: 5 }))).toBe(2);
    expect(maxUnavailable(newDeployment(0, { maxSurge: 1, maxUnavailable: 5 }))).toBe(0);
  });
});

describe('newReplicaSetReplicas (upstream TestNewRSNewReplicas)', () => {
  it('can not scale up past spec.replicas + maxSurge', () => {
    const d = newDeployment(1, { maxSurge: 1 });
    const newRS = rs('foo-v2', 5, OLDER_MS);
    expect(newReplicaSetReplicas(d, [newRS, rs('foo-v1', 5, OLDER_MS)], newRS)).toBe(5);
  });

  it('scales up to spec.replicas when the surge allows', () => {
    const d = newDeployment(6, { maxSurge: 10 });
    const newRS = rs('foo-v2', 2, OLDER_MS);
    expect(newReplicaSetReplicas(d, [newRS, rs('foo-v1', 5, OLDER_MS)], newRS)).toBe(6);
  });

  it('goes straight to spec.replicas under Recreate', () => {
    const d = newDeployment(3, { type: 'Recreate' });
    const newRS = rs('foo-v2', 1, OLDER_MS);
    expect(newReplicaSetReplicas(d, [newRS, rs('foo-v1', 1, OLDER_MS)], newRS)).toBe(3);
  });
});

describe('findActiveOrLatest', () => {
  it('returns the only active ReplicaSet, else the newest, and nothing when several are active', () => {
    const older = rs('foo-v1', 0, OLDER_MS);
    const old = rs('foo-v2', 0, OLDER_MS + HOUR_MS);
    expect(findActiveOrLatest(undefined, [older, old])?.metadata.name).toBe('foo-v2');
    expect(findActiveOrLatest(rs('foo-v3', 0, OLDER_MS + 2 * HOUR_MS), [older, rs('foo-v2', 2, OLDER_MS + HOUR_MS)])?.metadata.name).toBe('foo-v2');
    expect(findActiveOrLatest(rs('foo-v3', 1, OLDER_MS + 2 * HOUR_MS), [rs('foo-v1', 1, OLDER_MS)])).toBeUndefined();
    expect(findActiveOrLatest(undefined, [])).toBeUndefined();
  });
});
