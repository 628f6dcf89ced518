import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../api/types.ts';
import { stableStringify } from '../../base/json.ts';
import { podTemplateHash } from '../../base/names.ts';
import { rfc3339 } from '../../base/time.ts';
import { emptyProfile } from '../../profiles/empty/index.ts';
import { Cluster } from '../../sim/cluster.ts';

const TEMPLATE = { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'nginx', image: 'nginx:1.14.2' }] } };

function deployment(replicas: number, spec: Record<string, unknown> = {}): KubeObject {
  return {
    apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web', namespace: 'default' },
    spec: { replicas, selector: { matchLabels: { app: 'web' } }, template: TEMPLATE, ...spec },
  };
}

const client = (c: Cluster) => c.client();
const get = (c: Cluster): KubeObject => client(c).get('apps/deployments', 'default', 'web')!;
const replicaSets = (c: Cluster): KubeObject[] => client(c).list('apps/replicasets', 'default');
const sizes = (c: Cluster): Record<string, number> =>
  Object.fromEntries(replicaSets(c).map((rs) => [rs.metadata.name!, (rs.spec as { replicas: number }).replicas]));
const events = (c: Cluster): string[] => client(c).list('/events', 'default')
  .filter((e) => (e.involvedObject as { kind: string }).kind === 'Deployment')
  .sort((a, b) => String(a.firstTimestamp).localeCompare(String(b.firstTimestamp)))
  .map((e) => `${String(e.reason)} ${String(e.message)}`);
const conditions = (c: Cluster): string[] => ((get(c).status as { conditions?: { type: string; status: string; reason: string }[] }).conditions ?? [])
  .map((x) => `${x.type} ${x.status} ${x.reason}`);

/** The kubelet's part in an empty cluster: every pod not yet Ready is bound and becomes Ready. */
function readyAll(c: Cluster): void {
  for (const pod of client(c).list('/pods', 'default')) {
    if (pod.metadata.deletionTimestamp || (pod.status as { phase?: string } | undefined)?.phase === 'Running') continue;
    if (!(pod.spec as { nodeName?: string }).nodeName) client(c).bind('default', pod.metadata.name!, 'node-1');
    const fresh = client(c).get('/pods', 'default', pod.metadata.name!)!;
    client(c).updateStatus('/pods', { ...fresh, status: { phase: 'Running', conditions: [{ type: 'Ready', status: 'True', lastTransitionTime: rfc3339(c.nowMs) }] } });
  }
}

/** Lets the controllers and the stand-in kubelet run until the rollout settles. */
function settle(c: Cluster, rounds = 10): void {
  for (let i = 0; i < rounds; i++) {
    c.runUntilIdle(1000);
    readyAll(c);
  }
  c.runUntilIdle(1000);
}

function setup(d: KubeObject): Cluster {
  const c = new Cluster({ seed: 3, profile: emptyProfile });
  client(c).create('apps/deployments', d);
  c.runUntilIdle(1000);
  return c;
}

function setImage(c: Cluster, image: string): void {
  client(c).patch('apps/deployments', 'default', 'web', 'strategic', { spec: { template: { spec: { containers: [{ name: 'nginx', image }] } } } });
}

