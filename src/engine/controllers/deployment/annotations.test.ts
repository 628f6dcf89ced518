import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../api/types.ts';
import {
  byRevision, maxRevision, REVISION_ANNOTATION, REVISION_HISTORY_ANNOTATION, revisionOf, setDeploymentRevision, setNewReplicaSetAnnotations,
} from './annotations.ts';
import { newDeployment, OLDER_MS, rs } from './fixtures.ts';

const withAnnotations = (o: KubeObject, annotations: Record<string, string>): KubeObject => ({ ...o, metadata: { ...o.metadata, annotations } });

describe('revisions', () => {
  it('reads a missing revision as 0 and skips an unparsable one', () => {
    const a = withAnnotations(rs('a', 0, OLDER_MS), { [REVISION_ANNOTATION]: '3' });
    const b = withAnnotations(rs('b', 0, OLDER_MS), { [REVISION_ANNOTATION]: 'x' });
    expect([revisionOf(a), revisionOf(b), revisionOf(rs('c', 0, OLDER_MS))]).toEqual([3, undefined, 0]);
    expect(maxRevision([a, b, rs('c', 0, OLDER_MS)])).toBe(3);
  });

  it('orders by revision, then by age', () => {
    const r = (name: string, rev: string, ms: number): KubeObject => withAnnotations(rs(name, 0, ms), { [REVISION_ANNOTATION]: rev });
    const sorted = [r('c', '2', OLDER_MS), r('b', '1', OLDER_MS + 1000), r('a', '1', OLDER_MS + 2000)].sort(byRevision);
    expect(sorted.map((x) => x.metadata.name)).toEqual(['b', 'a', 'c']);
  });
});

describe('setNewReplicaSetAnnotations', () => {
  it('gives a ReplicaSet about to be created its revision, sizes and the Deployment\'s own annotations', () => {
    const d = withAnnotations(newDeployment(3, { maxSurge: '25%', maxUnavailable: '25%' }), {
      'kubernetes.io/change-cause': 'kubectl set image', [REVISION_ANNOTATION]: '4',
      'kubectl.kubernetes.io/last-applied-configuration': '{}',
    });
    const newRS = rs('foo-new', 0, OLDER_MS);
    expect(setNewReplicaSetAnnotations(d, newRS, 5, false)).toBe(true);
    expect(newRS.metadata.annotations).toEqual({
      'deployment.kubernetes.io/desired-replicas': '3',
      'deployment.kubernetes.io/max-replicas': '4',
      'deployment.kubernetes.io/revision': '5',
      'kubernetes.io/change-cause': 'kubectl set image',
    });
  });

  it('records the revisions a reused ReplicaSet had before', () => {
    const d = newDeployment(1);
    const reused = withAnnotations(rs('foo', 1, OLDER_MS), { [REVISION_ANNOTATION]: '1' });
    setNewReplicaSetAnnotations(d, reused, 3, true);
    expect(reused.metadata.annotations).toEqual({ [REVISION_ANNOTATION]: '3', [REVISION_HISTORY_ANNOTATION]: '1' });
    setNewReplicaSetAnnotations(d, reused, 5, true);
    expect(reused.metadata.annotations).toEqual({ [REVISION_ANNOTATION]: '5', [REVISION_HISTORY_ANNOTATION]: '1,3' });
  });

  it('never lowers a revision and reports no change when nothing changed', () => {
    const current = withAnnotations(rs('foo', 1, OLDER_MS), { [REVISION_ANNOTATION]: '7' });
    expect(setNewReplicaSetAnnotations(newDeployment(1), current, 3, true)).toBe(false);
    expect(current.metadata.annotations).toEqual({ [REVISION_ANNOTATION]: '7' });
  });

  it('drops the oldest entries of a revision-history past 2000 characters', () => {
    const history = Array.from({ length: 400 }, (_, i) => String(1000 + i)).join(',');
    const reused = withAnnotations(rs('foo', 1, OLDER_MS), { [REVISION_ANNOTATION]: '9999', [REVISION_HISTORY_ANNOTATION]: history });
    setNewReplicaSetAnnotations(newDeployment(1), reused, 10000, true);
    const entries = reused.metadata.annotations![REVISION_HISTORY_ANNOTATION]!.split(',');
    expect(entries.at(-1)).toBe('9999');
    expect(entries.join(',').length).toBeLessThanOrEqual(2000);
    expect(entries[0]).toBe('1001');
  });
});

describe('setDeploymentRevision', () => {
  it('changes the annotation only when it differs', () => {
    const d = newDeployment(1);
    expect(setDeploymentRevision(d, '1')).toBe(true);
    expect(setDeploymentRevision(d, '1')).toBe(false);
    expect(d.metadata.annotations).toEqual({ [REVISION_ANNOTATION]: '1' });
  });
});
