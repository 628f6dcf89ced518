// ResourceQuota admission: a create that would push a namespace's usage past a quota's hard limit
// is forbidden, and pods must state the cpu/memory requests and limits a quota tracks.
// Mirrors plugin/pkg/admission/resourcequota (controller.go checkRequest) with the pod evaluator.
// Deviation from upstream: usage is recomputed from the stored objects instead of being read from
// quota status (so there is no "status unknown for quota" window after a quota is created).

import type { PodSpec, ResourceQuotaSpec } from 'kubernetes-types/core/v1';
import { forbidden } from '../../../api/errors.ts';
import { addQuantities, compareQuantities, formatQuantity, parseQuantity, tryParseQuantity, type Quantity } from '../../../api/quantity.ts';
import type { KubeObject } from '../../../api/types.ts';
import type { AdmissionContext, ResourceStrategy } from '../../strategy.ts';
import { admissionName } from '../pods/serviceaccount.ts';
import { computeQos } from '../pods/qos.ts';
import { containerUsage, countsAgainstQuota, usageOf, type Usage } from './usage.ts';

const POD_CONSTRAINED = ['cpu', 'memory', 'requests.cpu', 'requests.memory', 'limits.cpu', 'limits.memory'];
const ZERO = parseQuantity(0);

function prettyPrint(list: ReadonlyMap<string, Quantity>, keys: readonly string[]): string {
  return keys.map((k) => `${k}=${formatQuantity(list.get(k) ?? ZERO)}`).join(',');
}

function used(group: string, resource: string, quota: KubeObject, self: KubeObject, ctx: AdmissionContext): Usage {
  const total: Usage = new Map();
  for (const obj of ctx.list(group, resource, self.metadata.namespace)) {
    if (obj.metadata.name === self.metadata.name || !countsAgainstQuota(resource, obj) || !quotaMatches(quota, resource, obj)) continue;
    for (const [k, q] of usageOf(group, resource, obj)) total.set(k, total.has(k) ? addQuantities(total.get(k)!, q) : q);
  }
  return total;
}

interface ScopeRequirement {
  readonly scopeName: string;
  readonly operator: string;
  readonly values?: readonly string[];
}

/** Quota scopes apply to pods only: a scoped quota ignores every other kind. */
function quotaMatches(quota: KubeObject, resource: string, obj: KubeObject): boolean {
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

/** Pod evaluator Constraints: every container must state what a quota tracks. */
function missingPodResources(pod: KubeObject, hard: readonly string[]): string | undefined {
  const required = POD_CONSTRAINED.filter((r) => hard.includes(r));
  if (required.length === 0) return undefined;
  const spec = (pod.spec ?? {}) as PodSpec;
  const missing = new Map<string, Set<string>>();
  for (const c of [...(spec.containers ?? []), ...(spec.initContainers ?? [])]) {
    const present = containerUsage(c);
    for (const r of required) if (!present.has(r)) missing.set(r, (missing.get(r) ?? new Set()).add(c.name));
  }
  if (missing.size === 0) return undefined;
  return `must specify ${[...missing.keys()].sort().map((r) => `${r} for: ${[...missing.get(r)!].sort().join(',')}`).join('; ')}`;
}

export function admitQuota(group: string, resource: string, obj: KubeObject, ctx: AdmissionContext): void {
  const namespace = obj.metadata.namespace ?? 'default';
  const quotas = ctx.list('', 'resourcequotas', namespace).sort((a, b) => ((a.metadata.name ?? '') < (b.metadata.name ?? '') ? -1 : 1));
  if (quotas.length === 0) return;
  const requested = usageOf(group, resource, obj);
  const reject = (detail: string): never => { throw forbidden(group, resource, admissionName(obj), detail); };
  for (const quota of quotas) {
    if (!quotaMatches(quota, resource, obj)) continue;
    const current = used(group, resource, quota, obj, ctx);
    const hard = (quota.spec as ResourceQuotaSpec | undefined)?.hard ?? {};
    const name = quota.metadata.name ?? '';
    if (resource === 'pods' && group === '') {
      const missing = missingPodResources(obj, Object.keys(hard));
      if (missing) reject(`failed quota: ${name}: ${missing}`);
    }
    const exceeded = Object.keys(hard).filter((k) => requested.has(k)).filter((k) => {
      const limit = tryParseQuantity(hard[k]);
      return limit !== undefined && compareQuantities(addQuantities(current.get(k) ?? ZERO, requested.get(k)!), limit) > 0;
    }).sort();
    if (exceeded.length === 0) continue;
    const hardList = new Map(exceeded.map((k) => [k, parseQuantity(hard[k]!)]));
    reject(`exceeded quota: ${name}, requested: ${prettyPrint(requested, exceeded)}, used: ${prettyPrint(current, exceeded)}, limited: ${prettyPrint(hardList, exceeded)}`);
  }
}

/** Runs a strategy's own admission, then quota admission (ResourceQuota is the last plugin). */
export function withQuota(group: string, resource: string, strategy: ResourceStrategy): ResourceStrategy {
  return {
    ...strategy,
    admit(obj, ctx) {
      strategy.admit?.(obj, ctx);
      admitQuota(group, resource, obj, ctx);
    },
  };
}
