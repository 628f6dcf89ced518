import { describe, expect, it } from 'vitest';
import type { ResourceName } from '../../client/client.ts';
import { courseProfile } from '../../profiles/course/index.ts';
import { Cluster } from '../../sim/cluster.ts';

const WATCHED: readonly ResourceName[] = ['/pods', 'apps/replicasets', 'apps/controllerrevisions'];

function inventory(c: Cluster): string[] {
  return WATCHED.flatMap((r) => c.client().list(r, 'kube-system').map((o) => `${o.kind}/${o.metadata.name} ${o.metadata.uid}`));
}

describe('the Deployment controller on the course cluster', () => {
  it('finds the add-ons as their controllers left them: no pod, ReplicaSet or revision churn, no write, no event', () => {
    const c = new Cluster({ seed: 11, profile: courseProfile });
    const before = inventory(c);
    const deployments = c.client().list('apps/deployments', 'kube-system').map((d) => `${d.metadata.name} rv=${d.metadata.resourceVersion}`);
    expect(deployments.map((d) => d.split(' ')[0])).toEqual(['calico-kube-controllers', 'coredns']);
    c.advance(3 * 60_000);
    expect(inventory(c)).toEqual(before);
    expect(c.client().list('apps/deployments', 'kube-system').map((d) => `${d.metadata.name} rv=${d.metadata.resourceVersion}`)).toEqual(deployments);
    const ours = c.client().list('/events', 'kube-system').filter((e) => (e.source as { component?: string }).component === 'deployment-controller');
    expect(ours).toEqual([]);
  });
});
