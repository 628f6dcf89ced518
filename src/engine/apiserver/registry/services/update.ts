// Service update preparation: keep allocated values an update omits (kubectl replace and apply do
// omit them), keep clusterIP/clusterIPs in step, and drop fields a type change made irrelevant.
// Mirrors patchAllocatedValues / normalizeClusterIPs (service storage) and dropTypeDependentFields
// (pkg/registry/core/service/strategy.go).

import type { ServiceSpec } from 'kubernetes-types/core/v1';
import { clone, deepEqual } from '../../../base/json.ts';
import { needsClusterIP, needsNodePort } from './allocation.ts';

/** NormalizeClusterIPs: on create a lone clusterIP seeds clusterIPs; on update follow the singular field. */
export function normalizeClusterIPs(spec: ServiceSpec, old?: ServiceSpec): void {
  if (!old) {
    if (spec.clusterIP && (spec.clusterIPs ?? []).length === 0) spec.clusterIPs = [spec.clusterIP];
    return;
  }
  const oldIPs = old.clusterIPs ?? [];
  if (oldIPs.length > 0 && (spec.clusterIPs ?? []).length === 0 && (old.clusterIP ?? '') === (spec.clusterIP ?? '')) {
    spec.clusterIPs = clone(oldIPs);
  }
  if ((old.clusterIP ?? '') === (spec.clusterIP ?? '')) return;
  const sameIPs = deepEqual(old.clusterIPs ?? [], spec.clusterIPs ?? []);
  if (old.clusterIP && !spec.clusterIP) {
    if (sameIPs) delete spec.clusterIPs;
  } else if (sameIPs) spec.clusterIPs = [spec.clusterIP!];
}

/** patchAllocatedValues: clusterIP(s), node ports (matched by port name) and families. */
export function patchAllocatedValues(spec: ServiceSpec, old: ServiceSpec): void {
  if (needsClusterIP(old) && needsClusterIP(spec)) {
    if (!spec.clusterIP && old.clusterIP) spec.clusterIP = old.clusterIP;
    if ((spec.clusterIPs ?? []).length === 0 && (old.clusterIPs ?? []).length > 0) spec.clusterIPs = clone(old.clusterIPs);
    if ((spec.ipFamilies ?? []).length === 0 && old.ipFamilies) spec.ipFamilies = clone(old.ipFamilies);
    if (!spec.ipFamilyPolicy && old.ipFamilyPolicy) spec.ipFamilyPolicy = old.ipFamilyPolicy;
  }
  if (needsNodePort(old) && needsNodePort(spec)) {
    const inNew = new Set((spec.ports ?? []).map((p) => p.nodePort).filter((n) => n));
    const used = new Set((old.ports ?? []).map((p) => p.nodePort).filter((n) => n && inNew.has(n)));
    const byName = new Map((old.ports ?? []).map((p) => [p.name ?? '', p.nodePort ?? 0]));
    for (const port of spec.ports ?? []) {
      const previous = byName.get(port.name ?? '') ?? 0;
      if (!port.nodePort && previous && !used.has(previous)) port.nodePort = previous;
    }
  }
  const needsHealthCheck = (s: ServiceSpec): boolean => s.type === 'LoadBalancer' && s.externalTrafficPolicy === 'Local';
  if (needsHealthCheck(old) && needsHealthCheck(spec) && !spec.healthCheckNodePort) spec.healthCheckNodePort = old.healthCheckNodePort;
}

/** dropTypeDependentFields: wipe what the old type allocated when the user did not touch it. */
export function dropTypeDependentFields(spec: ServiceSpec, old: ServiceSpec): void {
  if (needsClusterIP(old) && !needsClusterIP(spec)) {
    if (deepEqual(old.clusterIPs ?? [], spec.clusterIPs ?? []) && (old.clusterIP ?? '') === (spec.clusterIP ?? '')) {
      delete spec.clusterIP;
      delete spec.clusterIPs;
    }
    if (deepEqual(old.ipFamilies ?? [], spec.ipFamilies ?? [])) delete spec.ipFamilies;
    if (old.ipFamilyPolicy === spec.ipFamilyPolicy) delete spec.ipFamilyPolicy;
  }
  if (needsNodePort(old) && !needsNodePort(spec)) {
    const oldPorts = new Set((old.ports ?? []).map((p) => p.nodePort).filter((n) => n));
    if ((spec.ports ?? []).every((p) => !p.nodePort || oldPorts.has(p.nodePort))) for (const p of spec.ports ?? []) delete p.nodePort;
    if (old.healthCheckNodePort === spec.healthCheckNodePort) delete spec.healthCheckNodePort;
  }
  if (old.type === 'LoadBalancer' && spec.type !== 'LoadBalancer' && old.allocateLoadBalancerNodePorts === spec.allocateLoadBalancerNodePorts) {
    delete spec.allocateLoadBalancerNodePorts;
  }
  const accessible = (s: ServiceSpec): boolean => s.type === 'LoadBalancer' || s.type === 'NodePort' || (s.type === 'ClusterIP' && (s.externalIPs ?? []).length > 0);
  if (accessible(old) && !accessible(spec) && old.externalTrafficPolicy === spec.externalTrafficPolicy) delete spec.externalTrafficPolicy;
}
