import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../api/types.ts';
import { createCluster, courseProfile, emptyProfile, type Cluster, type ClusterSnapshot } from '../index.ts';
import type { Profile } from '../profiles/profile.ts';

/** A cluster with its scheduler (`cluster.scheduler`). */
function start(profile: Profile): Cluster {
  return createCluster({ seed: 7, profile });
}

/** A fresh cluster and scheduler restored from a snapshot that went through JSON, as across processes. */
function restored(profile: Profile, snap: ClusterSnapshot): Cluster {
  const cluster = start(profile);
  cluster.restore(JSON.parse(JSON.stringify(snap)) as ClusterSnapshot);
  return cluster;
}

function pod(name: string, spec: Record<string, unknown> = {}): KubeObject {
  return { apiVersion: 'v1', kind: 'Pod', metadata: { name, namespace: 'default' }, spec: { containers: [{ name: 'c', image: 'nginx' }], ...spec } };
}

/** What the scheduler decided, as the API shows it, plus its pending clock events. */
function observed(cluster: Cluster): unknown {
  const client = cluster.client();
  return {
    nowMs: cluster.nowMs,
    pods: client.list('/pods', 'default').map((p) => ({
      name: p.metadata.name, node: (p.spec as { nodeName?: string }).nodeName, status: p.status, rv: p.metadata.resourceVersion,
    })),
    events: client.list('/events', 'default').map((e) => [e.metadata.name, e.reason, e.message, e.count, e.firstTimestamp, e.lastTimestamp]),
    queue: cluster.clock.snapshot().events.filter((e) => e.target.startsWith('kube-scheduler')),
  };
}

describe('scheduler across snapshot and restore', () => {
  it('continues a back-off sequence exactly as the uninterrupted cluster does', () => {
    const cluster = start(emptyProfile);
    cluster.client().create('/pods', pod('waiting', { tolerations: [{ key: 'node.kubernetes.io/not-ready', operator: 'Exists' }] }));
    cluster.advance(5_500);
    const snap = cluster.snapshot();
    const copy = restored(emptyProfile, snap);
    for (const c of [cluster, copy]) {
      c.advance(14_000);
      c.client().create('/nodes', { apiVersion: 'v1', kind: 'Node', metadata: { name: 'late' }, status: { allocatable: { cpu: '1', memory: '1Gi', pods: '10' } } });
      c.advance(30_000);
    }
    expect(observed(copy)).toEqual(observed(cluster));
    const events = cluster.client().list('/events', 'default').filter((e) => (e.source as { component: string }).component === 'default-scheduler');
    expect(events.map((e) => [e.reason, e.message])).toEqual([
      ['FailedScheduling', 'no nodes available to schedule pods'],
      ['Scheduled', 'Successfully assigned default/waiting to late'],
    ]);
  });

  it('keeps the order and placements of pods waiting in activeQ and in back-off', () => {
    const cluster = start(courseProfile);
    const client = cluster.client();
    client.create('/pods', pod('big', { containers: [{ name: 'c', image: 'nginx', resources: { requests: { cpu: '1900m' } } }] }));
    cluster.advance(50);
    const controllers = client.list('/pods', 'kube-system').find((p) => p.metadata.name!.startsWith('calico-kube-controllers'))!;
    client.delete('/pods', 'kube-system', controllers.metadata.name!, { gracePeriodSeconds: 0 });
    for (let i = 0; i < 6; i++) client.create('/pods', pod(`web-${i}`));
    cluster.advance(7);
    const snap = cluster.snapshot();
    const queued = snap.clock.events.filter((e) => e.target === 'kube-scheduler/queue').map((e) => e.key[0]);
    expect(queued).toContain('a');
    expect(queued).toContain('b');
    const copy = restored(courseProfile, snap);
    for (const c of [cluster, copy]) c.advance(20_000);
    expect(observed(copy)).toEqual(observed(cluster));
    expect(client.list('/pods', 'default').every((p) => p.metadata.name === 'big' || (p.spec as { nodeName?: string }).nodeName)).toBe(true);
  });
});
