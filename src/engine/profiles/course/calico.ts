// Calico goes in with `kubectl apply -f calico.yaml`: calico-node on every node (host network;
// pulls its images, runs its three init containers, then installs the CNI config that lets the
// kubelets turn Ready) and calico-kube-controllers on the pod network of k8s-worker-2.

import type { KubeObject } from '../../api/types.ts';
import { rfc3339 } from '../../base/time.ts';
import type { BootContext } from '../profile.ts';
import type { CourseCni } from './cni.ts';
import type { NetworkAgentUp } from './nodes.ts';
import { NODES, POD_CIDR, blockIp, type NodeFacts } from './facts.ts';
import {
  CALICO_CLUSTER_ROLE_BINDINGS, CALICO_CLUSTER_ROLES, CALICO_CONFIG, CALICO_KUBE_CONTROLLERS, CALICO_KUBE_CONTROLLERS_PDB,
  CALICO_NODE, CALICO_SERVICE_ACCOUNTS,
} from './calico-manifests.ts';
import { createClusterRoleBindings, createClusterRoles } from './rbac.ts';
import { syncDaemonSetStatus, syncDeploymentStatus } from './workload-status.ts';
import { createDaemonPod, createDaemonSet, createDeployment, createReplicaPod, startPod } from './workloads.ts';

/** Where the scheduler put calico-kube-controllers once a worker was Ready (least allocated). */
export const KUBE_CONTROLLERS_NODE: NodeFacts = NODES[2]!;
/** Pulling calico/cni and calico/node takes a while on the lab's network. */
const IMAGE_PULL_MS = { min: 16_000, spread: 6_000 } as const;
/** Three init containers, then felix and bird report ready. */
const NODE_READY_AFTER_START_MS = 15_500;
const KUBE_CONTROLLERS_START_MS = 4_200;
const KUBE_CONTROLLERS_READY_MS = 9_700;

export interface Calico {
  readonly daemonSet: KubeObject;
  readonly nodePods: ReadonlyMap<string, KubeObject>;
  readonly deployment: KubeObject;
  readonly replicaSet: KubeObject;
  readonly controllersPod: KubeObject;
}

/**
 * The manifest's objects, and what the controllers make of them at once. Deviation from upstream:
 * the calico-kube-controllers pod is bound to its node at creation (the API offers no binding
 * subresource); the scheduler would have bound it when the first worker turned Ready.
 */
export function applyCalico(ctx: BootContext): Calico {
  const { client } = ctx;
  for (const name of CALICO_SERVICE_ACCOUNTS) {
    client.create('/serviceaccounts', { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name, namespace: 'kube-system' } });
  }
  client.create('/configmaps', CALICO_CONFIG);
  createClusterRoles(ctx, CALICO_CLUSTER_ROLES, false);
  createClusterRoleBindings(ctx, CALICO_CLUSTER_ROLE_BINDINGS, false);
  client.create('policy/poddisruptionbudgets', CALICO_KUBE_CONTROLLERS_PDB);
  const daemonSet = createDaemonSet(ctx, CALICO_NODE);
  const nodePods = new Map(NODES.map((node) => [node.name, createDaemonPod(ctx, daemonSet, node)] as const));
  syncDaemonSetStatus(ctx, daemonSet, NODES.length);
  const { deployment, replicaSet } = createDeployment(ctx, CALICO_KUBE_CONTROLLERS);
  const controllersPod = createReplicaPod(ctx, replicaSet, KUBE_CONTROLLERS_NODE);
  syncDeploymentStatus(ctx, deployment, replicaSet);
  return { daemonSet, nodePods, deployment, replicaSet, controllersPod };
}

/** calico-node has run everywhere: its pods are Running and Ready (on the host network). */
export function runCalicoNodes(ctx: BootContext, calico: Calico, appliedMs: number): void {
  for (const node of NODES) {
    const startedMs = appliedMs + IMAGE_PULL_MS.min + ctx.rand.int(IMAGE_PULL_MS.spread);
    const pod = calico.nodePods.get(node.name)!;
    startPod(ctx, pod, node, node.ip, { scheduledMs: appliedMs, startedMs, readyMs: startedMs + NODE_READY_AFTER_START_MS });
  }
  syncDaemonSetStatus(ctx, calico.daemonSet, NODES.length);
}

/** The pod network is up: calico-kube-controllers gets its address and starts; the PDB is met. */
export function runCalicoKubeControllers(ctx: BootContext, calico: Calico): void {
  const scheduledMs = ctx.clock.nowMs;
  ctx.clock.advanceTo(scheduledMs + KUBE_CONTROLLERS_READY_MS);
  const times = { scheduledMs, startedMs: scheduledMs + KUBE_CONTROLLERS_START_MS, readyMs: ctx.clock.nowMs };
  startPod(ctx, calico.controllersPod, KUBE_CONTROLLERS_NODE, blockIp(KUBE_CONTROLLERS_NODE, 1), times);
  syncDeploymentStatus(ctx, calico.deployment, calico.replicaSet);
  const pdb = ctx.client.get('policy/poddisruptionbudgets', 'kube-system', CALICO_KUBE_CONTROLLERS_PDB.metadata.name!)!;
  ctx.client.updateStatus('policy/poddisruptionbudgets', {
    ...pdb,
    status: {
      observedGeneration: pdb.metadata.generation ?? 1,
      disruptionsAllowed: 1,
      currentHealthy: 1,
      desiredHealthy: 0,
      expectedPods: 1,
      conditions: [{
        type: 'DisruptionAllowed', status: 'True', observedGeneration: pdb.metadata.generation ?? 1,
        lastTransitionTime: rfc3339(times.readyMs), reason: 'SufficientPods', message: '',
      }],
    },
  });
}

/** What calico-node writes on its Node once it runs. */
export function calicoAgentUp(node: NodeFacts): NetworkAgentUp {
  return {
    annotations: { 'projectcalico.org/IPv4Address': `${node.ip}/24`, 'projectcalico.org/IPv4IPIPTunnelAddr': node.tunnelIp },
    reason: 'CalicoIsUp',
    message: 'Calico is running on this node',
  };
}

/** The course's cluster as built: Calico, pod addresses from each node's affine /26 block. */
export const CALICO_CNI: CourseCni = {
  profile: 'course',
  podCidr: POD_CIDR,
  nodes: NODES,
  podIp: blockIp,
  images: (node) => ['calicoCni', 'calicoNode', ...(node === KUBE_CONTROLLERS_NODE ? ['calicoKubeControllers' as const] : [])],
  apply: (ctx) => {
    const calico = applyCalico(ctx);
    return {
      runAgents: (c, appliedMs) => runCalicoNodes(c, calico, appliedMs),
      agentUp: (_c, node) => calicoAgentUp(node),
      afterNetwork: (c) => runCalicoKubeControllers(c, calico),
    };
  },
};
