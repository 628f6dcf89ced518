// Which objects a scoped ResourceQuota applies to: `spec.scopes` and `spec.scopeSelector`
// (Terminating, NotTerminating, BestEffort, NotBestEffort, PriorityClass) select pods only.
// Mirrors pkg/quota/v1/evaluator/core/pods.go (podMatchesScopeFunc) and quota.MatchesScope.

import type { PodSpec, ResourceQuotaSpec } from 'kubernetes-types/core/v1';
import type { KubeObject } from '../../../api/types.ts';
import { computeQos } from '../pods/qos.ts';

interface ScopeRequirement {
  readonly scopeName: string;
  readonly operator: string;
  readonly values?: readonly string[];
}

/** Does `quota` apply to `obj` of `resource`? A scoped quota ignores every kind but pods. */
export function quotaMatches(quota: KubeObject, resource: string, obj: KubeObject): boolean {
  const spec = (quota.spec ?? {}) as ResourceQuotaSpec;
  const scopes: ScopeRequirement[] = [
    ...(spec.scopes ?? []).map((scopeName) => ({ scopeName, operator: 'Exists' })),
    ...((spec.scopeSelector?.matchExpressions ?? []) as ScopeRequirement[]),
  ];
  if (scopes.length === 0) return true;
  if (resource !== 'pods') return false;
  const podSpec = (obj.spec ?? {}) as PodSpec;
  return scopes.every((s) => scopeMatches(s, podSpec));
}

function scopeMatches(scope: ScopeRequirement, spec: PodSpec): boolean {
  const terminating = spec.activeDeadlineSeconds !== undefined && spec.activeDeadlineSeconds !== null;
  switch (scope.scopeName) {
    case 'Terminating': return terminating;
    case 'NotTerminating': return !terminating;
    case 'BestEffort': return computeQos(spec) === 'BestEffort';
    case 'NotBestEffort': return computeQos(spec) !== 'BestEffort';
    case 'PriorityClass': {
      const name = spec.priorityClassName ?? '';
      if (scope.operator === 'Exists') return name !== '';
      if (scope.operator === 'DoesNotExist') return name === '';
      const listed = (scope.values ?? []).includes(name);
      return scope.operator === 'In' ? listed : !listed;
    }
    default: return false;
  }
}
