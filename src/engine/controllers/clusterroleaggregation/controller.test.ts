import { describe, expect, it } from 'vitest';
import { Cluster } from '../../sim/cluster.ts';
import { emptyProfile } from '../../profiles/empty/index.ts';

const CR = 'rbac.authorization.k8s.io/clusterroles';
const role = (name: string, labels: Record<string, string>, verbs: string[]) => ({
  apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'ClusterRole', metadata: { name, labels }, rules: [{ apiGroups: ['example.com'], resources: ['widgets'], verbs }],
});

describe('clusterrole-aggregation controller', () => {
  it('fills an aggregated role with the rules of the roles it selects, and follows their changes', () => {
    const cluster = new Cluster({ seed: 1, profile: emptyProfile });
    const api = cluster.client();
    api.create(CR, {
      apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'ClusterRole', metadata: { name: 'monitoring' },
      aggregationRule: { clusterRoleSelectors: [{ matchLabels: { 'example.com/aggregate-to-monitoring': 'true' } }] },
    });
    api.create(CR, role('b-writer', { 'example.com/aggregate-to-monitoring': 'true' }, ['create']));
    api.create(CR, role('a-reader', { 'example.com/aggregate-to-monitoring': 'true' }, ['get', 'list']));
    api.create(CR, role('other', {}, ['delete']));
    cluster.runUntilIdle();
    expect(api.get(CR, undefined, 'monitoring')!.rules).toEqual([
      { apiGroups: ['example.com'], resources: ['widgets'], verbs: ['get', 'list'] },
      { apiGroups: ['example.com'], resources: ['widgets'], verbs: ['create'] },
    ]);
    api.delete(CR, undefined, 'b-writer');
    cluster.runUntilIdle();
    expect(api.get(CR, undefined, 'monitoring')!.rules).toEqual([{ apiGroups: ['example.com'], resources: ['widgets'], verbs: ['get', 'list'] }]);
  });
});
