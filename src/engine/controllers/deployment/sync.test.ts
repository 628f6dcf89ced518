import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../api/types.ts';
import { REVISION_ANNOTATION } from './annotations.ts';
import { fakeSync, HOUR_MS, newDeployment, OLDER_MS, rs, scaledTo, sizedFor, type DeploymentOptions } from './fixtures.ts';
import { maxSurge } from './replicas.ts';
import { cleanupDeployment, isScalingEvent, scale } from './sync.ts';

const OLD_MS = OLDER_MS + HOUR_MS;
const NEW_MS = OLDER_MS + 2 * HOUR_MS;

interface ScaleCase {
  readonly name: string;
  readonly replicas: number;
  readonly previous: number;
  readonly opts?: DeploymentOptions;
  readonly previousOpts?: DeploymentOptions;
  /** [name, spec.replicas] of the new ReplicaSet, then of the old ones (newest first). */
  readonly newRS?: readonly [string, number];
  readonly oldRSs: readonly (readonly [string, number])[];
  readonly expected: Record<string, number>;
}

const CASES: readonly ScaleCase[] = [
  { name: 'normal scaling event: 10 -> 12', replicas: 12, previous: 10, newRS: ['foo-v1', 10], oldRSs: [], expected: { 'foo-v1': 12 } },
  { name: 'normal scaling event: 10 -> 5', replicas: 5, previous: 10, newRS: ['foo-v1', 10], oldRSs: [], expected: { 'foo-v1': 5 } },
  { name: 'proportional scaling: 5 -> 10', replicas: 10, previous: 5, newRS: ['foo-v2', 2], oldRSs: [['foo-v1', 3]], expected: { 'foo-v2': 4, 'foo-v1': 6 } },
  { name: 'proportional scaling: 5 -> 3', replicas: 3, previous: 5, newRS: ['foo-v2', 2], oldRSs: [['foo-v1', 3]], expected: { 'foo-v2': 1, 'foo-v1': 2 } },
  { name: 'proportional scaling: 9 -> 4', replicas: 4, previous: 9, newRS: ['foo-v2', 8], oldRSs: [['foo-v1', 1]], expected: { 'foo-v2': 4, 'foo-v1': 0 } },
  {
    name: 'proportional scaling: 7 -> 10', replicas: 10, previous: 7, newRS: ['foo-v3', 2], oldRSs: [['foo-v2', 3], ['foo-v1', 2]],
    expected: { 'foo-v3': 3, 'foo-v2': 4, 'foo-v1': 3 },
  },
  {
    name: 'proportional scaling: 13 -> 8', replicas: 8, previous: 13, newRS: ['foo-v3', 2], oldRSs: [['foo-v2', 8], ['foo-v1', 3]],
    expected: { 'foo-v3': 1, 'foo-v2': 5, 'foo-v1': 2 },
  },
  {
    name: 'leftover distribution: 3 -> 4 scales up the new replica set', replicas: 4, previous: 3, newRS: ['foo-v3', 1],
    oldRSs: [['foo-v2', 1], ['foo-v1', 1]], expected: { 'foo-v3': 2 },
  },
  {
    name: 'leftover distribution: 3 -> 2 scales down the older replica set', replicas: 2, previous: 3, newRS: ['foo-v3', 1],
    oldRSs: [['foo-v2', 1], ['foo-v1', 1]], expected: { 'foo-v1': 0 },
  },
  { name: 'no new replica set: 4 -> 5 scales up the latest first', replicas: 5, previous: 4, oldRSs: [['foo-v2', 2], ['foo-v1', 2]], expected: { 'foo-v2': 3 } },
  {
    name: 'proportional scaling: 6 -> 0', replicas: 0, previous: 6, newRS: ['foo-v3', 3], oldRSs: [['foo-v2', 2], ['foo-v1', 1]],
    expected: { 'foo-v3': 0, 'foo-v2': 0, 'foo-v1': 0 },
  },
  { name: 'proportional scaling: 0 -> 6', replicas: 6, previous: 6, newRS: ['foo-v3', 0], oldRSs: [['foo-v2', 0], ['foo-v1', 0]], expected: { 'foo-v3': 6 } },
  {
    name: 'deployment with surge pods', replicas: 20, previous: 10, opts: { maxSurge: 2 }, previousOpts: { maxSurge: 2 },
    newRS: ['foo-v2', 6], oldRSs: [['foo-v1', 6]], expected: { 'foo-v2': 11, 'foo-v1': 11 },
  },
  {
    name: 'change both surge and size', replicas: 50, previous: 10, opts: { maxSurge: 6 }, previousOpts: { maxSurge: 3 },
    newRS: ['foo-v2', 5], oldRSs: [['foo-v1', 8]], expected: { 'foo-v2': 22, 'foo-v1': 34 },
  },
];

