// The CoreDNS add-on as kubeadm installs it (ServiceAccount, RBAC, Corefile, Deployment, the
// kube-dns Service), and its pods once the pod network is up: Running on the pod network, then
// published in kube-dns's Endpoints and EndpointSlice. Mirrors kubeadm's phases/addons/dns (v1.31).

import type { KubeObject } from '../../api/types.ts';
import type { BootContext } from '../profile.ts';
import { DNS_SERVICE_IP, MASTER } from './facts.ts';
import { IMAGES } from './images.ts';
import { createClusterRoleBindings, createClusterRoles, rule, serviceAccount } from './rbac.ts';
import { publishEndpoints, type PublishedPorts, type ServicePort } from './service-endpoints.ts';
import { syncDeploymentStatus } from './workload-status.ts';
import { createDeployment, createReplicaPod, startPod } from './workloads.ts';

const LABELS = { 'k8s-app': 'kube-dns' } as const;
const DNS: ServicePort = { name: 'dns', port: 53, protocol: 'UDP' };
const DNS_TCP: ServicePort = { name: 'dns-tcp', port: 53, protocol: 'TCP' };
const METRICS: ServicePort = { name: 'metrics', port: 9153, protocol: 'TCP' };
const DNS_PORTS: PublishedPorts = { slice: [DNS, DNS_TCP, METRICS], endpoints: [DNS_TCP, DNS, METRICS] };
/** Sandbox, then the container; ready once /ready answers on :8181. */
const START_AFTER_SCHEDULED_MS = 2_300;
const READY_AFTER_START_MS = 1_800;

const COREFILE = `.:53 {
    errors
    health {
       lameduck 5s
    }
    ready
    kubernetes cluster.local in-addr.arpa ip6.arpa {
       pods insecure
       fallthrough in-addr.arpa ip6.arpa
       ttl 30
    }
    prometheus :9153
    forward . /etc/resolv.conf {
       max_concurrent 1000
    }
    cache 30 {
       disable success cluster.local
       disable denial cluster.local
    }
    loop
    reload
    loadbalance
}
`;

const DEPLOYMENT: KubeObject = {
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: 'coredns', namespace: 'kube-system', labels: { ...LABELS } },
  spec: {
    replicas: 2,
    strategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 1 } },
    selector: { matchLabels: { ...LABELS } },
    template: {
      metadata: { labels: { ...LABELS } },
      spec: {
        priorityClassName: 'system-cluster-critical',
        serviceAccountName: 'coredns',
        affinity: {
          podAntiAffinity: {
            preferredDuringSchedulingIgnoredDuringExecution: [{
              weight: 100,
              podAffinityTerm: {
                labelSelector: { matchExpressions: [{ key: 'k8s-app', operator: 'In', values: ['kube-dns'] }] },
                topologyKey: 'kubernetes.io/hostname',
              },
            }],
          },
        },
        tolerations: [
          { key: 'CriticalAddonsOnly', operator: 'Exists' },
          { key: 'node-role.kubernetes.io/control-plane', effect: 'NoSchedule' },
        ],
        nodeSelector: { 'kubernetes.io/os': 'linux' },
        containers: [{
          name: 'coredns',
          image: IMAGES.coredns.ref,
          imagePullPolicy: 'IfNotPresent',
          resources: { limits: { memory: '170Mi' }, requests: { cpu: '100m', memory: '70Mi' } },
          args: ['-conf', '/etc/coredns/Corefile'],
          volumeMounts: [{ name: 'config-volume', mountPath: '/etc/coredns', readOnly: true }],
          ports: [
            { containerPort: 53, name: 'dns', protocol: 'UDP' },
            { containerPort: 53, name: 'dns-tcp', protocol: 'TCP' },
            { containerPort: 9153, name: 'metrics', protocol: 'TCP' },
          ],
          securityContext: {
            allowPrivilegeEscalation: false,
            capabilities: { add: ['NET_BIND_SERVICE'], drop: ['ALL'] },
            readOnlyRootFilesystem: true,
          },
          livenessProbe: {
            httpGet: { path: '/health', port: 8080, scheme: 'HTTP' },
            initialDelaySeconds: 60, timeoutSeconds: 5, successThreshold: 1, failureThreshold: 5,
          },
          readinessProbe: { httpGet: { path: '/ready', port: 8181, scheme: 'HTTP' } },
        }],
        dnsPolicy: 'Default',
        volumes: [{ name: 'config-volume', configMap: { name: 'coredns', items: [{ key: 'Corefile', path: 'Corefile' }] } }],
      },
    },
  },
};