describe('Deployment controller: a new Deployment', () => {
  it('creates <name>-<pod-template-hash> with the hash in its labels and selector, sized, annotated and owned', () => {
    const c = setup(deployment(3));
    const d = get(c);
    const hash = podTemplateHash(stableStringify((d.spec as { template: unknown }).template));
    const [rs] = replicaSets(c);
    expect(rs!.metadata.name).toBe(`web-${hash}`);
    expect(rs!.metadata.labels).toEqual({ app: 'web', 'pod-template-hash': hash });
    expect(rs!.metadata.annotations).toEqual({
      'deployment.kubernetes.io/desired-replicas': '3', 'deployment.kubernetes.io/max-replicas': '4', 'deployment.kubernetes.io/revision': '1',
    });
    expect(rs!.metadata.ownerReferences).toEqual([{ apiVersion: 'apps/v1', kind: 'Deployment', name: 'web', uid: d.metadata.uid, controller: true, blockOwnerDeletion: true }]);
    expect(rs!.spec).toMatchObject({ replicas: 3, selector: { matchLabels: { app: 'web', 'pod-template-hash': hash } } });
    expect(d.metadata.annotations).toEqual({ 'deployment.kubernetes.io/revision': '1' });
    expect(events(c)).toEqual([`ScalingReplicaSet Scaled up replica set web-${hash} to 3`]);
    expect(conditions(c)).toEqual(['Available False MinimumReplicasUnavailable', 'Progressing True ReplicaSetUpdated']);
    expect(d.status).toMatchObject({ observedGeneration: 1, replicas: 3, updatedReplicas: 3, unavailableReplicas: 3 });
  });

  it('reports minimum availability and a finished rollout once the pods are ready, omitting zero counters', () => {
    const c = setup(deployment(2));
    settle(c);
    expect(conditions(c)).toEqual(['Available True MinimumReplicasAvailable', 'Progressing True NewReplicaSetAvailable']);
    const status = get(c).status as Record<string, unknown>;
    expect(status).toMatchObject({ observedGeneration: 1, replicas: 2, updatedReplicas: 2, readyReplicas: 2, availableReplicas: 2 });
    expect(status.unavailableReplicas).toBeUndefined();
    expect(status.collisionCount).toBeUndefined();
  });

  it('adopts a matching orphan ReplicaSet with its template instead of creating one', () => {
    const c = new Cluster({ seed: 3, profile: emptyProfile });
    const hash = 'abc';
    client(c).create('apps/replicasets', {
      apiVersion: 'apps/v1', kind: 'ReplicaSet', metadata: { name: 'orphan', namespace: 'default', labels: { app: 'web', 'pod-template-hash': hash } },
      spec: { replicas: 1, selector: { matchLabels: { app: 'web', 'pod-template-hash': hash } }, template: { ...TEMPLATE, metadata: { labels: { app: 'web', 'pod-template-hash': hash } } } },
    });
    client(c).create('apps/deployments', deployment(1));
    c.runUntilIdle(1000);
    expect(replicaSets(c).map((rs) => [rs.metadata.name, rs.metadata.ownerReferences?.[0]?.name])).toEqual([['orphan', 'web']]);
    expect(replicaSets(c)[0]!.metadata.annotations?.['deployment.kubernetes.io/revision']).toBe('1');
  });

  it('bumps collisionCount when its ReplicaSet name is taken by another template, then uses another name', () => {
    const c = new Cluster({ seed: 3, profile: emptyProfile });
    const stored = client(c).create('apps/deployments', { ...deployment(1), spec: { ...deployment(1).spec as object, paused: true } });
    const hash = podTemplateHash(stableStringify((stored.spec as { template: unknown }).template));
    client(c).create('apps/replicasets', {
      apiVersion: 'apps/v1', kind: 'ReplicaSet', metadata: { name: `web-${hash}`, namespace: 'default', labels: { app: 'other' } },
      spec: { replicas: 0, selector: { matchLabels: { app: 'other' } }, template: { metadata: { labels: { app: 'other' } }, spec: TEMPLATE.spec } },
    });
    client(c).patch('apps/deployments', 'default', 'web', 'merge', { spec: { paused: false } });
    c.runUntilIdle(1000);
    expect((get(c).status as { collisionCount?: number }).collisionCount).toBe(1);
    const next = podTemplateHash(stableStringify((stored.spec as { template: unknown }).template), 1);
    expect(Object.keys(sizes(c)).sort()).toEqual([`web-${hash}`, `web-${next}`].sort());
    expect(sizes(c)[`web-${next}`]).toBe(1);
  });
});

describe('Deployment controller: RollingUpdate', () => {
  it('rolls 3 replicas over one pod at a time, in the course\'s event order', () => {
    const c = setup(deployment(3));
    settle(c);
    const [first] = replicaSets(c).map((rs) => rs.metadata.name!);
    setImage(c, 'nginx:1.22.1');
    settle(c);
    const second = replicaSets(c).map((rs) => rs.metadata.name!).find((n) => n !== first)!;
    expect(events(c)).toEqual([
      `ScalingReplicaSet Scaled up replica set ${first} to 3`,
      `ScalingReplicaSet Scaled up replica set ${second} to 1`,
      `ScalingReplicaSet Scaled down replica set ${first} to 2 from 3`,
      `ScalingReplicaSet Scaled up replica set ${second} to 2 from 1`,
      `ScalingReplicaSet Scaled down replica set ${first} to 1 from 2`,
      `ScalingReplicaSet Scaled up replica set ${second} to 3 from 2`,
      `ScalingReplicaSet Scaled down replica set ${first} to 0 from 1`,
    ]);
    expect(get(c).metadata.annotations?.['deployment.kubernetes.io/revision']).toBe('2');
    expect(conditions(c)).toEqual(['Available True MinimumReplicasAvailable', 'Progressing True NewReplicaSetAvailable']);
  });

  it('copies change-cause to the new ReplicaSet and reuses an old ReplicaSet on rollback, with the next revision', () => {
    const c = setup(deployment(1));
    settle(c);
    const [original] = replicaSets(c).map((rs) => rs.metadata.name!);
    client(c).patch('apps/deployments', 'default', 'web', 'merge', { metadata: { annotations: { 'kubernetes.io/change-cause': 'v2' } } });
    setImage(c, 'nginx:1.22.1');
    settle(c);
    const updated = replicaSets(c).find((rs) => rs.metadata.name !== original)!;
    expect(updated.metadata.annotations).toMatchObject({ 'kubernetes.io/change-cause': 'v2', 'deployment.kubernetes.io/revision': '2' });
    setImage(c, 'nginx:1.14.2');
    settle(c);
    const reused = client(c).get('apps/replicasets', 'default', original!)!;
    expect(reused.metadata.annotations).toMatchObject({ 'deployment.kubernetes.io/revision': '3', 'deployment.kubernetes.io/revision-history': '1' });
    expect(get(c).metadata.annotations?.['deployment.kubernetes.io/revision']).toBe('3');
    expect(sizes(c)).toEqual({ [original!]: 1, [updated.metadata.name!]: 0 });
  });

  it('keeps revisionHistoryLimit old ReplicaSets, deleting the oldest', () => {
    const c = setup(deployment(1, { revisionHistoryLimit: 1 }));
    settle(c);
    for (const tag of ['1.20', '1.21', '1.22']) {
      setImage(c, `nginx:${tag}`);
      settle(c);
    }
    const revisions = replicaSets(c).map((rs) => rs.metadata.annotations?.['deployment.kubernetes.io/revision']).sort();
    expect(revisions).toEqual(['3', '4']);
  });

  it('scales proportionally when resized mid-rollout', () => {
    const c = setup(deployment(10, { strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: 3, maxUnavailable: 2 } } }));
    settle(c);
    setImage(c, 'nginx:broken');
    c.runUntilIdle(1000);
    expect(Object.values(sizes(c)).sort((a, b) => a - b)).toEqual([5, 8]);
    client(c).patch('apps/deployments', 'default', 'web', 'merge', { spec: { replicas: 15 } });
    c.runUntilIdle(1000);
    expect(Object.values(sizes(c)).sort((a, b) => a - b)).toEqual([7, 11]);
  });
});

