import { describe, expect, it } from 'vitest';
import type { ResourceName } from '../client/client.ts';
import { courseProfile } from '../profiles/course/index.ts';
import { Cluster } from '../sim/cluster.ts';

/** What the workload and endpoint controllers own in the course's kube-system. */
const OWNED: readonly ResourceName[] = [
  '/pods', 'apps/replicasets', 'apps/deployments', 'apps/daemonsets', 'apps/controllerrevisions',
  '/endpoints', 'discovery.k8s.io/endpointslices',
];

function inventory(c: Cluster, withVersions: boolean): string[] {
  return OWNED.flatMap((r) => c.client().list(r, 'kube-system').map((o) =>
    `${o.kind}/${o.metadata.name} ${o.metadata.uid}${withVersions && o.kind !== 'Pod' ? ` rv=${o.metadata.resourceVersion}` : ''}`));
}

describe('the course cluster at rest', () => {
  it('gives the controllers nothing to do: no object of kube-system is created, deleted or rewritten', () => {
    const c = new Cluster({ seed: 1, profile: courseProfile });
    const before = inventory(c, true);
    c.runUntilIdle(5 * 60_000);
    expect(inventory(c, true)).toEqual(before);
  });
});