const SERVICE: KubeObject = {
  apiVersion: 'v1',
  kind: 'Service',
  metadata: {
    name: 'kube-dns',
    namespace: 'kube-system',
    labels: { ...LABELS, 'kubernetes.io/cluster-service': 'true', 'kubernetes.io/name': 'CoreDNS' },
    annotations: { 'prometheus.io/port': '9153', 'prometheus.io/scrape': 'true' },
  },
  spec: {
    clusterIP: DNS_SERVICE_IP,
    ports: DNS_PORTS.slice.map((p) => ({ ...p, targetPort: p.port })),
    selector: { ...LABELS },
  },
};

interface CoreDns {
  readonly deployment: KubeObject;
  readonly replicaSet: KubeObject;
  readonly pods: readonly KubeObject[];
}

/**
 * kubeadm's addon phase. The ReplicaSet's pods are created at once and wait, Pending, for a Ready
 * node. Deviation from upstream: they are bound to k8s-master-1 at creation, because the API
 * offers no binding subresource; the scheduler would have bound them when the network came up.
 */
export function installCoreDns(ctx: BootContext): CoreDns {
  const { client } = ctx;
  createCoreDnsConfig(ctx);
  const { deployment, replicaSet } = createDeployment(ctx, DEPLOYMENT);
  const pods = [createReplicaPod(ctx, replicaSet, MASTER), createReplicaPod(ctx, replicaSet, MASTER)];
  syncDeploymentStatus(ctx, deployment, replicaSet);
  client.create('/services', SERVICE);
  publishEndpoints(ctx, SERVICE, DNS_PORTS, []);
  return { deployment, replicaSet, pods };
}

/** kubeadm's CoreDNS addon as it writes it; the controllers make its ReplicaSet, pods and endpoints. */
export function applyCoreDnsAddon(ctx: BootContext): void {
  createCoreDnsConfig(ctx);
  ctx.client.create('apps/deployments', DEPLOYMENT);
  ctx.client.create('/services', SERVICE);
}

function createCoreDnsConfig(ctx: BootContext): void {
  const { client } = ctx;
  client.create('/serviceaccounts', { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'coredns', namespace: 'kube-system' } });
  createClusterRoles(ctx, [{
    name: 'system:coredns', rules: [
      rule('core', 'endpoints services pods namespaces', 'list watch'),
      rule('discovery.k8s.io', 'endpointslices', 'list watch'),
    ],
  }], false);
  createClusterRoleBindings(ctx, [{ name: 'system:coredns', role: 'system:coredns', subjects: [serviceAccount('kube-system', 'coredns')] }], false);
  client.create('/configmaps', {
    apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'coredns', namespace: 'kube-system' }, data: { Corefile: COREFILE },
  });
}

/** The pod network is up: both replicas start on the master (the CNI's first addresses there) and kube-dns gets its endpoints. */
export function startCoreDns(ctx: BootContext, dns: CoreDns, podIp: (index: number) => string): void {
  const scheduledMs = ctx.clock.nowMs;
  const startedMs = scheduledMs + START_AFTER_SCHEDULED_MS;
  ctx.clock.advanceTo(startedMs + READY_AFTER_START_MS);
  const running = dns.pods.map((pod, i) =>
    startPod(ctx, pod, MASTER, podIp(i + 1), { scheduledMs, startedMs, readyMs: ctx.clock.nowMs }));
  syncDeploymentStatus(ctx, dns.deployment, dns.replicaSet);
  publishEndpoints(ctx, SERVICE, DNS_PORTS, running);
}
