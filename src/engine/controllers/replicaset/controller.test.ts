import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../api/types.ts';
import { rfc3339 } from '../../base/time.ts';
import { emptyProfile } from '../../profiles/empty/index.ts';
import { Cluster } from '../../sim/cluster.ts';

function replicaSet(replicas: number, extra: Record<string, unknown> = {}): KubeObject {
  return {
    apiVersion: 'apps/v1', kind: 'ReplicaSet', metadata: { name: 'frontend', namespace: 'default' },
    spec: {
      replicas, selector: { matchLabels: { tier: 'frontend' } }, ...extra,
      template: { metadata: { labels: { tier: 'frontend' } }, spec: { containers: [{ name: 'nginx', image: 'nginx:1.14.2' }] } },
    },
  };
}

function setup(replicas: number, extra: Record<string, unknown> = {}): Cluster {
  const cluster = new Cluster({ seed: 7, profile: emptyProfile });
  cluster.client().create('apps/replicasets', replicaSet(replicas, extra));
  cluster.runUntilIdle(1000);
  return cluster;
}

const pods = (c: Cluster): KubeObject[] => c.client().list('/pods', 'default');
const rsStatus = (c: Cluster): Record<string, unknown> => c.client().get('apps/replicasets', 'default', 'frontend')!.status as Record<string, unknown>;
const events = (c: Cluster): string[] => c.client().list('/events', 'default')
  .filter((e) => (e.involvedObject as { kind: string }).kind === 'ReplicaSet')
  .map((e) => `${String(e.reason)} ${String(e.message)}`);

function markReady(c: Cluster, pod: KubeObject, node: string, sinceMs: number): void {
  const client = c.client();
  client.bind('default', pod.metadata.name!, node);
  const fresh = client.get('/pods', 'default', pod.metadata.name!)!;
  client.updateStatus('/pods', {
    ...fresh,
    status: { phase: 'Running', conditions: [{ type: 'Ready', status: 'True', lastTransitionTime: rfc3339(sinceMs) }] },
  });
}

describe('ReplicaSet controller', () => {
  it('creates the missing pods from the template, controlled by the ReplicaSet', () => {
    const c = setup(3);
    const created = pods(c);
    expect(created).toHaveLength(3);
    const rs = c.client().get('apps/replicasets', 'default', 'frontend')!;
    for (const p of created) {
      expect(p.metadata.name).toMatch(/^frontend-[bcdfghjklmnpqrstvwxz2456789]{5}$/);
      expect(p.metadata.labels).toEqual({ tier: 'frontend' });
      expect(p.metadata.ownerReferences).toEqual([{ apiVersion: 'apps/v1', kind: 'ReplicaSet', name: 'frontend', uid: rs.metadata.uid, controller: true, blockOwnerDeletion: true }]);
    }
    expect(events(c).sort()).toEqual(created.map((p) => `SuccessfulCreate Created pod: ${p.metadata.name}`).sort());
    expect(rsStatus(c)).toEqual({ replicas: 3, fullyLabeledReplicas: 3, observedGeneration: 1 });
  });

  it('replaces a deleted pod with a new name', () => {
    const c = setup(2);
    const [victim] = pods(c);
    c.client().delete('/pods', 'default', victim!.metadata.name!, { gracePeriodSeconds: 0 });
    c.runUntilIdle(1000);
    const names = pods(c).map((p) => p.metadata.name);
    expect(names).toHaveLength(2);
    expect(names).not.toContain(victim!.metadata.name);
  });

  it('deletes unscheduled pods before running ones, then not-ready before ready', () => {
    const c = setup(4);
    const [a, b, d] = pods(c);
    markReady(c, a!, 'node-1', c.nowMs);
    markReady(c, b!, 'node-2', c.nowMs);
    c.client().bind('default', d!.metadata.name!, 'node-3');
    c.client().patch('apps/replicasets', 'default', 'frontend', 'merge', { spec: { replicas: 2 } });
    c.runUntilIdle(1000);
    expect(pods(c).filter((p) => !p.metadata.deletionTimestamp).map((p) => p.metadata.name).sort()).toEqual([a!.metadata.name, b!.metadata.name].sort());
  });

  it('counts available replicas only after minReadySeconds', () => {
    const c = setup(1, { minReadySeconds: 10 });
    markReady(c, pods(c)[0]!, 'node-1', c.nowMs);
    c.runUntilIdle(1000);
    expect(rsStatus(c)).toMatchObject({ readyReplicas: 1 });
    expect(rsStatus(c).availableReplicas).toBeUndefined();
    c.runUntilIdle(11_000);
    expect(rsStatus(c)).toMatchObject({ readyReplicas: 1, availableReplicas: 1 });
  });

  it('adopts a matching orphan instead of creating a pod, and releases a pod whose labels stop matching', () => {
    const cluster = new Cluster({ seed: 7, profile: emptyProfile });
    const client = cluster.client();
    client.create('/pods', { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'stray', namespace: 'default', labels: { tier: 'frontend' } }, spec: { containers: [{ name: 'c', image: 'nginx' }] } });
    client.create('apps/replicasets', replicaSet(1));
    cluster.runUntilIdle(1000);
    expect(pods(cluster).map((p) => p.metadata.name)).toEqual(['stray']);
    expect(pods(cluster)[0]!.metadata.ownerReferences?.[0]?.name).toBe('frontend');
    client.patch('/pods', 'default', 'stray', 'merge', { metadata: { labels: { tier: 'debug' } } });
    cluster.runUntilIdle(1000);
    expect(client.get('/pods', 'default', 'stray')!.metadata.ownerReferences).toBeUndefined();
    expect(pods(cluster)).toHaveLength(2);
  });
});

describe('ReplicationController manager', () => {
  it('keeps the replicas of a ReplicationController, its selector a label map', () => {
    const c = new Cluster({ seed: 8, profile: emptyProfile });
    c.client().create('/replicationcontrollers', {
      apiVersion: 'v1', kind: 'ReplicationController', metadata: { name: 'legacy', namespace: 'default' },
      spec: { replicas: 2, selector: { app: 'legacy' }, template: { metadata: { labels: { app: 'legacy' } }, spec: { containers: [{ name: 'c', image: 'nginx' }] } } },
    });
    c.runUntilIdle(1000);
    const created = pods(c);
    expect(created.map((p) => p.metadata.ownerReferences?.[0]?.kind)).toEqual(['ReplicationController', 'ReplicationController']);
    expect(c.client().list('/events', 'default').filter((e) => (e.involvedObject as { kind: string }).kind !== 'Pod').map((e) => (e.source as { component: string }).component)).toEqual(['replication-controller', 'replication-controller']);
    expect(c.client().get('/replicationcontrollers', 'default', 'legacy')!.status).toEqual({ replicas: 2, fullyLabeledReplicas: 2, observedGeneration: 1 });
  });
});
