// ClusterIP, IP family and NodePort allocation for Services, done before validation exactly like
// the service REST storage's beginCreate/beginUpdate hooks (pkg/registry/core/service/storage/alloc.go).
// Allocator state is derived from the stored Services (see apiserver/allocators.ts).

import type { ServicePort, ServiceSpec } from 'kubernetes-types/core/v1';
import { field, internalError, invalid, type FieldCause, type StatusError } from '../../../api/errors.ts';
import type { KubeObject } from '../../../api/types.ts';
import type { ServiceAllocators } from '../../allocators.ts';
import type { AdmissionContext } from '../../strategy.ts';
import { goStringSlice, invalidRaw } from '../common/gofmt.ts';
import { ServiceType } from './defaults.ts';
import { isHeadless, validateClusterIPsRelatedFields } from './validation.ts';

export const needsClusterIP = (spec: ServiceSpec): boolean => spec.type !== ServiceType.ExternalName;
export const needsNodePort = (spec: ServiceSpec): boolean => spec.type === ServiceType.NodePort || spec.type === ServiceType.LoadBalancer;
const shouldAllocateNodePorts = (spec: ServiceSpec): boolean =>
  spec.type === ServiceType.NodePort || (spec.type === ServiceType.LoadBalancer && spec.allocateLoadBalancerNodePorts !== false);

const rejected = (svc: KubeObject, causes: FieldCause[]): StatusError => invalid('', 'Service', svc.metadata.name ?? '', causes);

/** Everything allocation needs: the allocators and the other Services' holdings. */
interface Pool {
  readonly allocators: ServiceAllocators;
  readonly others: readonly KubeObject[];
}

function poolFor(svc: KubeObject, ctx: AdmissionContext): Pool {
  const others = ctx.list('', 'services').filter((s) => s.metadata.namespace !== svc.metadata.namespace || s.metadata.name !== svc.metadata.name);
  return { allocators: ctx.allocators.services as ServiceAllocators, others };
}

/** initIPFamilyFields for a single-stack IPv4 cluster. */
function initIPFamilies(svc: KubeObject, spec: ServiceSpec): void {
  if (!needsClusterIP(spec)) return;
  const early = validateClusterIPsRelatedFields(spec);
  if (early.length > 0) throw rejected(svc, early);
  const causes: FieldCause[] = [];
  if (spec.ipFamilyPolicy === 'RequireDualStack') causes.push(field.invalid('spec.ipFamilyPolicy', spec.ipFamilyPolicy, 'this cluster is not configured for dual-stack services'));
  (spec.ipFamilies ?? []).forEach((f, i) => { if (f !== 'IPv4') causes.push(field.invalid(`spec.ipFamilies[${i}]`, f, 'not configured on this cluster')); });
  if (causes.length > 0) throw rejected(svc, causes);
  if (!spec.ipFamilyPolicy) spec.ipFamilyPolicy = 'SingleStack';
  if ((spec.ipFamilies ?? []).length === 0) spec.ipFamilies = ['IPv4'];
}

function allocateClusterIP(svc: KubeObject, spec: ServiceSpec, pool: Pool, ctx: AdmissionContext): void {
  if (!needsClusterIP(spec) || isHeadless(spec)) return;
  const { allocators } = pool;
  const ip = spec.clusterIP;
  if (!ip) {
    const picked = allocators.allocateClusterIp(ctx.rand, pool.others);
    if (!picked) throw internalError('failed to allocate a serviceIP: range is full');
    spec.clusterIP = picked;
    spec.clusterIPs = [picked];
    return;
  }
  const used = pool.others.some((s) => ((s.spec as ServiceSpec | undefined)?.clusterIPs ?? []).includes(ip));
  const problem = !allocators.ipInRange(ip)
    ? `the provided IP (${ip}) is not in the valid range. The range of valid IPs is ${allocators.serviceCidr}`
    : used ? 'provided IP is already allocated' : undefined;
  if (problem) throw rejected(svc, [invalidRaw('spec.clusterIPs', goStringSlice(spec.clusterIPs), `failed to allocate IP ${ip}: ${problem}`)]);
}

