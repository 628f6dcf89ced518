// What one object counts against a ResourceQuota (object counts such as `pods` and
// `count/deployments.apps`; for pods, services and claims their compute, port and storage usage),
// and a quota's usage over a namespace, shared by quota admission and the resource-quota controller.
// Mirrors pkg/quota/v1/evaluator/core (pods.go, services.go, persistent_volume_claims.go) and
// quota.CalculateUsage.

import type { Container, PersistentVolumeClaimSpec, PodSpec, ServiceSpec } from 'kubernetes-types/core/v1';
import { addQuantities, compareQuantities, parseQuantity, tryParseQuantity, type Quantity } from '../../../api/quantity.ts';
import type { KubeObject } from '../../../api/types.ts';
import { quotaMatches } from './scopes.ts';

export type Usage = Map<string, Quantity>;

/** A resource whose objects a quota charges, by API group and plural. */
export interface QuotaResource {
  readonly group: string;
  readonly resource: string;
}

/** Lists a namespace's objects of a resource; undefined when the server does not serve it. */
export type QuotaLister = (r: QuotaResource) => readonly KubeObject[] | undefined;

const ONE = parseQuantity(1);
const ZERO = parseQuantity(0);
/** Object counts that predate `count/<resource>`. */
const LEGACY_COUNTS = new Set(['pods', 'services', 'configmaps', 'secrets', 'replicationcontrollers', 'resourcequotas', 'persistentvolumeclaims']);
const CLASS_SUFFIX = '.storageclass.storage.k8s.io';
const POD_NAMES = new Set([
  'pods', 'cpu', 'memory', 'ephemeral-storage', 'requests.cpu', 'requests.memory', 'requests.ephemeral-storage',
  'limits.cpu', 'limits.memory', 'limits.ephemeral-storage',
]);
const PODS: QuotaResource = { group: '', resource: 'pods' };
const SERVICES: QuotaResource = { group: '', resource: 'services' };
const CLAIMS: QuotaResource = { group: '', resource: 'persistentvolumeclaims' };

/** The evaluator a quota resource name belongs to (MatchingResources), as the resource it charges. */
export function evaluatedBy(name: string): QuotaResource | undefined {
  if (name.startsWith('count/')) {
    const rest = name.slice('count/'.length);
    const dot = rest.indexOf('.');
    return dot < 0 ? { group: '', resource: rest } : { group: rest.slice(dot + 1), resource: rest.slice(0, dot) };
  }
  if (POD_NAMES.has(name) || name.startsWith('hugepages-')) return PODS;
  if (name === 'services.nodeports' || name === 'services.loadbalancers') return SERVICES;
  if (name === 'requests.storage' || name.includes(`${CLASS_SUFFIX}/`)) return CLAIMS;
  if (LEGACY_COUNTS.has(name)) return { group: '', resource: name };
  // Extended resources (`requests.nvidia.com/gpu`) and hugepages requests are pod resources.
  if (name.startsWith('requests.')) return PODS;
  return undefined;
}

/**
 * CalculateUsage: what the namespace's objects use of every resource `quota` limits (zero when
 * nothing is charged), counting only objects that still count and that the quota's scopes select.
 */
export function calculateUsage(quota: KubeObject, list: QuotaLister): Usage {
  const hard = Object.keys((quota.spec as { hard?: Record<string, string> } | undefined)?.hard ?? {});
  const used: Usage = new Map();
  const resources = new Map<string, QuotaResource>();
  for (const name of hard) {
    const r = evaluatedBy(name);
    if (r) resources.set(`${r.group}/${r.resource}`, r);
  }
  for (const r of resources.values()) {
    const objects = list(r);
    if (!objects) continue;
    for (const name of hard) if (sameResource(evaluatedBy(name), r)) used.set(name, ZERO);
    for (const obj of objects) {
      if (!countsAgainstQuota(r.resource, obj) || !quotaMatches(quota, r.resource, obj)) continue;
      for (const [k, q] of usageOf(r.group, r.resource, obj)) if (used.has(k)) add(used, k, q);
    }
  }
  return used;
}

const sameResource = (a: QuotaResource | undefined, b: QuotaResource): boolean => a?.group === b.group && a.resource === b.resource;

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
    if (name === 'cpu' || name === 'memory' || name === 'ephemeral-storage' || name.startsWith('hugepages-')) add(usage, name, q);
    add(usage, `requests.${name}`, q);
  }
  for (const [name, raw] of Object.entries(c.resources?.limits ?? {})) {
    const q = tryParseQuantity(raw);
    if (q) add(usage, `limits.${name}`, q);
  }
  return usage;
}

/** PodRequests/PodLimits: the sum over app containers, raised to any larger init container. */
export function podTotal(spec: PodSpec, perContainer: (c: Container) => Usage): Usage {
  const total: Usage = new Map();
  for (const c of spec.containers ?? []) for (const [k, q] of perContainer(c)) add(total, k, q);
  for (const c of spec.initContainers ?? []) {
    for (const [k, q] of perContainer(c)) if (!total.has(k) || compareQuantities(q, total.get(k)!) > 0) total.set(k, q);
  }
  return total;
}

function podUsage(usage: Usage, spec: PodSpec): void {
  for (const [k, q] of podTotal(spec, containerUsage)) add(usage, k, q);
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
