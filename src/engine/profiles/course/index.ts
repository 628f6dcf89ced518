// The course profile: the four-node kubeadm + Calico cluster of the "Kubernetes mise en œuvre"
// course, booted the way it was built — kubeadm init, add-ons, three joins, Calico — ten days
// before the student's session starts. Every object goes through the API.

import type { BootContext, Profile } from '../profile.ts';
import { startApiServer } from './apiserver.ts';
import { applyCalico, KUBE_CONTROLLERS_NODE, runCalicoKubeControllers, runCalicoNodes } from './calico.ts';
import { createMirrorPods } from './control-plane.ts';
import { startControllerManagerAndScheduler } from './controller-manager.ts';
import { installCoreDns, startCoreDns } from './coredns.ts';
import {
  API_SERVER, BOOT_MS, CLUSTER_NAME, KUBERNETES_VERSION, MASTER, NODES, POD_CIDR, SERVICE_CIDR, START_MS, TIMELINE_MS, type NodeFacts,
} from './facts.ts';
import type { ImageKey } from './images.ts';
import { installKubeProxy, runKubeProxy } from './kube-proxy.ts';
import { uploadKubeadmConfig } from './kubeadm.ts';
import { KUBECONFIG } from './kubeconfig.ts';
import { renewLease } from './leases.ts';
import { heartbeat, markNetworkReady, registerNode } from './nodes.ts';
import { CA_PEM } from './pki.ts';

/** What `kubeadm config images pull` left on the master, plus containerd's own sandbox image. */
const MASTER_IMAGES: readonly ImageKey[] = ['sandbox', 'pause', 'etcd', 'apiserver', 'controllerManager', 'scheduler', 'proxy', 'coredns'];
const CALICO_IMAGES: readonly ImageKey[] = ['calicoCni', 'calicoNode'];
/** The last heartbeats are posted this long before the student arrives. */
const LAST_HEARTBEAT_BEFORE_START_MS = 1_800;

function imagesOnceNetworked(node: NodeFacts): ImageKey[] {
  const base: ImageKey[] = node.controlPlane ? [...MASTER_IMAGES] : ['sandbox', 'proxy'];
  return [...base, ...CALICO_IMAGES, ...(node === KUBE_CONTROLLERS_NODE ? ['calicoKubeControllers' as const] : [])];
}

function boot(ctx: BootContext): void {
  const at = (msAfterInit: number): void => {
    ctx.clock.advanceTo(BOOT_MS + msAfterInit);
  };
  startApiServer(ctx);
  at(MASTER.registeredMs);
  const master = registerNode(ctx, MASTER, MASTER_IMAGES);
  at(TIMELINE_MS.controllersUp);
  startControllerManagerAndScheduler(ctx);
  at(TIMELINE_MS.mirrorPods);
  createMirrorPods(ctx, master, BOOT_MS);
  at(TIMELINE_MS.kubeadmUpload);
  uploadKubeadmConfig(ctx);
  at(TIMELINE_MS.addons);
  const dns = installCoreDns(ctx);
  const proxy = installKubeProxy(ctx);
  runKubeProxy(ctx, proxy, MASTER);
  for (const worker of NODES.filter((n) => !n.controlPlane)) {
    at(worker.registeredMs);
    registerNode(ctx, worker, []);
    runKubeProxy(ctx, proxy, worker);
  }
  at(TIMELINE_MS.calicoApply);
  const calico = applyCalico(ctx);
  at(TIMELINE_MS.networkReady);
  runCalicoNodes(ctx, calico, BOOT_MS + TIMELINE_MS.calicoApply);
  for (const node of NODES) markNetworkReady(ctx, node, imagesOnceNetworked(node));
  startCoreDns(ctx, dns);
  runCalicoKubeControllers(ctx, calico);
  ctx.clock.advanceTo(START_MS - LAST_HEARTBEAT_BEFORE_START_MS);
  lastHeartbeats(ctx);
}

/** Kubelets, leader-elected controllers and the API server keep their leases fresh. */
function lastHeartbeats(ctx: BootContext): void {
  for (const node of NODES) heartbeat(ctx, node);
  renewLease(ctx, 'kube-system', 'kube-controller-manager', 2_000);
  renewLease(ctx, 'kube-system', 'kube-scheduler', 2_000);
  const identities = ctx.client.list('coordination.k8s.io/leases', 'kube-system', { labelSelector: 'apiserver.kubernetes.io/identity=kube-apiserver' });
  for (const lease of identities) renewLease(ctx, 'kube-system', lease.metadata.name!, 10_000);
}

export const courseProfile: Profile = {
  info: {
    name: 'course',
    bootTimeMs: BOOT_MS,
    startTimeMs: START_MS,
    clusterName: CLUSTER_NAME,
    server: API_SERVER,
    kubernetesVersion: KUBERNETES_VERSION,
    caPem: CA_PEM,
    network: { serviceCidr: SERVICE_CIDR, podCidr: POD_CIDR, nodePortRange: [30000, 32767] },
    kubeconfig: KUBECONFIG,
  },
  boot,
};