describe('Deployment controller: Recreate', () => {
  it('scales the old ReplicaSet to 0 and creates the new one only once the old pods are gone', () => {
    const c = setup(deployment(2, { strategy: { type: 'Recreate' } }));
    settle(c);
    const [old] = replicaSets(c).map((rs) => rs.metadata.name!);
    setImage(c, 'nginx:1.22.1');
    c.runUntilIdle(1000);
    expect(sizes(c)).toEqual({ [old!]: 0 });
    const terminating = client(c).list('/pods', 'default');
    expect(terminating.every((p) => p.metadata.deletionTimestamp)).toBe(true);
    for (const p of terminating) client(c).delete('/pods', 'default', p.metadata.name!, { gracePeriodSeconds: 0 });
    c.runUntilIdle(1000);
    const created = Object.keys(sizes(c)).find((n) => n !== old)!;
    expect(sizes(c)[created]).toBe(2);
    expect(events(c).slice(1)).toEqual([
      `ScalingReplicaSet Scaled down replica set ${old!} to 0 from 2`,
      `ScalingReplicaSet Scaled up replica set ${created} to 2`,
    ]);
  });
});

describe('Deployment controller: progress and pausing', () => {
  it('reports ProgressDeadlineExceeded one second after the deadline, as a condition only', () => {
    const c = setup(deployment(1, { progressDeadlineSeconds: 30 }));
    c.advance(29_000);
    expect(conditions(c)).toContain('Progressing True ReplicaSetUpdated');
    c.advance(3_000);
    expect(conditions(c)).toContain('Progressing False ProgressDeadlineExceeded');
    expect(events(c).filter((e) => !e.startsWith('ScalingReplicaSet'))).toEqual([]);
  });

  it('does not roll out a paused Deployment, and records pausing and resuming', () => {
    const c = setup(deployment(1));
    settle(c);
    client(c).patch('apps/deployments', 'default', 'web', 'merge', { spec: { paused: true } });
    setImage(c, 'nginx:1.22.1');
    settle(c);
    expect(replicaSets(c)).toHaveLength(1);
    expect(conditions(c)).toContain('Progressing Unknown DeploymentPaused');
    client(c).patch('apps/deployments', 'default', 'web', 'merge', { spec: { paused: false } });
    c.runUntilIdle(1000);
    expect(replicaSets(c)).toHaveLength(2);
    expect(conditions(c).find((x) => x.startsWith('Progressing'))).toBe('Progressing True ReplicaSetUpdated');
  });

  it('still scales a paused Deployment', () => {
    const c = setup(deployment(1, { paused: true }));
    client(c).patch('apps/deployments', 'default', 'web', 'merge', { spec: { replicas: 3 } });
    c.runUntilIdle(1000);
    expect(replicaSets(c)).toHaveLength(0);
    client(c).patch('apps/deployments', 'default', 'web', 'merge', { spec: { paused: false } });
    c.runUntilIdle(1000);
    client(c).patch('apps/deployments', 'default', 'web', 'merge', { spec: { paused: true, replicas: 2 } });
    c.runUntilIdle(1000);
    expect(Object.values(sizes(c))).toEqual([2]);
  });
});
