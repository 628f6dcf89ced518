// Calico v3.29.1's calico.yaml (Kubernetes datastore, IPIP, calico-ipam), without its CRDs: the
// calico-node DaemonSet, the calico-kube-controllers Deployment, their ConfigMap and RBAC.
// Pure data, as the manifest submits it; the API server adds the defaults.

import type { KubeObject } from '../../api/types.ts';
import { IMAGES } from './images.ts';
import { rule, serviceAccount, type BindingSpec, type RoleSpec } from './rbac.ts';

const CALICO = 'crd.projectcalico.org';
const READ = 'get list watch';

const CNI_NETWORK_CONFIG = `{
  "name": "k8s-pod-network",
  "cniVersion": "0.3.1",
  "plugins": [
    {
      "type": "calico",
      "log_level": "info",
      "log_file_path": "/var/log/calico/cni/cni.log",
      "datastore_type": "kubernetes",
      "nodename": "__KUBERNETES_NODE_NAME__",
      "mtu": __CNI_MTU__,
      "ipam": {
          "type": "calico-ipam"
      },
      "policy": {
          "type": "k8s"
      },
      "kubernetes": {
          "kubeconfig": "__KUBECONFIG_FILEPATH__"
      }
    },
    {
      "type": "portmap",
      "snat": true,
      "capabilities": {"portMappings": true}
    }
  ]
}`;

export const CALICO_CONFIG: KubeObject = {
  apiVersion: 'v1',
  kind: 'ConfigMap',
  metadata: { name: 'calico-config', namespace: 'kube-system' },
  data: { typha_service_name: 'none', calico_backend: 'bird', veth_mtu: '0', cni_network_config: CNI_NETWORK_CONFIG },
};

export const CALICO_SERVICE_ACCOUNTS = ['calico-kube-controllers', 'calico-node', 'calico-cni-plugin'] as const;

export const CALICO_CLUSTER_ROLES: readonly RoleSpec[] = [
  {
    name: 'calico-kube-controllers', rules: [
      rule('core', 'nodes', 'watch list get'),
      rule('core', 'pods', READ),
      rule(CALICO, 'ipreservations', 'list'),
      rule(CALICO, 'blockaffinities ipamblocks ipamhandles tiers', 'get list create update delete watch'),
      rule(CALICO, 'ippools', 'list watch'),
      rule(CALICO, 'hostendpoints', 'get list create update delete'),
      rule(CALICO, 'clusterinformations', 'get list create update watch'),
      rule(CALICO, 'kubecontrollersconfigurations', 'get list create update watch'),
    ],
  },
  {
    name: 'calico-node', rules: [
      rule('core', 'serviceaccounts/token', 'create', 'calico-cni-plugin'),
      rule('core', 'pods nodes namespaces', 'get'),
      rule('discovery.k8s.io', 'endpointslices', 'watch list'),
      rule('core', 'endpoints services', 'watch list get'),
      rule('core', 'configmaps', 'get'),
      rule('core', 'nodes/status', 'patch update'),
      rule('networking.k8s.io', 'networkpolicies', 'watch list'),
      rule('core', 'pods namespaces serviceaccounts', 'list watch'),
      rule('core', 'pods/status', 'patch'),
      rule(CALICO, 'globalfelixconfigs felixconfigurations bgppeers bgpfilters globalbgpconfigs bgpconfigurations ippools ipreservations ipamblocks globalnetworkpolicies globalnetworksets networkpolicies networksets clusterinformations hostendpoints blockaffinities caliconodestatuses tiers', READ),
      rule(CALICO, 'tiers', 'create'),
      rule(CALICO, 'ippools felixconfigurations clusterinformations', 'create update'),
      rule(CALICO, 'caliconodestatuses', 'update'),
      rule('core', 'nodes', READ),
      rule(CALICO, 'bgpconfigurations bgppeers', 'create update'),
      rule(CALICO, 'blockaffinities ipamblocks ipamhandles', 'get list create update delete'),
      rule(CALICO, 'ipamconfigs', 'get create'),
      rule(CALICO, 'blockaffinities', 'watch'),
      rule('apps', 'daemonsets', 'get'),
    ],
  },
  {
    name: 'calico-cni-plugin', rules: [
      rule('core', 'pods nodes namespaces', 'get'),
      rule('core', 'pods/status', 'patch'),
      rule(CALICO, 'blockaffinities ipamblocks ipamhandles clusterinformations ippools ipreservations ipamconfigs', 'get list create update delete'),
    ],
  },
];

export const CALICO_CLUSTER_ROLE_BINDINGS: readonly BindingSpec[] = CALICO_SERVICE_ACCOUNTS.map((name) => ({
  name, role: name, subjects: [serviceAccount('kube-system', name)],
}));

