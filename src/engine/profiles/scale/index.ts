// A synthetic cluster for benchmarks and scale tests: `nodes` Ready kubeadm workers, the system
// namespaces, the `kubernetes` Service and node leases — no control-plane pods, no add-ons.
// The ServiceAccount and root-CA controllers add `default` and kube-root-ca.crt to each namespace.

import { assert } from '../../base/assert.ts';
import type { BootContext, Profile } from '../profile.ts';
import { KUBERNETES_VERSION } from '../course/facts.ts';
import { CA_PEM } from '../course/pki.ts';
import {
  API_SERVER, API_SERVER_IP, BOOT_MS, CLUSTER_NAME, KUBERNETES_SERVICE_IP, MAX_NODES, SERVICE_CIDR, START_MS, podCidrOf, scaleNode,
} from './facts.ts';
import { registerReadyNode } from './nodes.ts';

export interface ScaleOptions {
  /** How many worker nodes, 1 to 5,000. */
  readonly nodes: number;
}

const SYSTEM_NAMESPACES = ['default', 'kube-node-lease', 'kube-public', 'kube-system'] as const;

export function scaleProfile(opts: ScaleOptions): Profile {
  assert(Number.isInteger(opts.nodes) && opts.nodes >= 1 && opts.nodes <= MAX_NODES, `scale profile: nodes must be 1..${MAX_NODES}`);
  return {
    info: {
      name: `scale-${opts.nodes}`,
      bootTimeMs: BOOT_MS,
      startTimeMs: START_MS,
      clusterName: CLUSTER_NAME,
      server: API_SERVER,
      kubernetesVersion: KUBERNETES_VERSION,
      caPem: CA_PEM,
      network: { serviceCidr: SERVICE_CIDR, podCidr: podCidrOf(opts.nodes), nodePortRange: [30000, 32767] },
      kubeconfig: kubeconfig(),
    },
    boot(ctx) {
      for (const name of SYSTEM_NAMESPACES) ctx.client.create('/namespaces', { apiVersion: 'v1', kind: 'Namespace', metadata: { name } });
      createKubernetesService(ctx);
      for (let i = 0; i < opts.nodes; i++) registerReadyNode(ctx, scaleNode(i, opts.nodes));
    },
  };
}

/** The master service and its endpoints, as the API server's reconciler keeps them. */
function createKubernetesService(ctx: BootContext): void {
  ctx.client.create('/services', {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name: 'kubernetes', namespace: 'default', labels: { component: 'apiserver', provider: 'kubernetes' } },
    spec: {
      ports: [{ name: 'https', protocol: 'TCP', port: 443, targetPort: 6443 }],
      clusterIP: KUBERNETES_SERVICE_IP, clusterIPs: [KUBERNETES_SERVICE_IP], type: 'ClusterIP', sessionAffinity: 'None', ipFamilyPolicy: 'SingleStack',
    },
  });
  ctx.client.create('/endpoints', {
    apiVersion: 'v1',
    kind: 'Endpoints',
    metadata: { name: 'kubernetes', namespace: 'default', labels: { 'endpointslice.kubernetes.io/skip-mirror': 'true' } },
    subsets: [{ addresses: [{ ip: API_SERVER_IP }], ports: [{ name: 'https', port: 6443, protocol: 'TCP' }] }],
  });
}

function kubeconfig(): string {
  return [
    'apiVersion: v1', 'clusters:', '- cluster:', `    server: ${API_SERVER}`, `  name: ${CLUSTER_NAME}`,
    'contexts:', '- context:', `    cluster: ${CLUSTER_NAME}`, '    user: kubernetes-admin', `  name: kubernetes-admin@${CLUSTER_NAME}`,
    `current-context: kubernetes-admin@${CLUSTER_NAME}`, 'kind: Config', 'preferences: {}', 'users:', '- name: kubernetes-admin', '  user: {}', '',
  ].join('\n');
}
