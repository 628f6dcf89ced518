// The cluster's address plan, read from the API objects: who holds an IP (a Service's ClusterIP or
// load-balancer address, a node, a pod), where a machine's traffic leaves from, and which pods
// listen on a node's own addresses (hostNetwork, hostPort).

import type { PodSpec } from 'kubernetes-types/core/v1';
import type { KubeObject } from '../api/types.ts';

/** The student's workstation on the course's host-only network (VirtualBox's host address). */
export const WORKSTATION_IP = '192.168.56.1';

export type NetOrigin =
  | { readonly kind: 'pod'; readonly namespace: string; readonly name: string }
  | { readonly kind: 'node'; readonly node: string }
  | { readonly kind: 'external' };

export interface NetObjects {
  services(): readonly KubeObject[];
  slices(): readonly KubeObject[];
  pods(): readonly KubeObject[];
  nodes(): readonly KubeObject[];
  pod(namespace: string, name: string): KubeObject | undefined;
  node(name: string): KubeObject | undefined;
}

export type Holder =
  | { readonly kind: 'service'; readonly svc: KubeObject; readonly via: 'clusterIP' | 'loadBalancer' }
  | { readonly kind: 'node'; readonly node: KubeObject }
  | { readonly kind: 'pod'; readonly pod: KubeObject };

export function nodeIp(node: KubeObject | undefined): string | undefined {
  const addresses = (node?.status as { addresses?: Array<{ type: string; address: string }> } | undefined)?.addresses ?? [];
  return addresses.find((a) => a.type === 'InternalIP')?.address;
}

export function podIp(pod: KubeObject): string | undefined {
  return (pod.status as { podIP?: string } | undefined)?.podIP;
}

export function podNode(pod: KubeObject): string | undefined {
  return (pod.spec as PodSpec | undefined)?.nodeName;
}

export function isHostNetwork(pod: KubeObject): boolean {
  return (pod.spec as PodSpec | undefined)?.hostNetwork === true;
}

/** A pod whose containers may be reached: bound, with an address, not finished. */
export function isLive(pod: KubeObject): boolean {
  const phase = (pod.status as { phase?: string } | undefined)?.phase;
  return !!podIp(pod) && phase !== 'Succeeded' && phase !== 'Failed';
}

/** Who holds `ip`, if anyone in the cluster does. */
export function holderOf(objects: NetObjects, ip: string): Holder | undefined {
  for (const svc of objects.services()) {
    const spec = svc.spec as { clusterIPs?: string[] };
    if (spec.clusterIPs?.includes(ip)) return { kind: 'service', svc, via: 'clusterIP' };
    const lb = (svc.status as { loadBalancer?: { ingress?: Array<{ ip?: string }> } } | undefined)?.loadBalancer?.ingress ?? [];
    if (lb.some((i) => i.ip === ip)) return { kind: 'service', svc, via: 'loadBalancer' };
  }
  const node = objects.nodes().find((n) => nodeIp(n) === ip);
  if (node) return { kind: 'node', node };
  const pod = objects.pods().find((p) => !isHostNetwork(p) && isLive(p) && podIp(p) === ip);
  return pod ? { kind: 'pod', pod } : undefined;
}

/** The pod answering on a node's own address at `port`: a hostNetwork pod or a hostPort mapping. */
export function nodeListener(objects: NetObjects, node: string, port: number, protocol = 'TCP'): { pod: KubeObject; port: number } | undefined {
  for (const pod of objects.pods()) {
    if (podNode(pod) !== node || !isLive(pod)) continue;
    for (const c of (pod.spec as PodSpec).containers) {
      for (const p of c.ports ?? []) {
        if ((p.protocol ?? 'TCP') !== protocol) continue;
        if (p.hostPort === port) return { pod, port: p.containerPort };
        if (isHostNetwork(pod) && p.containerPort === port) return { pod, port };
      }
    }
  }
  return undefined;
}

/** The address `origin`'s traffic leaves from. */
export function originIp(objects: NetObjects, origin: NetOrigin): string {
  if (origin.kind === 'external') return WORKSTATION_IP;
  if (origin.kind === 'node') return nodeIp(objects.node(origin.node)) ?? '';
  const pod = objects.pod(origin.namespace, origin.name);
  if (!pod) return '';
  return isHostNetwork(pod) ? nodeIp(objects.node(podNode(pod) ?? '')) ?? '' : podIp(pod) ?? '';
}

/** The node `origin` runs on (the workstation is on none). */
export function originNode(objects: NetObjects, origin: NetOrigin): string | undefined {
  if (origin.kind === 'node') return origin.node;
  if (origin.kind === 'pod') return podNode(objects.pod(origin.namespace, origin.name) ?? ({ metadata: {} } as KubeObject));
  return undefined;
}