const fromConfig = (key: string): object => ({ configMapKeyRef: { name: 'calico-config', key } });
const fieldRef = (fieldPath: string): object => ({ fieldRef: { fieldPath } });
const servicesEndpoint = [{ configMapRef: { name: 'kubernetes-services-endpoint', optional: true } }];
const hostPath = (name: string, path: string, type?: string): object => ({ name, hostPath: type ? { path, type } : { path } });

export const CALICO_NODE: KubeObject = {
  apiVersion: 'apps/v1',
  kind: 'DaemonSet',
  metadata: { name: 'calico-node', namespace: 'kube-system', labels: { 'k8s-app': 'calico-node' } },
  spec: {
    selector: { matchLabels: { 'k8s-app': 'calico-node' } },
    updateStrategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 1 } },
    template: {
      metadata: { labels: { 'k8s-app': 'calico-node' } },
      spec: {
        nodeSelector: { 'kubernetes.io/os': 'linux' },
        hostNetwork: true,
        tolerations: [
          { effect: 'NoSchedule', operator: 'Exists' },
          { key: 'CriticalAddonsOnly', operator: 'Exists' },
          { effect: 'NoExecute', operator: 'Exists' },
        ],
        serviceAccountName: 'calico-node',
        terminationGracePeriodSeconds: 0,
        priorityClassName: 'system-node-critical',
        initContainers: [
          {
            name: 'upgrade-ipam', image: IMAGES.calicoCni.ref, imagePullPolicy: 'IfNotPresent',
            command: ['/opt/cni/bin/calico-ipam', '-upgrade'], envFrom: servicesEndpoint,
            env: [
              { name: 'KUBERNETES_NODE_NAME', valueFrom: fieldRef('spec.nodeName') },
              { name: 'CALICO_NETWORKING_BACKEND', valueFrom: fromConfig('calico_backend') },
            ],
            volumeMounts: [{ mountPath: '/var/lib/cni/networks', name: 'host-local-net-dir' }, { mountPath: '/host/opt/cni/bin', name: 'cni-bin-dir' }],
            securityContext: { privileged: true },
          },
          {
            name: 'install-cni', image: IMAGES.calicoCni.ref, imagePullPolicy: 'IfNotPresent',
            command: ['/opt/cni/bin/install'], envFrom: servicesEndpoint,
            env: [
              { name: 'CNI_CONF_NAME', value: '10-calico.conflist' },
              { name: 'CNI_NETWORK_CONFIG', valueFrom: fromConfig('cni_network_config') },
              { name: 'KUBERNETES_NODE_NAME', valueFrom: fieldRef('spec.nodeName') },
              { name: 'CNI_MTU', valueFrom: fromConfig('veth_mtu') },
              { name: 'SLEEP', value: 'false' },
            ],
            volumeMounts: [{ mountPath: '/host/opt/cni/bin', name: 'cni-bin-dir' }, { mountPath: '/host/etc/cni/net.d', name: 'cni-net-dir' }],
            securityContext: { privileged: true },
          },
          {
            name: 'mount-bpffs', image: IMAGES.calicoNode.ref, imagePullPolicy: 'IfNotPresent',
            command: ['calico-node', '-init', '-best-effort'],
            volumeMounts: [
              { mountPath: '/sys/fs', name: 'sys-fs', mountPropagation: 'Bidirectional' },
              { mountPath: '/var/run/calico', name: 'var-run-calico', mountPropagation: 'Bidirectional' },
              { mountPath: '/nodeproc', name: 'nodeproc', readOnly: true },
            ],
            securityContext: { privileged: true },
          },
        ],
        containers: [{
          name: 'calico-node', image: IMAGES.calicoNode.ref, imagePullPolicy: 'IfNotPresent', envFrom: servicesEndpoint,
          env: [
            { name: 'DATASTORE_TYPE', value: 'kubernetes' },
            { name: 'WAIT_FOR_DATASTORE', value: 'true' },
            { name: 'NODENAME', valueFrom: fieldRef('spec.nodeName') },
            { name: 'CALICO_NETWORKING_BACKEND', valueFrom: fromConfig('calico_backend') },
            { name: 'CLUSTER_TYPE', value: 'k8s,bgp' },
            { name: 'IP', value: 'autodetect' },
            { name: 'CALICO_IPV4POOL_IPIP', value: 'Always' },
            { name: 'CALICO_IPV4POOL_VXLAN', value: 'Never' },
            { name: 'CALICO_IPV6POOL_VXLAN', value: 'Never' },
            { name: 'FELIX_IPINIPMTU', valueFrom: fromConfig('veth_mtu') },
            { name: 'FELIX_VXLANMTU', valueFrom: fromConfig('veth_mtu') },
            { name: 'FELIX_WIREGUARDMTU', valueFrom: fromConfig('veth_mtu') },
            { name: 'CALICO_DISABLE_FILE_LOGGING', value: 'true' },
            { name: 'FELIX_DEFAULTENDPOINTTOHOSTACTION', value: 'ACCEPT' },
            { name: 'FELIX_IPV6SUPPORT', value: 'false' },
            { name: 'FELIX_HEALTHENABLED', value: 'true' },
          ],
          securityContext: { privileged: true },
          resources: { requests: { cpu: '250m' } },
          lifecycle: { preStop: { exec: { command: ['/bin/calico-node', '-shutdown'] } } },
          livenessProbe: {
            exec: { command: ['/bin/calico-node', '-felix-live', '-bird-live'] },
            periodSeconds: 10, initialDelaySeconds: 10, failureThreshold: 6, timeoutSeconds: 10,
          },
          readinessProbe: { exec: { command: ['/bin/calico-node', '-felix-ready', '-bird-ready'] }, periodSeconds: 10, timeoutSeconds: 10 },
          volumeMounts: [
            { mountPath: '/host/etc/cni/net.d', name: 'cni-net-dir', readOnly: false },
            { mountPath: '/lib/modules', name: 'lib-modules', readOnly: true },
            { mountPath: '/run/xtables.lock', name: 'xtables-lock', readOnly: false },
            { mountPath: '/var/run/calico', name: 'var-run-calico', readOnly: false },
            { mountPath: '/var/lib/calico', name: 'var-lib-calico', readOnly: false },
            { name: 'policysync', mountPath: '/var/run/nodeagent' },
            { name: 'bpffs', mountPath: '/sys/fs/bpf' },
            { name: 'cni-log-dir', mountPath: '/var/log/calico/cni', readOnly: true },
          ],
        }],
        volumes: [
          hostPath('lib-modules', '/lib/modules'),
          hostPath('var-run-calico', '/var/run/calico', 'DirectoryOrCreate'),
          hostPath('var-lib-calico', '/var/lib/calico', 'DirectoryOrCreate'),
          hostPath('xtables-lock', '/run/xtables.lock', 'FileOrCreate'),
          hostPath('sys-fs', '/sys/fs/', 'DirectoryOrCreate'),
          hostPath('bpffs', '/sys/fs/bpf', 'Directory'),
          hostPath('nodeproc', '/proc'),
          hostPath('cni-bin-dir', '/opt/cni/bin', 'DirectoryOrCreate'),
          hostPath('cni-net-dir', '/etc/cni/net.d'),
          hostPath('cni-log-dir', '/var/log/calico/cni'),
          hostPath('host-local-net-dir', '/var/lib/cni/networks'),
          hostPath('policysync', '/var/run/nodeagent', 'DirectoryOrCreate'),
        ],
      },
    },
  },
};

