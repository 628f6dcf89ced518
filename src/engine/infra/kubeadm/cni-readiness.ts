// The kubelet's network readiness on machines kubeadm set up live: a node stays NotReady (cni plugin
// not initialized) until its CNI agent (calico-node, kube-flannel) runs and Ready on it and writes
// the CNI config; then the agent annotates the Node, clears NetworkUnavailable and the kubelet turns
// Ready. Mirrors the kubelet's runtime network condition and the agents' node setup.

import type { KubeObject } from '../../api/types.ts';
import { calicoAgentUp } from '../../profiles/course/calico.ts';
import { NODES } from '../../profiles/course/facts.ts';
import { flannelAgentUp } from '../../profiles/course/flannel.ts';
import { IMAGES, type ImageKey } from '../../profiles/course/images.ts';
import { markNetworkReady, type NetworkAgentUp } from '../../profiles/course/nodes.ts';
import type { BootContext } from '../../profiles/profile.ts';
import { adminContext, type KubeadmHost } from './host.ts';

export const CNI_READINESS_TARGET = 'cni-readiness';
/** The agent's CNI config is on disk and the kubelet's next runtime status check sees it. */
const CONFIG_SEEN_MS = 1_200;

type AgentUp = (ctx: BootContext, node: { name: string; ip: string; tunnelIp: string }) => NetworkAgentUp;
const AGENTS: ReadonlyArray<{ readonly label: string; readonly value: string; readonly up: AgentUp }> = [
  { label: 'k8s-app', value: 'calico-node', up: (_c, node) => calicoAgentUp({ ...NODES[0]!, ...node }) },
  { label: 'app', value: 'flannel', up: (c, node) => flannelAgentUp(c, { ...NODES[0]!, ...node }) },
];

function readyAgent(pod: KubeObject): (typeof AGENTS)[number] | undefined {
  const agent = AGENTS.find((a) => pod.metadata.labels?.[a.label] === a.value);
  const conditions = (pod.status as { conditions?: Array<{ type: string; status: string }> } | undefined)?.conditions ?? [];
  return agent && conditions.some((c) => c.type === 'Ready' && c.status === 'True') ? agent : undefined;
}

/** Follows the CNI agents' pods on the profile's bare machines (a no-op for a profile without them). */
export function watchCniAgents(host: KubeadmHost): void {
  if (!host.info.machines) return;
  host.clock.register(CNI_READINESS_TARGET, (key) => networkUp(host, key));
  host.client('system:kubelets').watch('/pods', (e) => {
    const node = (e.object.spec as { nodeName?: string } | undefined)?.nodeName;
    if (e.type === 'DELETED' || !node || !readyAgent(e.object)) return;
    if (host.kubelets.kubelet(node)?.runtime.networkUnready) host.clock.schedule(CNI_READINESS_TARGET, `${node}\t${e.object.metadata.namespace!}\t${e.object.metadata.name!}`, CONFIG_SEEN_MS);
  });
}

function networkUp(host: KubeadmHost, key: string): void {
  const [node = '', namespace, name = ''] = key.split('\t');
  const runtime = host.kubelets.kubelet(node)?.runtime;
  const pod = host.client('system:kubelets').get('/pods', namespace, name);
  const agent = pod ? readyAgent(pod) : undefined;
  if (!runtime?.networkUnready || !agent) return;
  delete runtime.networkUnready;
  const ctx = adminContext(host);
  const ip = host.machines.resolve(node)?.ip ?? '';
  const tunnelIp = NODES.find((n) => n.name === node)?.tunnelIp ?? ip;
  const images = (Object.keys(IMAGES) as ImageKey[]).filter((k) => runtime.images.includes(IMAGES[k].ref));
  markNetworkReady(ctx, { ...NODES[0]!, name: node, ip, tunnelIp }, images, agent.up(ctx, { name: node, ip, tunnelIp }));
}
