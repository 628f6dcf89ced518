// The kube-proxy add-on as kubeadm installs it: ServiceAccount, RBAC, the KubeProxyConfiguration
// ConfigMap and the DaemonSet, whose pod runs on the host network of every node as it joins.
// Mirrors kubeadm's phases/addons/proxy manifests (v1.31).

import type { KubeObject } from '../../api/types.ts';
import type { BootContext } from '../profile.ts';
import { API_SERVER, type NodeFacts } from './facts.ts';
import { IMAGES } from './images.ts';
import { createClusterRoleBindings, createRoleBindings, createRoles, group, rule, serviceAccount } from './rbac.ts';
import { syncDaemonSetStatus } from './workload-status.ts';
import { createDaemonPod, createDaemonSet, startPod } from './workloads.ts';

/** Image already present (pre-pulled on the master, pulled on join elsewhere) and start-up. */
const START_DELAY_MS = { master: 1_700, worker: 9_800 } as const;
const READY_AFTER_START_MS = 400;

const proxyConfig = (podCidr: string): string => `apiVersion: kubeproxy.config.k8s.io/v1alpha1
bindAddress: 0.0.0.0
bindAddressHardFail: false
clientConnection:
  acceptContentTypes: ""
  burst: 0
  contentType: ""
  kubeconfig: /var/lib/kube-proxy/kubeconfig.conf
  qps: 0
clusterCIDR: ${podCidr}
configSyncPeriod: 0s
conntrack:
  maxPerCore: null
  min: null
  tcpBeLiberal: false
  tcpCloseWaitTimeout: null
  tcpEstablishedTimeout: null
  udpStreamTimeout: 0s
  udpTimeout: 0s
detectLocal:
  bridgeInterface: ""
  interfaceNamePrefix: ""
detectLocalMode: ""
enableProfiling: false
healthzBindAddress: ""
hostnameOverride: ""
iptables:
  localhostNodePorts: null
  masqueradeAll: false
  masqueradeBit: null
  minSyncPeriod: 0s
  syncPeriod: 0s
ipvs:
  excludeCIDRs: null
  minSyncPeriod: 0s
  scheduler: ""
  strictARP: false
  syncPeriod: 0s
  tcpFinTimeout: 0s
  tcpTimeout: 0s
  udpTimeout: 0s
kind: KubeProxyConfiguration
logging:
  flushFrequency: 0
  options:
    json:
      infoBufferSize: "0"
    text:
      infoBufferSize: "0"
  verbosity: 0
metricsBindAddress: ""
mode: ""
nftables:
  masqueradeAll: false
  masqueradeBit: null
  minSyncPeriod: 0s
  syncPeriod: 0s
nodePortAddresses: null
oomScoreAdj: null
portRange: ""
showHiddenMetricsForVersion: ""
winkernel:
  enableDSR: false
  forwardHealthCheckVip: false
  networkName: ""
  rootHnsEndpointName: ""
  sourceVip: ""`;

const PROXY_KUBECONFIG = `apiVersion: v1
kind: Config
clusters:
- cluster:
    certificate-authority: /var/run/secrets/kubernetes.io/serviceaccount/ca.crt
    server: ${API_SERVER}
  name: default
contexts:
- context:
    cluster: default
    namespace: default
    user: default
  name: default
current-context: default
users:
- name: default
  user:
    tokenFile: /var/run/secrets/kubernetes.io/serviceaccount/token`;

const DAEMON_SET: KubeObject = {
  apiVersion: 'apps/v1',
  kind: 'DaemonSet',
  metadata: { name: 'kube-proxy', namespace: 'kube-system', labels: { 'k8s-app': 'kube-proxy' } },
  spec: {
    selector: { matchLabels: { 'k8s-app': 'kube-proxy' } },
    updateStrategy: { type: 'RollingUpdate' },
    template: {
      metadata: { labels: { 'k8s-app': 'kube-proxy' } },
      spec: {
        priorityClassName: 'system-node-critical',
        containers: [{
          name: 'kube-proxy',
          image: IMAGES.proxy.ref,
          imagePullPolicy: 'IfNotPresent',
          command: ['/usr/local/bin/kube-proxy', '--config=/var/lib/kube-proxy/config.conf', '--hostname-override=$(NODE_NAME)'],
          securityContext: { privileged: true },
          volumeMounts: [
            { mountPath: '/var/lib/kube-proxy', name: 'kube-proxy' },
            { mountPath: '/run/xtables.lock', name: 'xtables-lock', readOnly: false },
            { mountPath: '/lib/modules', name: 'lib-modules', readOnly: true },
          ],
          env: [{ name: 'NODE_NAME', valueFrom: { fieldRef: { fieldPath: 'spec.nodeName' } } }],
        }],
        hostNetwork: true,
        serviceAccountName: 'kube-proxy',
        volumes: [
          { name: 'kube-proxy', configMap: { name: 'kube-proxy' } },
          { name: 'xtables-lock', hostPath: { path: '/run/xtables.lock', type: 'FileOrCreate' } },
          { name: 'lib-modules', hostPath: { path: '/lib/modules' } },
        ],
        tolerations: [{ operator: 'Exists' }],
        nodeSelector: { 'kubernetes.io/os': 'linux' },
      },
    },
  },
};

/** kubeadm's kube-proxy addon; `create` writes the DaemonSet (with its revision when the course boots by hand). */
export function installKubeProxy(ctx: BootContext, podCidr: string, create: (ctx: BootContext, ds: KubeObject) => KubeObject = createDaemonSet): KubeObject {
  const { client, rand } = ctx;
  client.create('/serviceaccounts', { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'kube-proxy', namespace: 'kube-system' } });
  client.create('/configmaps', {
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: {
      name: 'kube-proxy', namespace: 'kube-system', labels: { app: 'kube-proxy' },
      annotations: { 'kubeadm.kubernetes.io/component-config.hash': `sha256:${rand.hex(64)}` },
    },
    data: { 'config.conf': proxyConfig(podCidr), 'kubeconfig.conf': PROXY_KUBECONFIG },
  });
  createRoles(ctx, 'kube-system', [{ name: 'kube-proxy', rules: [rule('core', 'configmaps', 'get', 'kube-proxy')] }], false);
  createRoleBindings(ctx, 'kube-system', [
    { name: 'kube-proxy', role: 'kube-proxy', subjects: [group('system:bootstrappers:kubeadm:default-node-token')] },
  ], false);
  createClusterRoleBindings(ctx, [
    { name: 'kubeadm:node-proxier', role: 'system:node-proxier', subjects: [serviceAccount('kube-system', 'kube-proxy')] },
  ], false);
  return create(ctx, DAEMON_SET);
}

/** The DaemonSet controller places a kube-proxy pod on a node; it runs on the host network at once. */
export function runKubeProxy(ctx: BootContext, ds: KubeObject, node: NodeFacts): void {
  const pod = createDaemonPod(ctx, ds, node);
  const scheduledMs = ctx.clock.nowMs;
  const startedMs = scheduledMs + (node.controlPlane ? START_DELAY_MS.master : START_DELAY_MS.worker);
  ctx.clock.advanceTo(startedMs + READY_AFTER_START_MS);
  startPod(ctx, pod, node, node.ip, { scheduledMs, startedMs, readyMs: ctx.clock.nowMs });
  syncDaemonSetStatus(ctx, ds, ctx.client.list('/nodes').length);
}