export const CALICO_KUBE_CONTROLLERS: KubeObject = {
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: 'calico-kube-controllers', namespace: 'kube-system', labels: { 'k8s-app': 'calico-kube-controllers' } },
  spec: {
    replicas: 1,
    selector: { matchLabels: { 'k8s-app': 'calico-kube-controllers' } },
    strategy: { type: 'Recreate' },
    template: {
      metadata: { name: 'calico-kube-controllers', namespace: 'kube-system', labels: { 'k8s-app': 'calico-kube-controllers' } },
      spec: {
        nodeSelector: { 'kubernetes.io/os': 'linux' },
        tolerations: [
          { key: 'CriticalAddonsOnly', operator: 'Exists' },
          { key: 'node-role.kubernetes.io/master', effect: 'NoSchedule' },
          { key: 'node-role.kubernetes.io/control-plane', effect: 'NoSchedule' },
        ],
        serviceAccountName: 'calico-kube-controllers',
        priorityClassName: 'system-cluster-critical',
        containers: [{
          name: 'calico-kube-controllers', image: IMAGES.calicoKubeControllers.ref, imagePullPolicy: 'IfNotPresent',
          env: [{ name: 'ENABLED_CONTROLLERS', value: 'node' }, { name: 'DATASTORE_TYPE', value: 'kubernetes' }],
          livenessProbe: {
            exec: { command: ['/usr/bin/check-status', '-l'] },
            periodSeconds: 10, initialDelaySeconds: 10, failureThreshold: 6, timeoutSeconds: 10,
          },
          readinessProbe: { exec: { command: ['/usr/bin/check-status', '-r'] }, periodSeconds: 10 },
          securityContext: { runAsNonRoot: true },
        }],
      },
    },
  },
};

export const CALICO_KUBE_CONTROLLERS_PDB: KubeObject = {
  apiVersion: 'policy/v1',
  kind: 'PodDisruptionBudget',
  metadata: { name: 'calico-kube-controllers', namespace: 'kube-system', labels: { 'k8s-app': 'calico-kube-controllers' } },
  spec: { maxUnavailable: 1, selector: { matchLabels: { 'k8s-app': 'calico-kube-controllers' } } },
};
