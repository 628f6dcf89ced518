// ResourceQuota admission: a create that would push a namespace's usage past a quota's hard limit
// is forbidden, and pods must state the cpu/memory requests and limits a quota tracks.
// Mirrors plugin/pkg/admission/resourcequota (controller.go checkRequest) with the pod evaluator;
// a validating plugin, so it runs after the object validated and names it by its generated name.
// Deviation from upstream: usage is recomputed from the stored objects instead of being read from
// quota status (so there is no "status unknown for quota" window after a quota is created).

import type { PodSpec, ResourceQuotaSpec } from 'kubernetes-types/core/v1';
import { forbidden } from '../../../api/errors.ts';
import { addQuantities, compareQuantities, formatQuantity, parseQuantity, tryParseQuantity, type Quantity } from '../../../api/quantity.ts';
import type { KubeObject } from '../../../api/types.ts';
import type { AdmissionContext, ResourceStrategy } from '../../strategy.ts';
import { quotaMatches } from './scopes.ts';
import { calculateUsage, containerUsage, usageOf, type Usage } from './usage.ts';

const POD_CONSTRAINED = ['cpu', 'memory', 'requests.cpu', 'requests.memory', 'limits.cpu', 'limits.memory'];
const ZERO = parseQuantity(0);

function prettyPrint(list: ReadonlyMap<string, Quantity>, keys: readonly string[]): string {
  return keys.map((k) => `${k}=${formatQuantity(list.get(k) ?? ZERO)}`).join(',');
}

/** The quota's usage by the stored objects of the admitted object's resource (its old version included). */
function used(group: string, resource: string, quota: KubeObject, namespace: string, ctx: AdmissionContext): Usage {
  return calculateUsage(quota, (r) => (r.group === group && r.resource === resource ? ctx.list(group, resource, namespace) : []));
}

/** What an update adds: the growth of each resource, never less than zero (SubtractWithNonNegativeResult). */
function growth(next: Usage, prev: Usage): Usage {
  return new Map([...next].map(([k, q]) => {
    const before = prev.get(k);
    const diff = before ? addQuantities(q, { ...before, coef: -before.coef }) : q;
    return [k, diff.coef > 0n ? diff : ZERO];
  }));
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

/** Checks a create, or with `old` an update (which is charged only for what it adds). */
export function admitQuota(group: string, resource: string, obj: KubeObject, ctx: AdmissionContext, old?: KubeObject): void {
  const namespace = obj.metadata.namespace ?? 'default';
  const quotas = ctx.list('', 'resourcequotas', namespace).sort((a, b) => ((a.metadata.name ?? '') < (b.metadata.name ?? '') ? -1 : 1));
  if (quotas.length === 0) return;
  const delta = old ? growth(usageOf(group, resource, obj), usageOf(group, resource, old)) : usageOf(group, resource, obj);
  // RemoveZeros: only what the request adds is checked, and a request that adds nothing passes.
  const requested: Usage = new Map([...delta].filter(([, q]) => q.coef !== 0n));
  if (requested.size === 0) return;
  const reject = (detail: string): never => { throw forbidden(group, resource, obj.metadata.name ?? '', detail); };
  for (const quota of quotas) {
    if (!quotaMatches(quota, resource, obj)) continue;
    const current = used(group, resource, quota, namespace, ctx);
    const hard = (quota.spec as ResourceQuotaSpec | undefined)?.hard ?? {};
    const name = quota.metadata.name ?? '';
    if (resource === 'pods' && group === '' && !old) {
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

/** Kinds whose updates can use more (services changing type, claims growing); others are charged on create only. */
const CHARGED_ON_UPDATE = new Set(['/services', '/persistentvolumeclaims']);

/** Quota admission after a strategy's own validation (ResourceQuota is the last plugin). */
export function withQuota(group: string, resource: string, strategy: ResourceStrategy): ResourceStrategy {
  const onUpdate = CHARGED_ON_UPDATE.has(`${group}/${resource}`);
  return {
    ...strategy,
    validate(obj, ctx) {
      const causes = strategy.validate?.(obj, ctx) ?? [];
      if (causes.length === 0) admitQuota(group, resource, obj, ctx);
      return causes;
    },
    ...(onUpdate ? {
      validateUpdate(obj: KubeObject, old: KubeObject, ctx: AdmissionContext) {
        const causes = strategy.validateUpdate?.(obj, old, ctx) ?? [];
        if (causes.length === 0) admitQuota(group, resource, obj, ctx, old);
        return causes;
      },
    } : {}),
  };
}
