// kube-proxy's part of a connection to a Service: the ready endpoints behind one of its ports (from
// the EndpointSlices), the pick iptables mode makes (uniformly random; ClientIP affinity sticks a
// client to one), and externalTrafficPolicy/internalTrafficPolicy Local keeping to the node's own.

import type { KubeObject } from '../api/types.ts';
import { fnv32a } from '../base/names.ts';
import type { SeededRandom } from '../base/rand.ts';

export interface ServicePort {
  readonly name?: string;
  readonly protocol?: string;
  readonly port: number;
  readonly targetPort?: number | string;
  readonly nodePort?: number;
}

export interface Backend {
  readonly ip: string;
  readonly port: number;
  readonly nodeName?: string;
}

interface SliceEndpoint {
  readonly addresses: readonly string[];
  readonly conditions?: { readonly ready?: boolean };
  readonly nodeName?: string;
}

interface SliceShape {
  readonly endpoints?: readonly SliceEndpoint[] | null;
  readonly ports?: ReadonlyArray<{ readonly name?: string; readonly port?: number; readonly protocol?: string }> | null;
}

export const SERVICE_NAME_LABEL = 'kubernetes.io/service-name';

export function servicePorts(svc: KubeObject): readonly ServicePort[] {
  return ((svc.spec as { ports?: ServicePort[] } | undefined)?.ports ?? []);
}

/** The ready backends of `port` of `svc`, in slice order; `onNode` keeps those on one node (Local policy). */
export function readyBackends(svc: KubeObject, port: ServicePort, slices: readonly KubeObject[], onNode?: string): Backend[] {
  const out: Backend[] = [];
  const name = port.name ?? '';
  const protocol = port.protocol ?? 'TCP';
  for (const slice of slices) {
    if (slice.metadata.namespace !== svc.metadata.namespace || slice.metadata.labels?.[SERVICE_NAME_LABEL] !== svc.metadata.name) continue;
    const s = slice as unknown as SliceShape;
    const sp = (s.ports ?? []).find((p) => (p.name ?? '') === name && (p.protocol ?? 'TCP') === protocol);
    if (!sp?.port) continue;
    for (const ep of s.endpoints ?? []) {
      if (ep.conditions?.ready === false) continue;
      if (onNode !== undefined && ep.nodeName !== onNode) continue;
      for (const ip of ep.addresses) out.push({ ip, port: sp.port, ...(ep.nodeName ? { nodeName: ep.nodeName } : {}) });
    }
  }
  return out;
}

/** One backend as iptables mode picks it: at random, or by client address under ClientIP affinity. */
export function pickBackend(svc: KubeObject, backends: readonly Backend[], clientIp: string, rand: SeededRandom): Backend | undefined {
  if (backends.length === 0) return undefined;
  if (backends.length === 1) return backends[0];
  const affinity = (svc.spec as { sessionAffinity?: string } | undefined)?.sessionAffinity === 'ClientIP';
  const i = affinity ? fnv32a(`${svc.metadata.uid ?? ''}/${clientIp}`) % backends.length : rand.int(backends.length);
  return backends[i];
}
