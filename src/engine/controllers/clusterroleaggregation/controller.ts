// The clusterrole-aggregation controller: a ClusterRole with an aggregationRule gets the union of the
// rules of the ClusterRoles its selectors match (by name order, duplicates dropped), so admin, edit
// and view grow when a CRD's roles are labelled for them. Mirrors pkg/controller/clusterroleaggregation.

import type { AggregationRule, PolicyRule } from 'kubernetes-types/rbac/v1';
import { isStatusError } from '../../api/errors.ts';
import { labelSelectorMatches } from '../../api/selectors.ts';
import { clone, deepEqual } from '../../base/json.ts';
import { WorkQueue } from '../../client/workqueue.ts';
import type { Controller, ControllerDeps } from '../controller.ts';

const CLUSTER_ROLES = 'rbac.authorization.k8s.io/clusterroles';
const REACTION_MS = 30;

export class ClusterRoleAggregationController implements Controller {
  readonly name = 'clusterrole-aggregation-controller';
  private readonly queue: WorkQueue;

  constructor(private readonly deps: ControllerDeps) {
    this.queue = new WorkQueue(deps.clock, this.name, { sync: (name) => this.sync(name) });
    // Any change may matter to any aggregated role, so each of them is looked at again.
    deps.client.watch(CLUSTER_ROLES, () => {
      for (const role of deps.client.list(CLUSTER_ROLES)) {
        if (role.aggregationRule) this.queue.add(role.metadata.name!, REACTION_MS);
      }
    });
  }

  private sync(name: string): boolean {
    const { client } = this.deps;
    const role = client.get(CLUSTER_ROLES, undefined, name);
    const aggregation = role?.aggregationRule as AggregationRule | undefined;
    if (!role || !aggregation) return true;
    const rules: PolicyRule[] = [];
    const all = client.list(CLUSTER_ROLES).sort((a, b) => (a.metadata.name! < b.metadata.name! ? -1 : 1));
    for (const selector of aggregation.clusterRoleSelectors ?? []) {
      for (const source of all) {
        if (source.metadata.name === name || !labelSelectorMatches(selector, source.metadata.labels ?? {})) continue;
        for (const rule of (source.rules ?? []) as PolicyRule[]) {
          if (!rules.some((r) => deepEqual(r, rule))) rules.push(clone(rule));
        }
      }
    }
    if (deepEqual(rules, role.rules ?? [])) return true;
    try {
      client.update(CLUSTER_ROLES, { ...clone(role), rules });
    } catch (e) {
      if (!isStatusError(e)) throw e;
      return false;
    }
    return true;
  }
}
