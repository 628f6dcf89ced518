// The course profiles: the four-node kubeadm cluster of the "Kubernetes mise en œuvre" course, booted
// the way it was built — kubeadm init, add-ons, three joins, the CNI (Calico; Flannel for
// `course-flannel`) — ten days before the student's session starts. Every object goes through the API.

import type { BootContext, Profile } from '../profile.ts';
import { startApiServer } from './apiserver.ts';
import { CALICO_CNI } from './calico.ts';
import type { CourseCni } from './cni.ts';
import { createMirrorPods } from './control-plane.ts';
import { startControllerManagerAndScheduler } from './controller-manager.ts';
import { installCoreDns, startCoreDns } from './coredns.ts';
import { API_SERVER, BOOT_MS, CLUSTER_NAME, KUBERNETES_VERSION, SERVICE_CIDR, START_MS, TIMELINE_MS, type NodeFacts } from './facts.ts';
import { FLANNEL_CNI } from './flannel.ts';
import type { ImageKey } from './images.ts';
import { installKubeProxy, runKubeProxy } from './kube-proxy.ts';
import { uploadKubeadmConfig } from './kubeadm.ts';
import { KUBECONFIG } from './kubeconfig.ts';
import { renewLease } from './leases.ts';
import { heartbeat, markNetworkReady, registerNode } from './nodes.ts';
import { CA_PEM } from './pki.ts';

/** What `kubeadm config images pull` left on the master, plus containerd's own sandbox image. */
const MASTER_IMAGES: readonly ImageKey[] = ['sandbox', 'pause', 'etcd', 'apiserver', 'controllerManager', 'scheduler', 'proxy', 'coredns'];
/** The last heartbeats are posted this long before the student arrives. */
const LAST_HEARTBEAT_BEFORE_START_MS = 1_800;

function imagesOnceNetworked(cni: CourseCni, node: NodeFacts): ImageKey[] {
  const base: ImageKey[] = node.controlPlane ? [...MASTER_IMAGES] : ['sandbox', 'proxy'];
  return [...base, ...cni.images(node)];
}

function boot(ctx: BootContext, cni: CourseCni): void {
  const nodes = cni.nodes;
  const master = nodes.find((n) => n.controlPlane)!;
  const at = (msAfterInit: number): void => {
    ctx.clock.advanceTo(BOOT_MS + msAfterInit);
  };
  startApiServer(ctx);
  at(master.registeredMs);
  const masterNode = registerNode(ctx, master, MASTER_IMAGES);
  at(TIMELINE_MS.controllersUp);
  startControllerManagerAndScheduler(ctx);
  at(TIMELINE_MS.mirrorPods);
  createMirrorPods(ctx, masterNode, BOOT_MS, cni.podCidr);
  at(TIMELINE_MS.kubeadmUpload);
  uploadKubeadmConfig(ctx, cni.podCidr);
  at(TIMELINE_MS.addons);
  const dns = installCoreDns(ctx);
  const proxy = installKubeProxy(ctx, cni.podCidr);
  runKubeProxy(ctx, proxy, master);
  for (const worker of nodes.filter((n) => !n.controlPlane)) {
    at(worker.registeredMs);
    registerNode(ctx, worker, []);
    runKubeProxy(ctx, proxy, worker);
  }
  at(TIMELINE_MS.cniApply);
  const installed = cni.apply(ctx);
  at(TIMELINE_MS.networkReady);
  installed.runAgents(ctx, BOOT_MS + TIMELINE_MS.cniApply);
  for (const node of nodes) markNetworkReady(ctx, node, imagesOnceNetworked(cni, node), installed.agentUp(ctx, node));
  startCoreDns(ctx, dns, (index) => cni.podIp(master, index));
  installed.afterNetwork(ctx);
  ctx.clock.advanceTo(START_MS - LAST_HEARTBEAT_BEFORE_START_MS);
  lastHeartbeats(ctx, nodes);
}

/** Kubelets, leader-elected controllers and the API server keep their leases fresh. */
function lastHeartbeats(ctx: BootContext, nodes: readonly NodeFacts[]): void {
  for (const node of nodes) heartbeat(ctx, node);
  renewLease(ctx, 'kube-system', 'kube-controller-manager', 2_000);
  renewLease(ctx, 'kube-system', 'kube-scheduler', 2_000);
  const identities = ctx.client.list('coordination.k8s.io/leases', 'kube-system', { labelSelector: 'apiserver.kubernetes.io/identity=kube-apiserver' });
  for (const lease of identities) renewLease(ctx, 'kube-system', lease.metadata.name!, 10_000);
}

function courseFlavour(cni: CourseCni): Profile {
  return {
    info: {
      name: cni.profile,
      bootTimeMs: BOOT_MS,
      startTimeMs: START_MS,
      clusterName: CLUSTER_NAME,
      server: API_SERVER,
      kubernetesVersion: KUBERNETES_VERSION,
      caPem: CA_PEM,
      network: { serviceCidr: SERVICE_CIDR, podCidr: cni.podCidr, nodePortRange: [30000, 32767] },
      kubeconfig: KUBECONFIG,
    },
    boot: (ctx) => boot(ctx, cni),
  };
}

/** The course's cluster: Calico, which enforces NetworkPolicy. */
export const courseProfile: Profile = courseFlavour(CALICO_CNI);

/** The same cluster built with Flannel: NetworkPolicy objects are accepted and nothing enforces them. */
export const courseFlannelProfile: Profile = courseFlavour(FLANNEL_CNI);
