// NetworkPolicy enforcement as the CNI does it: Calico's calico-node (Felix) filters the traffic of
// the pods on its node — egress on the source's node, ingress on the destination's — and nothing is
// filtered where it does not run (Flannel enforces no policy). Traffic from a node to its own pods passes.

import type { KubeObject } from '../api/types.ts';
import type { VirtualClock } from '../base/clock.ts';
import type { ApiClient } from '../client/client.ts';
import { ControlledIndex } from '../controllers/common/controlled-index.ts';
import { holderOf, isHostNetwork, isLive, nodeIp, podIp, podNode, WORKSTATION_IP, type NetObjects, type NetOrigin } from './addresses.ts';
import { egressAllowed, ingressAllowed, type PolicyEndpoint, type PolicyView } from './policy.ts';

const LOOPBACK = /^127\./;
const CALICO_NODE_LABEL = 'calico-node';

/** A connection as kube-proxy delivered it: dialed to `ip:dialedPort`, arrived at `pod:port`. */
export interface Delivery {
  readonly ip: string;
  readonly dialedPort: number;
  readonly pod: KubeObject;
  readonly port: number;
  readonly protocol: string;
}

interface Source {
  readonly endpoint: PolicyEndpoint;
  readonly node: string | undefined;
}

export class PolicyEnforcer {
  private readonly view: PolicyView;

  constructor(client: ApiClient, clock: VirtualClock, private readonly objects: NetObjects) {
    const policies = new ControlledIndex(client, 'networking.k8s.io/networkpolicies', clock, 'network-policy');
    const namespaces = new ControlledIndex(client, '/namespaces', clock, 'network-policy');
    this.view = {
      policies: (namespace) => policies.all().filter((np) => np.metadata.namespace === namespace),
      namespaceLabels: (name) => {
        const ns = namespaces.get(undefined, name);
        return ns ? ns.metadata.labels ?? {} : undefined;
      },
    };
  }

  /**
   * Whether a connection from `origin` gets through. A NodePort dialed on another node is not yet
   * translated when it leaves the source (egress sees that node's address and port) and arrives
   * masqueraded to that node's address. A pod talking to itself and `kubectl port-forward` (inside
   * the pod) are never filtered.
   */
  admits(origin: NetOrigin, delivery: Delivery): boolean {
    const { ip, pod, port, protocol } = delivery;
    if (origin.kind === 'external' && (LOOPBACK.test(ip) || ip === WORKSTATION_IP)) return true;
    if (origin.kind === 'pod' && origin.namespace === pod.metadata.namespace && origin.name === pod.metadata.name) return true;
    const source = this.sourceOf(origin);
    const receiver = holderOf(this.objects, ip);
    const viaNode = receiver?.kind === 'node' ? receiver.node : undefined;
    const dstNode = podNode(pod);
    const dstPod = isHostNetwork(pod) ? undefined : pod;
    const dst: PolicyEndpoint = dstPod ? { ip: podIp(pod) ?? '', pod } : { ip: nodeIp(this.objects.node(dstNode ?? '')) ?? ip };
    if (source.endpoint.pod && this.enforcedOn(source.node)) {
      const toOtherNode = viaNode && viaNode.metadata.name !== source.node;
      const egressDst: PolicyEndpoint = toOtherNode ? { ip } : dst;
      if (!egressAllowed(this.view, { src: source.endpoint, dst: egressDst, port: toOtherNode ? delivery.dialedPort : port, protocol })) return false;
    }
    if (!dstPod || !this.enforcedOn(dstNode)) return true;
    const masqueraded = viaNode && viaNode.metadata.name !== dstNode;
    const src: PolicyEndpoint = masqueraded ? { ip } : source.endpoint;
    if (!src.pod && src.ip === nodeIp(this.objects.node(dstNode ?? ''))) return true;
    return ingressAllowed(this.view, { src, dst, port, protocol });
  }

  /** Where the packet comes from: a pod-network pod, or a host (a node, a hostNetwork pod, the workstation). */
  private sourceOf(origin: NetOrigin): Source {
    if (origin.kind === 'external') return { endpoint: { ip: WORKSTATION_IP }, node: undefined };
    if (origin.kind === 'node') return { endpoint: { ip: nodeIp(this.objects.node(origin.node)) ?? '' }, node: origin.node };
    const pod = this.objects.pod(origin.namespace, origin.name);
    const node = pod ? podNode(pod) : undefined;
    if (!pod || isHostNetwork(pod)) return { endpoint: { ip: nodeIp(this.objects.node(node ?? '')) ?? '' }, node };
    return { endpoint: { ip: podIp(pod) ?? '', pod }, node };
  }

  /** Policy is enforced on a node where calico-node runs and is Ready. */
  private enforcedOn(node: string | undefined): boolean {
    if (!node) return false;
    return this.objects.pods().some((p) => p.metadata.labels?.['k8s-app'] === CALICO_NODE_LABEL && podNode(p) === node && isLive(p) && isReady(p));
  }
}

function isReady(pod: KubeObject): boolean {
  const conditions = (pod.status as { conditions?: Array<{ type: string; status: string }> } | undefined)?.conditions ?? [];
  return conditions.some((c) => c.type === 'Ready' && c.status === 'True');
}