function setupScale(c: ScaleCase): { d: KubeObject; newRS: KubeObject | undefined; oldRSs: KubeObject[] } {
  const before = newDeployment(c.previous, c.previousOpts);
  const sized = (name: string, replicas: number, createdMs: number): KubeObject => sizedFor(rs(name, replicas, createdMs), c.previous, maxSurge(before));
  const times = [OLD_MS, OLDER_MS];
  return {
    d: newDeployment(c.replicas, c.opts),
    newRS: c.newRS ? sized(c.newRS[0], c.newRS[1], NEW_MS) : undefined,
    oldRSs: c.oldRSs.map(([name, replicas], i) => sized(name, replicas, times[i]!)),
  };
}

describe('scale (upstream TestScale)', () => {
  it.each(CASES)('$name', (c) => {
    const { d, newRS, oldRSs } = setupScale(c);
    const sync = fakeSync();
    scale(sync.ctx, d, newRS, oldRSs);
    const sizes = scaledTo(sync.actions);
    for (const [name, replicas] of Object.entries(c.expected)) expect(sizes[name], name).toBe(replicas);
    const unchanged = [newRS, ...oldRSs].filter((r) => r && !(r.metadata.name! in c.expected));
    for (const r of unchanged) expect(sizes[r!.metadata.name!] ?? (r!.spec as { replicas: number }).replicas).toBe((r!.spec as { replicas: number }).replicas);
  });

  it('reports each resize as a ScalingReplicaSet event with the size it came from', () => {
    const { d, newRS, oldRSs } = setupScale(CASES[2]!);
    const sync = fakeSync();
    scale(sync.ctx, d, newRS, oldRSs);
    expect(sync.events).toEqual([
      'Normal ScalingReplicaSet Scaled up replica set foo-v1 to 6 from 3',
      'Normal ScalingReplicaSet Scaled up replica set foo-v2 to 4 from 2',
    ]);
  });

  it('scales the old replica sets to 0 once the new one is saturated', () => {
    const d = newDeployment(3, { maxSurge: 1 });
    const newRS = sizedFor(rs('foo-v2', 3, NEW_MS, { available: 3 }), 3, 1);
    const sync = fakeSync();
    scale(sync.ctx, d, newRS, [sizedFor(rs('foo-v1', 1, OLD_MS), 3, 1)]);
    expect(scaledTo(sync.actions)).toEqual({ 'foo-v1': 0 });
  });

  it('leaves a saturated but broken new replica set and the old pods alone', () => {
    const d = newDeployment(2, { maxSurge: 1, maxUnavailable: 1 });
    const newRS = sizedFor(rs('foo-v2', 2, NEW_MS), 2, 1);
    const sync = fakeSync();
    scale(sync.ctx, d, newRS, [sizedFor(rs('foo-v1', 1, OLD_MS), 2, 1)]);
    expect(sync.actions).toEqual([]);
  });
});

describe('isScalingEvent', () => {
  it('is true when an active replica set was sized for another spec.replicas', () => {
    const sync = fakeSync();
    expect(isScalingEvent(sync.ctx, newDeployment(5), [sizedFor(rs('foo-v1', 3, OLD_MS), 3)])).toBe(true);
    expect(isScalingEvent(sync.ctx, newDeployment(3), [sizedFor(rs('foo-v1', 3, OLD_MS), 3)])).toBe(false);
    expect(isScalingEvent(sync.ctx, newDeployment(5), [sizedFor(rs('foo-v1', 0, OLD_MS), 3)])).toBe(false);
  });
});

describe('cleanupDeployment (upstream TestDeploymentController_cleanupDeployment)', () => {
  const revision = (r: KubeObject, n: number): KubeObject => ({ ...r, metadata: { ...r.metadata, annotations: { [REVISION_ANNOTATION]: String(n) } } });
  const deleted = (limit: number, oldRSs: KubeObject[]): string[] => {
    const sync = fakeSync();
    cleanupDeployment(sync.ctx, oldRSs, newDeployment(1, { revisionHistoryLimit: limit }));
    return sync.actions.filter((a) => a.verb === 'delete').map((a) => a.object.metadata.name!);
  };

  it('deletes the lowest revisions beyond the limit', () => {
    const olds = [revision(rs('foo-3', 0, OLDER_MS + 3), 3), revision(rs('foo-1', 0, OLDER_MS + 1), 1), revision(rs('foo-2', 0, OLDER_MS + 2), 2)];
    expect(deleted(1, olds)).toEqual(['foo-1', 'foo-2']);
    expect(deleted(3, olds)).toEqual([]);
    expect(deleted(0, olds)).toEqual(['foo-1', 'foo-2', 'foo-3']);
  });

  it('keeps replica sets that still have or want pods, or have an unobserved spec', () => {
    const wantsPods = revision(rs('foo-1', 1, OLDER_MS), 1);
    const hasPods = revision(rs('foo-2', 0, OLDER_MS, { statusReplicas: 1 }), 2);
    const unobserved = revision({ ...rs('foo-3', 0, OLDER_MS), metadata: { ...rs('foo-3', 0, OLDER_MS).metadata, generation: 2 } }, 3);
    expect(deleted(0, [wantsPods, hasPods, unobserved])).toEqual([]);
  });
});
