// What one object counts against a ResourceQuota: object counts (`pods`, `count/deployments.apps`)
// and, for pods, services and claims, their compute, port and storage usage.
// Mirrors pkg/quota/v1/evaluator/core (pods.go, services.go, persistent_volume_claims.go).

import type { Container, PersistentVolumeClaimSpec, PodSpec, ServiceSpec } from 'kubernetes-types/core/v1';
import { addQuantities, compareQuantities, parseQuantity, tryParseQuantity, type Quantity } from '../../../api/quantity.ts';
import type { KubeObject } from '../../../api/types.ts';

export type Usage = Map<string, Quantity>;

const ONE = parseQuantity(1);
/** Object counts that predate `count/<resource>`. */
const LEGACY_COUNTS = new Set(['pods', 'services', 'configmaps', 'secrets', 'replicationcontrollers', 'resourcequotas', 'persistentvolumeclaims']);
const CLASS_SUFFIX = '.storageclass.storage.k8s.io';

function add(usage: Usage, name: string, q: Quantity): void {
  usage.set(name, usage.has(name) ? addQuantities(usage.get(name)!, q) : q);
}

export function usageOf(group: string, resource: string, obj: KubeObject): Usage {
  const usage: Usage = new Map();
  add(usage, group === '' ? `count/${resource}` : `count/${resource}.${group}`, ONE);
  if (group === '' && LEGACY_COUNTS.has(resource)) add(usage, resource, ONE);
  if (group !== '') return usage;
  if (resource === 'pods') podUsage(usage, (obj.spec ?? {}) as PodSpec);
  if (resource === 'services') serviceUsage(usage, (obj.spec ?? {}) as ServiceSpec);
  if (resource === 'persistentvolumeclaims') claimUsage(usage, (obj.spec ?? {}) as PersistentVolumeClaimSpec);
  return usage;
}

/** podComputeUsageHelper for one container: requests count as both `cpu` and `requests.cpu`. */
export function containerUsage(c: Container): Usage {
  const usage: Usage = new Map();
  for (const [name, raw] of Object.entries(c.resources?.requests ?? {})) {
    const q = tryParseQuantity(raw);
    if (!q) continue;
    if (name === 'cpu' || name === 'memory' || name === 'ephemeral-storage') add(usage, name, q);
    add(usage, `requests.${name}`, q);
  }
  for (const [name, raw] of Object.entries(c.resources?.limits ?? {})) {
    const q = tryParseQuantity(raw);
    if (q) add(usage, `limits.${name}`, q);
  }
  return usage;
}

/** Sum over app containers, raised to any larger init container (PodRequests semantics). */
function podUsage(usage: Usage, spec: PodSpec): void {
  const total: Usage = new Map();
  for (const c of spec.containers ?? []) for (const [k, q] of containerUsage(c)) add(total, k, q);
  for (const c of spec.initContainers ?? []) {
    for (const [k, q] of containerUsage(c)) if (!total.has(k) || compareQuantities(q, total.get(k)!) > 0) total.set(k, q);
  }
  for (const [k, q] of total) add(usage, k, q);
}

function serviceUsage(usage: Usage, spec: ServiceSpec): void {
  if (spec.type === 'LoadBalancer') add(usage, 'services.loadbalancers', ONE);
  if (spec.type === 'NodePort' || spec.type === 'LoadBalancer') {
    add(usage, 'services.nodeports', parseQuantity((spec.ports ?? []).length));
  }
}

function claimUsage(usage: Usage, spec: PersistentVolumeClaimSpec): void {
  const storage = tryParseQuantity(spec.resources?.requests?.storage);
  if (storage) add(usage, 'requests.storage', storage);
  if (spec.storageClassName) {
    add(usage, `${spec.storageClassName}${CLASS_SUFFIX}/persistentvolumeclaims`, ONE);
    if (storage) add(usage, `${spec.storageClassName}${CLASS_SUFFIX}/requests.storage`, storage);
  }
}

/** QuotaV1Pod: finished pods no longer count. */
export function countsAgainstQuota(resource: string, obj: KubeObject): boolean {
  if (resource !== 'pods') return true;
  const phase = (obj.status as { phase?: string } | undefined)?.phase;
  return phase !== 'Succeeded' && phase !== 'Failed';
}
