import { describe, expect, it } from 'vitest';
import { Cluster } from '../../sim/cluster.ts';
import { emptyProfile } from '../../profiles/empty/index.ts';
import type { KubeObject } from '../../api/types.ts';

function setup(): { cluster: Cluster; owner: KubeObject } {
  const cluster = new Cluster({ seed: 1, profile: emptyProfile });
  const client = cluster.client();
  const owner = client.create('/configmaps', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'owner', namespace: 'default' } });
  for (const name of ['child-a', 'child-b']) {
    client.create('/configmaps', {
      apiVersion: 'v1', kind: 'ConfigMap',
      metadata: {
        name, namespace: 'default',
        ownerReferences: [{ apiVersion: 'v1', kind: 'ConfigMap', name: 'owner', uid: owner.metadata.uid!, blockOwnerDeletion: true }],
      },
    });
  }
  cluster.runUntilIdle();
  return { cluster, owner };
}

const names = (cluster: Cluster): string[] =>
  cluster.client().list('/configmaps', 'default').map((c) => c.metadata.name!).filter((n) => n !== 'kube-root-ca.crt');

describe('garbage collector', () => {
  it('deletes dependents after their owner is deleted in the background', () => {
    const { cluster } = setup();
    cluster.client().delete('/configmaps', 'default', 'owner', { propagationPolicy: 'Background' });
    expect(names(cluster)).toEqual(['child-a', 'child-b']);
    cluster.runUntilIdle();
    expect(names(cluster)).toEqual([]);
  });

  it('keeps a foreground-deleted owner until its dependents are gone', () => {
    const { cluster } = setup();
    cluster.client().delete('/configmaps', 'default', 'owner', { propagationPolicy: 'Foreground' });
    const pending = cluster.client().get('/configmaps', 'default', 'owner');
    expect(pending?.metadata.finalizers).toEqual(['foregroundDeletion']);
    expect(pending?.metadata.deletionTimestamp).toBeDefined();
    cluster.runUntilIdle();
    expect(names(cluster)).toEqual([]);
  });

  it('orphans dependents with propagationPolicy=Orphan', () => {
    const { cluster } = setup();
    cluster.client().delete('/configmaps', 'default', 'owner', { propagationPolicy: 'Orphan' });
    cluster.runUntilIdle();
    expect(names(cluster)).toEqual(['child-a', 'child-b']);
    for (const cm of cluster.client().list('/configmaps', 'default')) expect(cm.metadata.ownerReferences).toBeUndefined();
  });
});
