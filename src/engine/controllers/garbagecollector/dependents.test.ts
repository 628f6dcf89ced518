import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../api/types.ts';
import { VirtualClock } from '../../base/clock.ts';
import { emptyProfile } from '../../profiles/empty/index.ts';
import { Cluster } from '../../sim/cluster.ts';
import { DependentsIndex } from './dependents.ts';

const ref = (owner: KubeObject): NonNullable<KubeObject['metadata']['ownerReferences']>[number] =>
  ({ apiVersion: 'v1', kind: 'ConfigMap', name: owner.metadata.name!, uid: owner.metadata.uid! });

function setup(): { cluster: Cluster; owner: KubeObject; index: DependentsIndex; clock: VirtualClock } {
  const cluster = new Cluster({ seed: 1, profile: emptyProfile });
  const client = cluster.client();
  const owner = client.create('/configmaps', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'owner', namespace: 'default' } });
  const clock = new VirtualClock(0);
  return { cluster, owner, clock, index: new DependentsIndex(client, clock, () => undefined) };
}

const described = (index: DependentsIndex, uid: string): string[] => index.dependentsOf(uid).map((d) => `${d.resource} ${d.object.metadata.name}`);

describe('the garbage collector graph', () => {
  it('gives an owner dependents by resource in discovery order, then in list order, as a scan of every list would', () => {
    const { cluster, owner, index } = setup();
    const client = cluster.client();
    for (const name of ['b', 'a']) client.create('/secrets', { apiVersion: 'v1', kind: 'Secret', metadata: { name, namespace: 'default', ownerReferences: [ref(owner)] } });
    for (const name of ['z', 'c']) client.create('/configmaps', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name, namespace: 'default', ownerReferences: [ref(owner)] } });
    const scan = ['/configmaps', '/secrets'].flatMap((r) => client.list(r as '/configmaps').filter((o) => o.metadata.ownerReferences?.some((x) => x.uid === owner.metadata.uid)).map((o) => `${r} ${o.metadata.name}`));
    expect(described(index, owner.metadata.uid!)).toEqual(scan);
    expect(scan).toEqual(['/configmaps c', '/configmaps z', '/secrets a', '/secrets b']);
  });

  it('follows updates and deletions, and is rebuilt from the store after a restore', () => {
    const { cluster, owner, index, clock } = setup();
    const client = cluster.client();
    const child = client.create('/configmaps', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'child', namespace: 'default', ownerReferences: [ref(owner)] } });
    client.create('/configmaps', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'other', namespace: 'default', ownerReferences: [ref(owner)] } });
    const snap = cluster.snapshot();
    const { ownerReferences: _dropped, ...meta } = child.metadata;
    client.update('/configmaps', { ...child, metadata: meta });
    client.delete('/configmaps', 'default', 'other');
    expect(described(index, owner.metadata.uid!)).toEqual([]);
    cluster.restore(snap);
    clock.restore(clock.snapshot());
    expect(described(index, owner.metadata.uid!)).toEqual(['/configmaps child', '/configmaps other']);
  });
});
