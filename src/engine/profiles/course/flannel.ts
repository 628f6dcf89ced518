// Flannel goes in with `kubectl apply -f kube-flannel.yml`: kube-flannel-ds on every node (host
// network; two init containers copy the CNI plugin and its config, then flanneld leases the node's
// podCIDR and annotates the Node). Pods get addresses from the node's podCIDR; no NetworkPolicy.

import type { KubeObject } from '../../api/types.ts';
import type { BootContext } from '../profile.ts';
import type { CourseCni } from './cni.ts';
import type { NetworkAgentUp } from './nodes.ts';
import { FLANNEL_NODES, FLANNEL_POD_CIDR, type NodeFacts } from './facts.ts';
import {
  FLANNEL_CLUSTER_ROLE_BINDINGS, FLANNEL_CLUSTER_ROLES, FLANNEL_CONFIG, FLANNEL_DAEMON_SET, FLANNEL_NAMESPACE_OBJECT, FLANNEL_SERVICE_ACCOUNT,
} from './flannel-manifests.ts';
import { createClusterRoleBindings, createClusterRoles } from './rbac.ts';
import { syncDaemonSetStatus } from './workload-status.ts';
import { createDaemonPod, createDaemonSet, startPod } from './workloads.ts';

/** Pulling flannel-cni-plugin and flannel on the lab's network. */
const IMAGE_PULL_MS = { min: 7_000, spread: 4_000 } as const;
/** Two init containers (1.4 s each), then flanneld is up; it has no readiness probe. */
const READY_AFTER_START_MS = 3_100;

/** A node's `index`-th address in its podCIDR: the cni0 bridge holds .1, host-local hands out from .2. */
function podCidrIp(node: NodeFacts, index: number): string {
  const [a, b, c, d] = node.podCidr.split('/')[0]!.split('.').map(Number) as [number, number, number, number];
  return `${a}.${b}.${c}.${d + 1 + index}`;
}

/** The VXLAN device's MAC: random, locally administered. */
function vtepMac(ctx: BootContext): string {
  const bytes = ctx.rand.hex(12).match(/../g)!.map((h) => parseInt(h, 16));
  bytes[0] = (bytes[0]! & 0xfe) | 0x02;
  return bytes.map((b) => b.toString(16).padStart(2, '0')).join(':');
}

function applyFlannel(ctx: BootContext): { daemonSet: KubeObject; pods: ReadonlyMap<string, KubeObject> } {
  const { client } = ctx;
  client.create('/namespaces', FLANNEL_NAMESPACE_OBJECT);
  createClusterRoles(ctx, FLANNEL_CLUSTER_ROLES, false);
  createClusterRoleBindings(ctx, FLANNEL_CLUSTER_ROLE_BINDINGS, false);
  client.create('/serviceaccounts', FLANNEL_SERVICE_ACCOUNT);
  client.create('/configmaps', FLANNEL_CONFIG);
  const daemonSet = createDaemonSet(ctx, FLANNEL_DAEMON_SET);
  const pods = new Map(FLANNEL_NODES.map((node) => [node.name, createDaemonPod(ctx, daemonSet, node)] as const));
  syncDaemonSetStatus(ctx, daemonSet, FLANNEL_NODES.length);
  return { daemonSet, pods };
}

/** What flanneld writes on its Node once it has leased the node's subnet. */
export function flannelAgentUp(c: BootContext, node: NodeFacts): NetworkAgentUp {
  return {
    annotations: {
      'flannel.alpha.coreos.com/backend-data': JSON.stringify({ VNI: 1, VtepMAC: vtepMac(c) }),
      'flannel.alpha.coreos.com/backend-type': 'vxlan',
      'flannel.alpha.coreos.com/kube-subnet-manager': 'true',
      'flannel.alpha.coreos.com/public-ip': node.ip,
    },
    reason: 'FlannelIsUp',
    message: 'Flannel is running on this node',
  };
}

/** The course cluster built with Flannel instead of Calico: pod network 10.244.0.0/16, a /24 per node. */
export const FLANNEL_CNI: CourseCni = {
  profile: 'course-flannel',
  podCidr: FLANNEL_POD_CIDR,
  nodes: FLANNEL_NODES,
  podIp: podCidrIp,
  images: () => ['flannel', 'flannelCniPlugin'],
  apply: (ctx) => {
    const flannel = applyFlannel(ctx);
    return {
      runAgents: (c, appliedMs) => {
        for (const node of FLANNEL_NODES) {
          const startedMs = appliedMs + IMAGE_PULL_MS.min + c.rand.int(IMAGE_PULL_MS.spread);
          startPod(c, flannel.pods.get(node.name)!, node, node.ip, { scheduledMs: appliedMs, startedMs, readyMs: startedMs + READY_AFTER_START_MS });
        }
        syncDaemonSetStatus(c, flannel.daemonSet, FLANNEL_NODES.length);
      },
      agentUp: flannelAgentUp,
      afterNetwork: () => undefined,
    };
  },
};
