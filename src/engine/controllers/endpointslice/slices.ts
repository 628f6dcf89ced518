// The EndpointSlices a Service should have (endpointslice reconciler, simplified to one slice per
// port set, at most 100 endpoints each): every pod with an IP, terminating ones included, with
// their ready/serving/terminating conditions; target ports resolved per pod.

import type { Endpoint, EndpointPort } from 'kubernetes-types/discovery/v1';
import type { KubeObject } from '../../api/types.ts';
import { isPodReady } from '../common/pod-utils.ts';
import { findPort, podHostname, podIp, podNode, podTargetRef, serviceSpec, shouldPodBeInEndpoints } from '../common/service-pods.ts';

export const MAX_ENDPOINTS_PER_SLICE = 100;

export interface DesiredSlice {
  readonly ports: EndpointPort[] | null;
  readonly endpoints: Endpoint[] | null;
}

export function desiredSlices(svc: KubeObject, pods: readonly KubeObject[]): DesiredSlice[] {
  const spec = serviceSpec(svc);
  const publishNotReady = spec.publishNotReadyAddresses === true;
  const groups = new Map<string, { ports: EndpointPort[]; endpoints: Endpoint[] }>();
  for (const pod of [...pods].sort((a, b) => (podIp(a) < podIp(b) ? -1 : podIp(a) > podIp(b) ? 1 : 0))) {
    if (!shouldPodBeInEndpoints(pod, true)) continue;
    const ports: EndpointPort[] = [];
    for (const sp of spec.ports ?? []) {
      const port = findPort(pod, sp);
      if (port === undefined) continue;
      ports.push({ name: sp.name ?? '', protocol: sp.protocol ?? 'TCP', port, ...(sp.appProtocol ? { appProtocol: sp.appProtocol } : {}) });
    }
    const key = JSON.stringify(ports);
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { ports, endpoints: [] }));
    g.endpoints.push(endpointOf(pod, svc, publishNotReady));
  }
  const out: DesiredSlice[] = [];
  for (const g of groups.values()) {
    for (let i = 0; i < g.endpoints.length; i += MAX_ENDPOINTS_PER_SLICE) {
      out.push({ ports: g.ports, endpoints: g.endpoints.slice(i, i + MAX_ENDPOINTS_PER_SLICE) });
    }
  }
  // A Service that selects nothing keeps a placeholder slice.
  return out.length > 0 ? out : [{ ports: null, endpoints: null }];
}

function endpointOf(pod: KubeObject, svc: KubeObject, publishNotReady: boolean): Endpoint {
  const terminating = pod.metadata.deletionTimestamp !== undefined;
  const serving = publishNotReady || isPodReady(pod);
  const hostname = podHostname(pod, svc);
  const node = podNode(pod);
  return {
    addresses: [podIp(pod)],
    conditions: { ready: serving && !terminating, serving, terminating },
    ...(hostname ? { hostname } : {}),
    ...(node ? { nodeName: node } : {}),
    targetRef: podTargetRef(pod),
  };
}
