// The scale cluster's facts: N identical kubeadm workers (8 CPU, 32Gi allocatable, 110 pods) on one
// /16 host network, a /24 per node from the pod network — 10.244.0.0/16 up to 256 nodes, 10.128.0.0/10
// beyond (no CNI add-on: the kubelet's bridge hands out podCIDR addresses) — and the images every
// node has pulled already.

export const BOOT_MS = Date.UTC(2025, 2, 17, 8, 0, 0);
/** The nodes register at boot; the session opens a minute later, when leases and status are fresh. */
export const START_MS = BOOT_MS + 60_000;

export const CLUSTER_NAME = 'kubernetes';
export const API_SERVER_IP = '10.0.0.2';
export const API_SERVER = `https://${API_SERVER_IP}:6443`;
export const SERVICE_CIDR = '10.96.0.0/12';
export const POD_CIDR = '10.244.0.0/16';
/** The pod network of clusters past 256 nodes (kubeadm's --pod-network-cidr must hold a /24 per node). */
export const LARGE_POD_CIDR = '10.128.0.0/10';
export const KUBERNETES_SERVICE_IP = '10.96.0.1';

/** Up to this many nodes, one /24 of POD_CIDR each; beyond, of LARGE_POD_CIDR. */
export const SMALL_MAX_NODES = 256;
/** The upstream scalability envelope (and far less than LARGE_POD_CIDR's 16,384 /24s). */
export const MAX_NODES = 5_000;

export function podCidrOf(nodes: number): string {
  return nodes <= SMALL_MAX_NODES ? POD_CIDR : LARGE_POD_CIDR;
}

export const CAPACITY = {
  cpu: '8',
  /** 32Gi allocatable + the kubelet's memory.available<100Mi eviction threshold. */
  memoryKi: 33_554_432 + 102_400,
  allocatableMemoryKi: 33_554_432,
  ephemeralStorageKi: 102_626_232,
  /** nodefs.available<10%. */
  evictionNodefsPercent: 10,
  pods: '110',
} as const;

/** What containerd holds on every node, by normalised reference. */
export const NODE_IMAGES: readonly string[] = [
  'registry.k8s.io/pause:3.8',
  'registry.k8s.io/pause:3.10',
  'docker.io/library/busybox:latest',
  'docker.io/library/nginx:latest',
];

export interface ScaleNodeFacts {
  readonly name: string;
  readonly ip: string;
  readonly podCidr: string;
}

/** The `index`-th worker (0-based) of `nodes`: worker-001 at 10.0.1.2 with podCIDR 10.244.0.0/24. */
export function scaleNode(index: number, nodes: number): ScaleNodeFacts {
  return {
    name: `worker-${String(index + 1).padStart(3, '0')}`,
    ip: `10.0.${1 + (index >> 7)}.${2 + (index & 127)}`,
    podCidr: nodes <= SMALL_MAX_NODES ? `10.244.${index}.0/24` : `10.${128 + (index >> 8)}.${index & 255}.0/24`,
  };
}