function usedNodePorts(pool: Pool): Set<number> {
  const used = new Set<number>();
  for (const s of pool.others) {
    const spec = (s.spec ?? {}) as ServiceSpec;
    for (const p of spec.ports ?? []) if (p.nodePort) used.add(p.nodePort);
    if (spec.healthCheckNodePort) used.add(spec.healthCheckNodePort);
  }
  return used;
}

/** allocNodePorts / updateNodePorts: explicit ports are checked, missing ones picked at random. */
function allocateNodePorts(svc: KubeObject, spec: ServiceSpec, owned: ReadonlySet<number>, pool: Pool, ctx: AdmissionContext): void {
  if (!needsNodePort(spec)) return;
  const used = usedNodePorts(pool);
  const byServicePort = new Map<number, number>();
  const ports = spec.ports ?? [];
  ports.forEach((port, i) => {
    if (!port.nodePort && !shouldAllocateNodePorts(spec)) return;
    const shared = byServicePort.get(port.port);
    const requested = port.nodePort || shared || ports.find((p) => p.port === port.port && p.nodePort)?.nodePort;
    if (requested) {
      if (!owned.has(requested) && requested !== shared) claimNodePort(svc, requested, `spec.ports[${i}].nodePort`, used, pool);
      port.nodePort = requested;
    } else port.nodePort = nextNodePort(used, pool, ctx);
    used.add(port.nodePort);
    byServicePort.set(port.port, port.nodePort);
  });
  if (spec.type === ServiceType.LoadBalancer && spec.externalTrafficPolicy === 'Local') {
    if (!spec.healthCheckNodePort) spec.healthCheckNodePort = nextNodePort(used, pool, ctx);
    else if (!owned.has(spec.healthCheckNodePort)) claimNodePort(svc, spec.healthCheckNodePort, 'spec.healthCheckNodePort', used, pool);
  }
}

function claimNodePort(svc: KubeObject, port: number, path: string, used: ReadonlySet<number>, pool: Pool): void {
  const [min, max] = pool.allocators.nodePortRange;
  const problem = port < min || port > max
    ? `provided port is not in the valid range. The range of valid ports is ${min}-${max}`
    : used.has(port) ? 'provided port is already allocated' : undefined;
  if (problem) throw rejected(svc, [field.invalid(path, port, problem)]);
}

function nextNodePort(used: ReadonlySet<number>, pool: Pool, ctx: AdmissionContext): number {
  const taken: KubeObject = { apiVersion: 'v1', kind: 'Service', metadata: {}, spec: { ports: [...used].map((nodePort) => ({ nodePort })) } };
  const port = pool.allocators.allocateNodePort(ctx.rand, [...pool.others, taken]);
  if (port === undefined) throw internalError('failed to allocate a nodePort: range is full');
  return port;
}

/** beginCreate: families, ClusterIP and NodePorts, before validation runs. */
export function allocateOnCreate(svc: KubeObject, ctx: AdmissionContext): void {
  const spec = svc.spec as ServiceSpec;
  const pool = poolFor(svc, ctx);
  initIPFamilies(svc, spec);
  allocateClusterIP(svc, spec, pool, ctx);
  allocateNodePorts(svc, spec, new Set(), pool, ctx);
}

/** beginUpdate: allocate what a type change newly needs; keep what the Service already holds. */
export function allocateOnUpdate(svc: KubeObject, old: KubeObject, ctx: AdmissionContext): void {
  const spec = svc.spec as ServiceSpec;
  const oldSpec = old.spec as ServiceSpec;
  const pool = poolFor(svc, ctx);
  initIPFamilies(svc, spec);
  if (!needsClusterIP(oldSpec) || !oldSpec.clusterIP) allocateClusterIP(svc, spec, pool, ctx);
  const owned = new Set<number>((oldSpec.ports ?? []).map((p: ServicePort) => p.nodePort ?? 0).filter((n) => n > 0));
  if (oldSpec.healthCheckNodePort) owned.add(oldSpec.healthCheckNodePort);
  allocateNodePorts(svc, spec, owned, pool, ctx);
}
