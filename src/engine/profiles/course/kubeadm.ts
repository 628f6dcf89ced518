// What `kubeadm init` writes through the API once the control plane answers: the uploaded
// ClusterConfiguration and KubeletConfiguration, the public cluster-info for joining nodes, and
// the RBAC that lets bootstrap tokens join. Mirrors kubeadm's upload-config and bootstrap-token phases.

import { kubeletConfiguration } from '../../infra/machine/kubelet-config.ts';
import type { BootContext } from '../profile.ts';
import { encodeBase64Text as base64 } from '../../base/base64.ts';
import { API_SERVER, CLUSTER_NAME, DNS_SERVICE_IP, KUBERNETES_VERSION, SERVICE_CIDR } from './facts.ts';
import { CA_PEM } from './pki.ts';
import { createClusterRoleBindings, createClusterRoles, createRoleBindings, createRoles, group, rule, user } from './rbac.ts';

const DEFAULT_NODE_TOKEN = 'system:bootstrappers:kubeadm:default-node-token';

const clusterConfiguration = (podCidr: string): string => `apiServer: {}
apiVersion: kubeadm.k8s.io/v1beta4
caCertificateValidityPeriod: 87600h0m0s
certificateValidityPeriod: 8760h0m0s
certificatesDir: /etc/kubernetes/pki
clusterName: ${CLUSTER_NAME}
controllerManager: {}
dns: {}
encryptionAlgorithm: RSA-2048
etcd:
  local:
    dataDir: /var/lib/etcd
imageRepository: registry.k8s.io
kind: ClusterConfiguration
kubernetesVersion: ${KUBERNETES_VERSION}
networking:
  dnsDomain: cluster.local
  podSubnet: ${podCidr}
  serviceSubnet: ${SERVICE_CIDR}
proxy: {}
scheduler: {}
`;

/** kube-public/cluster-info: the CA and server a joining node trusts (jws signatures expired with the token). */
const CLUSTER_INFO = `apiVersion: v1
clusters:
- cluster:
    certificate-authority-data: ${base64(CA_PEM)}
    server: ${API_SERVER}
  name: ""
contexts: null
current-context: ""
kind: Config
preferences: {}
users: null
`;

export function uploadKubeadmConfig(ctx: BootContext, podCidr: string): void {
  const { client, rand } = ctx;
  client.create('/configmaps', {
    apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'kubeadm-config', namespace: 'kube-system' },
    data: { ClusterConfiguration: clusterConfiguration(podCidr) },
  });
  client.create('/configmaps', {
    apiVersion: 'v1', kind: 'ConfigMap',
    metadata: {
      name: 'kubelet-config', namespace: 'kube-system',
      annotations: { 'kubeadm.kubernetes.io/component-config.hash': `sha256:${rand.hex(64)}` },
    },
    data: { kubelet: kubeletConfiguration(DNS_SERVICE_IP) },
  });
  client.create('/configmaps', {
    apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'cluster-info', namespace: 'kube-public' },
    data: { kubeconfig: CLUSTER_INFO },
  });
  createKubeadmRbac(ctx);
}

function createKubeadmRbac(ctx: BootContext): void {
  createRoles(ctx, 'kube-system', [
    { name: 'kubeadm:kubelet-config', rules: [rule('core', 'configmaps', 'get', 'kubelet-config')] },
    { name: 'kubeadm:nodes-kubeadm-config', rules: [rule('core', 'configmaps', 'get', 'kubeadm-config')] },
  ], false);
  createRoleBindings(ctx, 'kube-system', [
    { name: 'kubeadm:kubelet-config', role: 'kubeadm:kubelet-config', subjects: [group('system:nodes'), group(DEFAULT_NODE_TOKEN)] },
    { name: 'kubeadm:nodes-kubeadm-config', role: 'kubeadm:nodes-kubeadm-config', subjects: [group(DEFAULT_NODE_TOKEN), group('system:nodes')] },
  ], false);
  createRoles(ctx, 'kube-public', [
    { name: 'kubeadm:bootstrap-signer-clusterinfo', rules: [rule('core', 'configmaps', 'get', 'cluster-info')] },
  ], false);
  createRoleBindings(ctx, 'kube-public', [
    { name: 'kubeadm:bootstrap-signer-clusterinfo', role: 'kubeadm:bootstrap-signer-clusterinfo', subjects: [user('system:anonymous')] },
  ], false);
  createClusterRoles(ctx, [{ name: 'kubeadm:get-nodes', rules: [rule('core', 'nodes', 'get')] }], false);
  createClusterRoleBindings(ctx, [
    { name: 'kubeadm:cluster-admins', role: 'cluster-admin', subjects: [group('kubeadm:cluster-admins')] },
    { name: 'kubeadm:get-nodes', role: 'kubeadm:get-nodes', subjects: [group(DEFAULT_NODE_TOKEN)] },
    { name: 'kubeadm:kubelet-bootstrap', role: 'system:node-bootstrapper', subjects: [group(DEFAULT_NODE_TOKEN)] },
    { name: 'kubeadm:node-autoapprove-bootstrap', role: 'system:certificates.k8s.io:certificatesigningrequests:nodeclient', subjects: [group(DEFAULT_NODE_TOKEN)] },
    { name: 'kubeadm:node-autoapprove-certificate-rotation', role: 'system:certificates.k8s.io:certificatesigningrequests:selfnodeclient', subjects: [group('system:nodes')] },
  ], false);
}
