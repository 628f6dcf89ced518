// A CNI flavour of the course cluster: its pod network, the objects its manifest creates, and what
// its node agents write once they run. Calico (calico.ts) and Flannel (flannel.ts) provide one each.

import type { BootContext } from '../profile.ts';
import type { NodeFacts } from './facts.ts';
import type { ImageKey } from './images.ts';
import type { NetworkAgentUp } from './nodes.ts';

export interface CourseCni {
  /** The profile's name. */
  readonly profile: string;
  /** kubeadm's podSubnet: kube-controller-manager's --cluster-cidr, kube-proxy's clusterCIDR. */
  readonly podCidr: string;
  /** The lab's machines, with the podCIDR node IPAM gave each. */
  readonly nodes: readonly NodeFacts[];
  /** The `index`-th pod address the CNI's IPAM hands out on a node (1 for the first pod). */
  podIp(node: NodeFacts, index: number): string;
  /** The images the CNI's pods pulled on a node. */
  images(node: NodeFacts): readonly ImageKey[];
  /** `kubectl apply -f` of the CNI's manifest. */
  apply(ctx: BootContext): CniInstall;
}

export interface CniInstall {
  /** The node agents have run everywhere: Running and Ready on the host network. */
  runAgents(ctx: BootContext, appliedMs: number): void;
  /** What the agent writes on its Node. */
  agentUp(ctx: BootContext, node: NodeFacts): NetworkAgentUp;
  /** What starts once the pod network is up, after CoreDNS. */
  afterNetwork(ctx: BootContext): void;
}
