// NetworkPolicy semantics (networking.k8s.io/v1): which policies isolate a pod for ingress or
// egress, and whether one of their rules admits a packet's peer and port. Mirrors the API's
// documented contract (types.go of networking/v1) as Calico's Felix enforces it.

import type { ContainerPort, PodSpec } from 'kubernetes-types/core/v1';
import type { NetworkPolicyPeer, NetworkPolicyPort, NetworkPolicySpec } from 'kubernetes-types/networking/v1';
import type { KubeObject } from '../api/types.ts';
import { labelSelectorMatches } from '../api/selectors/label-selector.ts';
import { ipToInt, parseCidr } from '../apiserver/allocators.ts';

/** One end of a packet: its address, and the pod-network pod holding it, if one does. */
export interface PolicyEndpoint {
  readonly ip: string;
  readonly pod?: KubeObject;
}

/** A packet as the policy sees it: after kube-proxy's DNAT (and SNAT, where it applies). */
export interface Packet {
  readonly src: PolicyEndpoint;
  readonly dst: PolicyEndpoint;
  readonly port: number;
  readonly protocol: string;
}

export interface PolicyView {
  /** The NetworkPolicies of a namespace. */
  policies(namespace: string): readonly KubeObject[];
  /** A namespace's labels; undefined when it does not exist. */
  namespaceLabels(name: string): Readonly<Record<string, string>> | undefined;
}

type Direction = 'Ingress' | 'Egress';

const specOf = (np: KubeObject): NetworkPolicySpec => (np.spec ?? {}) as NetworkPolicySpec;

/** spec.policyTypes, defaulted as the API does: Ingress, plus Egress when egress rules exist. */
export function policyTypesOf(spec: NetworkPolicySpec): readonly string[] {
  if ((spec.policyTypes ?? []).length > 0) return spec.policyTypes!;
  return (spec.egress ?? []).length > 0 ? ['Ingress', 'Egress'] : ['Ingress'];
}

/** The policies of the pod's namespace that select it for `direction`. */
export function isolatingPolicies(view: PolicyView, pod: KubeObject, direction: Direction): KubeObject[] {
  const labels = pod.metadata.labels ?? {};
  return view.policies(pod.metadata.namespace!).filter((np) => {
    const spec = specOf(np);
    return policyTypesOf(spec).includes(direction) && labelSelectorMatches(spec.podSelector, labels);
  });
}

/** Whether the destination pod accepts the packet: not isolated for ingress, or a rule allows it. */
export function ingressAllowed(view: PolicyView, packet: Packet): boolean {
  const pod = packet.dst.pod;
  if (!pod) return true;
  const policies = isolatingPolicies(view, pod, 'Ingress');
  if (policies.length === 0) return true;
  return policies.some((np) => (specOf(np).ingress ?? []).some((rule) =>
    portsMatch(rule.ports, packet) && peersMatch(view, np, rule.from, packet.src)));
}

/** Whether the source pod may send the packet: not isolated for egress, or a rule allows it. */
export function egressAllowed(view: PolicyView, packet: Packet): boolean {
  const pod = packet.src.pod;
  if (!pod) return true;
  const policies = isolatingPolicies(view, pod, 'Egress');
  if (policies.length === 0) return true;
  return policies.some((np) => (specOf(np).egress ?? []).some((rule) =>
    portsMatch(rule.ports, packet) && peersMatch(view, np, rule.to, packet.dst)));
}

/** An empty or missing list of peers matches every peer. */
function peersMatch(view: PolicyView, np: KubeObject, peers: readonly NetworkPolicyPeer[] | undefined, peer: PolicyEndpoint): boolean {
  return (peers ?? []).length === 0 || peers!.some((p) => peerMatches(view, np.metadata.namespace!, p, peer));
}

/**
 * podSelector alone: pods of the policy's namespace; namespaceSelector alone: every pod of the
 * selected namespaces; both: the selected pods of the selected namespaces; ipBlock: the address.
 */
function peerMatches(view: PolicyView, policyNamespace: string, peer: NetworkPolicyPeer, endpoint: PolicyEndpoint): boolean {
  if (peer.ipBlock) {
    return inCidr(endpoint.ip, peer.ipBlock.cidr) && !(peer.ipBlock.except ?? []).some((c) => inCidr(endpoint.ip, c));
  }
  const pod = endpoint.pod;
  if (!pod) return false;
  const namespace = pod.metadata.namespace!;
  if (peer.namespaceSelector) {
    const nsLabels = view.namespaceLabels(namespace);
    if (!nsLabels || !labelSelectorMatches(peer.namespaceSelector, nsLabels)) return false;
  } else if (namespace !== policyNamespace) {
    return false;
  }
  return !peer.podSelector || labelSelectorMatches(peer.podSelector, pod.metadata.labels ?? {});
}

/** An empty or missing list of ports matches every port and protocol. */
function portsMatch(ports: readonly NetworkPolicyPort[] | undefined, packet: Packet): boolean {
  return (ports ?? []).length === 0 || ports!.some((p) => portMatches(p, packet));
}

function portMatches(p: NetworkPolicyPort, packet: Packet): boolean {
  const protocol = p.protocol ?? 'TCP';
  if (protocol !== packet.protocol) return false;
  if (p.port === undefined) return true;
  const port = typeof p.port === 'number' ? p.port : namedPort(packet.dst.pod, p.port, protocol);
  if (port === undefined) return false;
  return p.endPort === undefined ? packet.port === port : packet.port >= port && packet.port <= p.endPort;
}

/** A named port, resolved on the destination pod's containers. */
function namedPort(pod: KubeObject | undefined, name: string, protocol: string): number | undefined {
  const containers = (pod?.spec as PodSpec | undefined)?.containers ?? [];
  const ports: ContainerPort[] = containers.flatMap((c) => c.ports ?? []);
  return ports.find((cp) => cp.name === name && (cp.protocol ?? 'TCP') === protocol)?.containerPort;
}

/** Whether an IPv4 address lies in a CIDR (IPv6 blocks hold no IPv4 address). */
export function inCidr(ip: string, cidr: string): boolean {
  if (cidr.includes(':')) return false;
  const addr = ipToInt(ip);
  if (addr === undefined) return false;
  const [base, bits] = parseCidr(cidr);
  const size = 2 ** (32 - bits);
  return Math.floor(addr / size) === Math.floor(base / size);
}
