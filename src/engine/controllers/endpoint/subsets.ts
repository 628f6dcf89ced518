// The Endpoints subsets of a Service (endpoints_controller syncService + endpoints.RepackSubsets):
// one entry per pod and resolvable port, ready pods as addresses and the others as
// notReadyAddresses (all ready with publishNotReadyAddresses), grouped by identical port sets.

import type { EndpointAddress, EndpointPort, EndpointSubset } from 'kubernetes-types/core/v1';
import type { KubeObject } from '../../api/types.ts';
import { isPodReady } from '../common/pod-utils.ts';
import { findPort, podHostname, podIp, podNode, podTargetRef, serviceSpec, shouldPodBeInEndpoints } from '../common/service-pods.ts';

interface Group {
  readonly ports: EndpointPort[];
  readonly ready: EndpointAddress[];
  readonly notReady: EndpointAddress[];
}

export function endpointSubsets(svc: KubeObject, pods: readonly KubeObject[]): EndpointSubset[] {
  const spec = serviceSpec(svc);
  const tolerate = spec.publishNotReadyAddresses === true;
  const servicePorts = spec.ports ?? [];
  const groups = new Map<string, Group>();
  for (const pod of pods) {
    if (!shouldPodBeInEndpoints(pod, tolerate)) continue;
    const ports: EndpointPort[] = [];
    for (const sp of servicePorts) {
      const port = findPort(pod, sp);
      if (port === undefined) continue;
      ports.push({ ...(sp.name ? { name: sp.name } : {}), port, protocol: sp.protocol ?? 'TCP', ...(sp.appProtocol ? { appProtocol: sp.appProtocol } : {}) });
    }
    // A pod with no resolvable port is left out, except for a headless Service without ports.
    if (ports.length === 0 && !(servicePorts.length === 0 && spec.clusterIP === 'None')) continue;
    ports.sort(byNameAndPort);
    const key = JSON.stringify(ports);
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { ports, ready: [], notReady: [] }));
    (tolerate || isPodReady(pod) ? g.ready : g.notReady).push(addressOf(pod, svc));
  }
  return [...groups.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, g]) => ({
    ...(g.ready.length > 0 ? { addresses: g.ready.sort(byIpAndUid) } : {}),
    ...(g.notReady.length > 0 ? { notReadyAddresses: g.notReady.sort(byIpAndUid) } : {}),
    ...(g.ports.length > 0 ? { ports: g.ports } : {}),
  }));
}

/**
 * Upstream orders ports by a hash of their Go representation, which this simulation does not
 * reproduce; a port set the current object already lists keeps the order it has there.
 */
export function keepPortOrder(subsets: EndpointSubset[], current: readonly EndpointSubset[]): EndpointSubset[] {
  const known = current.map((s) => s.ports ?? []);
  return subsets.map((s) => {
    const ports = s.ports ?? [];
    const key = JSON.stringify([...ports].sort(byNameAndPort));
    const same = known.find((k) => k.length === ports.length && JSON.stringify([...k].sort(byNameAndPort)) === key);
    return same ? { ...s, ports: same.map((p) => ({ ...p })) } : s;
  });
}

function addressOf(pod: KubeObject, svc: KubeObject): EndpointAddress {
  const hostname = podHostname(pod, svc);
  const node = podNode(pod);
  return {
    ip: podIp(pod),
    ...(hostname ? { hostname } : {}),
    ...(node ? { nodeName: node } : {}),
    targetRef: podTargetRef(pod),
  };
}

function byIpAndUid(a: EndpointAddress, b: EndpointAddress): number {
  if (a.ip !== b.ip) return a.ip < b.ip ? -1 : 1;
  const ua = a.targetRef?.uid ?? '';
  const ub = b.targetRef?.uid ?? '';
  return ua < ub ? -1 : ua > ub ? 1 : 0;
}

function byNameAndPort(a: EndpointPort, b: EndpointPort): number {
  const na = a.name ?? '';
  const nb = b.name ?? '';
  if (na !== nb) return na < nb ? -1 : 1;
  return a.port - b.port;
}
