// The course's lab: one kubeadm control plane and three workers on a VirtualBox host-only network
// (192.168.56.0/24), Calico IPIP on 192.168.0.0/16 (or Flannel on 10.244.0.0/16), Kubernetes v1.31.4.
// Times are ms after `kubeadm init` (the profile's boot time) unless a name says otherwise.

export const BOOT_MS = Date.UTC(2025, 2, 7, 14, 22, 31);
export const START_MS = Date.UTC(2025, 2, 17, 8, 30, 0);

export const KUBERNETES_VERSION = 'v1.31.4';
export const CLUSTER_NAME = 'kubernetes';
export const MASTER_IP = '192.168.56.11';
export const API_SERVER = `https://${MASTER_IP}:6443`;
export const SERVICE_CIDR = '10.96.0.0/12';
export const POD_CIDR = '192.168.0.0/16';
export const KUBERNETES_SERVICE_IP = '10.96.0.1';
export const DNS_SERVICE_IP = '10.96.0.10';

export const OS_IMAGE = 'Ubuntu 22.04.5 LTS';
export const KERNEL_VERSION = '5.15.0-130-generic';
export const CONTAINER_RUNTIME = 'containerd://1.7.24';
export const CRI_SOCKET = 'unix:///var/run/containerd/containerd.sock';

export interface NodeFacts {
  readonly name: string;
  readonly ip: string;
  readonly controlPlane: boolean;
  /** spec.podCIDR from kube-controller-manager's node IPAM (--allocate-node-cidrs, /24 per node). */
  readonly podCidr: string;
  /** Calico's IPIP tunnel address: the first address of the node's affine /26 IPAM block. */
  readonly tunnelIp: string;
  /** When the node registered: kubeadm init for the control plane, kubeadm join for workers. */
  readonly registeredMs: number;
}

export const NODES: readonly NodeFacts[] = [
  { name: 'k8s-master-1', ip: MASTER_IP, controlPlane: true, podCidr: '192.168.0.0/24', tunnelIp: '192.168.196.0', registeredMs: 3_200 },
  { name: 'k8s-worker-1', ip: '192.168.56.12', controlPlane: false, podCidr: '192.168.1.0/24', tunnelIp: '192.168.118.0', registeredMs: 192_400 },
  { name: 'k8s-worker-2', ip: '192.168.56.13', controlPlane: false, podCidr: '192.168.2.0/24', tunnelIp: '192.168.114.128', registeredMs: 267_900 },
  { name: 'k8s-worker-3', ip: '192.168.56.14', controlPlane: false, podCidr: '192.168.3.0/24', tunnelIp: '192.168.117.192', registeredMs: 341_600 },
];

export const MASTER: NodeFacts = NODES[0]!;

/** The Flannel flavour of the lab: kube-flannel's default network, a /24 per node in join order. */
export const FLANNEL_POD_CIDR = '10.244.0.0/16';
export const FLANNEL_NODES: readonly NodeFacts[] = NODES.map((node, i) => ({ ...node, podCidr: `10.244.${i}.0/24` }));

/** The `index`-th pod address of a node's Calico block (the tunnel holds index 0). */
export function blockIp(node: NodeFacts, index: number): string {
  const parts = node.tunnelIp.split('.').map(Number);
  return `${parts[0]}.${parts[1]}.${parts[2]}.${parts[3]! + index}`;
}

/** The boot timeline, after kubeadm init. */
export const TIMELINE_MS = {
  /** kube-controller-manager and kube-scheduler win their leader election. */
  controllersUp: 4_100,
  /** The kubelet mirrors the control-plane static pods into the API. */
  mirrorPods: 5_600,
  /** kubeadm uploads its config, marks the control plane, writes RBAC and cluster-info. */
  kubeadmUpload: 8_300,
  /** kubeadm's addons phase: CoreDNS and kube-proxy. */
  addons: 10_900,
  /** The student's `kubectl apply -f calico.yaml` (or kube-flannel.yml), once the workers have joined. */
  cniApply: 472_000,
  /** The CNI's node agent is up everywhere: CNI installed, nodes Ready, pending pods scheduled. */
  networkReady: 510_000,
} as const;

export const CAPACITY = {
  cpu: '2',
  memoryKi: 4015876,
  /** The root filesystem of the 40 GB Vagrant disk. */
  ephemeralStorageKi: 40581564,
  pods: '110',
} as const;
