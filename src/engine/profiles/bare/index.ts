// The `bare` profile: the course's four Ubuntu machines before `kubeadm init` — containerd running,
// kubeadm, kubelet and kubectl v1.31.4 installed, the kubelet enabled and crash-looping for want of
// its config. Design: the Cluster exists with an empty store; nothing reaches its API server until
// `kubeadm init` starts the control plane on k8s-master-1 (src/engine/infra/kubeadm/init.ts).

import { API_SERVER, CLUSTER_NAME, KUBERNETES_VERSION, NODES, POD_CIDR, SERVICE_CIDR, START_MS } from '../course/facts.ts';
import { CA_PEM } from '../course/pki.ts';
import type { Profile } from '../profile.ts';

/** The machines were provisioned (vagrant up) this long before the student arrives. */
const PROVISIONED_BEFORE_START_MS = 25 * 60_000;

export const bareProfile: Profile = {
  info: {
    name: 'bare',
    bootTimeMs: START_MS - PROVISIONED_BEFORE_START_MS,
    startTimeMs: START_MS,
    clusterName: CLUSTER_NAME,
    server: API_SERVER,
    kubernetesVersion: KUBERNETES_VERSION,
    caPem: CA_PEM,
    network: { serviceCidr: SERVICE_CIDR, podCidr: POD_CIDR, nodePortRange: [30000, 32767] },
    kubeconfig: '',
    machines: NODES.map((n) => ({ name: n.name, ip: n.ip })),
  },
  boot: () => undefined,
};
