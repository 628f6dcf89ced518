// What kube-apiserver creates when it first starts: the system namespaces, the built-in priority
// classes, the bootstrap RBAC policy, the `kubernetes` Service with its endpoints, the
// authentication ConfigMaps and its identity lease. Mirrors the apiserver's post-start hooks.

import { uuid } from '../../apiserver/uuid.ts';
import { rfc3339 } from '../../base/time.ts';
import type { BootContext } from '../profile.ts';
import { MASTER, MASTER_IP, KUBERNETES_SERVICE_IP } from './facts.ts';
import { microTime } from './meta.ts';
import { CA_PEM, FRONT_PROXY_CA_PEM } from './pki.ts';
import {
  BOOTSTRAP_CLUSTER_ROLE_BINDINGS, BOOTSTRAP_CLUSTER_ROLES, KUBE_PUBLIC_ROLE_BINDINGS,
  KUBE_PUBLIC_ROLES, KUBE_SYSTEM_ROLE_BINDINGS, KUBE_SYSTEM_ROLES,
} from './rbac-bootstrap.ts';
import { CONTROLLER_ROLES } from './rbac-controller-roles.ts';
import { createClusterRoleBindings, createClusterRoles, createRoleBindings, createRoles, serviceAccount } from './rbac.ts';

const SYSTEM_NAMESPACES = ['default', 'kube-node-lease', 'kube-public', 'kube-system'] as const;
const BASE32 = 'abcdefghijklmnopqrstuvwxyz234567';
const IDENTITY_LEASE_SECONDS = 3600;

export function startApiServer(ctx: BootContext): void {
  for (const name of SYSTEM_NAMESPACES) {
    ctx.client.create('/namespaces', { apiVersion: 'v1', kind: 'Namespace', metadata: { name } });
  }
  createPriorityClasses(ctx);
  createBootstrapPolicy(ctx);
  createKubernetesService(ctx);
  createAuthenticationConfigMaps(ctx);
  createIdentityLease(ctx);
}

function createPriorityClasses(ctx: BootContext): void {
  const classes = [
    ['system-cluster-critical', 2000000000, 'Used for system critical pods that must run in the cluster, but can be moved to another node if necessary.'],
    ['system-node-critical', 2000001000, 'Used for system critical pods that must not be moved from their current node.'],
  ] as const;
  for (const [name, value, description] of classes) {
    ctx.client.create('scheduling.k8s.io/priorityclasses', {
      apiVersion: 'scheduling.k8s.io/v1', kind: 'PriorityClass', metadata: { name }, value, description, preemptionPolicy: 'PreemptLowerPriority',
    });
  }
}

function createBootstrapPolicy(ctx: BootContext): void {
  createClusterRoles(ctx, BOOTSTRAP_CLUSTER_ROLES, true);
  createClusterRoles(ctx, CONTROLLER_ROLES.map((r) => ({ ...r, name: `system:controller:${r.name}` })), true);
  createClusterRoleBindings(ctx, BOOTSTRAP_CLUSTER_ROLE_BINDINGS, true);
  createClusterRoleBindings(ctx, CONTROLLER_ROLES.map((r) => ({
    name: `system:controller:${r.name}`, role: `system:controller:${r.name}`, subjects: [serviceAccount('kube-system', r.name)],
  })), true);
  createRoles(ctx, 'kube-system', KUBE_SYSTEM_ROLES, true);
  createRoleBindings(ctx, 'kube-system', KUBE_SYSTEM_ROLE_BINDINGS, true);
  createRoles(ctx, 'kube-public', KUBE_PUBLIC_ROLES, true);
  createRoleBindings(ctx, 'kube-public', KUBE_PUBLIC_ROLE_BINDINGS, true);
}

/** The master service and the endpoints its reconciler keeps (not the endpoints controllers). */
function createKubernetesService(ctx: BootContext): void {
  const { client } = ctx;
  client.create('/services', {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name: 'kubernetes', namespace: 'default', labels: { component: 'apiserver', provider: 'kubernetes' } },
    spec: {
      ports: [{ name: 'https', protocol: 'TCP', port: 443, targetPort: 6443 }],
      clusterIP: KUBERNETES_SERVICE_IP,
      clusterIPs: [KUBERNETES_SERVICE_IP],
      type: 'ClusterIP',
      sessionAffinity: 'None',
      ipFamilyPolicy: 'SingleStack',
    },
  });
  client.create('/endpoints', {
    apiVersion: 'v1',
    kind: 'Endpoints',
    metadata: { name: 'kubernetes', namespace: 'default', labels: { 'endpointslice.kubernetes.io/skip-mirror': 'true' } },
    subsets: [{ addresses: [{ ip: MASTER_IP }], ports: [{ name: 'https', port: 6443, protocol: 'TCP' }] }],
  });
  client.create('discovery.k8s.io/endpointslices', {
    apiVersion: 'discovery.k8s.io/v1',
    kind: 'EndpointSlice',
    metadata: { name: 'kubernetes', namespace: 'default', labels: { 'kubernetes.io/service-name': 'kubernetes' } },
    addressType: 'IPv4',
    endpoints: [{ addresses: [MASTER_IP], conditions: { ready: true } }],
    ports: [{ name: 'https', protocol: 'TCP', port: 6443 }],
  });
}

function createAuthenticationConfigMaps(ctx: BootContext): void {
  ctx.client.create('/configmaps', {
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: { name: 'extension-apiserver-authentication', namespace: 'kube-system' },
    data: {
      'client-ca-file': CA_PEM,
      'requestheader-allowed-names': '["front-proxy-client"]',
      'requestheader-client-ca-file': FRONT_PROXY_CA_PEM,
      'requestheader-extra-headers-prefix': '["X-Remote-Extra-"]',
      'requestheader-group-headers': '["X-Remote-Group"]',
      'requestheader-username-headers': '["X-Remote-User"]',
    },
  });
  ctx.client.create('/configmaps', {
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: { name: 'kube-apiserver-legacy-service-account-token-tracking', namespace: 'kube-system' },
    data: { since: rfc3339(ctx.clock.nowMs).slice(0, 10) },
  });
}

/** The apiserver identity lease: `apiserver-` + base32 of a hash of the host name, renewed every 10 s. */
function createIdentityLease(ctx: BootContext): void {
  const { rand } = ctx;
  let id = 'apiserver-';
  for (let i = 0; i < 26; i++) id += BASE32[rand.int(BASE32.length)];
  ctx.client.create('coordination.k8s.io/leases', {
    apiVersion: 'coordination.k8s.io/v1',
    kind: 'Lease',
    metadata: {
      name: id,
      namespace: 'kube-system',
      labels: { 'apiserver.kubernetes.io/identity': 'kube-apiserver', 'kubernetes.io/hostname': MASTER.name },
    },
    spec: { holderIdentity: `${id}_${uuid(rand)}`, leaseDurationSeconds: IDENTITY_LEASE_SECONDS, renewTime: microTime(ctx.clock.nowMs, rand) },
  });
}
