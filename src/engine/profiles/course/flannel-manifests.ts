// Flannel v0.26.1's kube-flannel.yml (kube subnet manager, VXLAN backend, network 10.244.0.0/16):
// the kube-flannel namespace, its ServiceAccount and RBAC, the kube-flannel-cfg ConfigMap and the
// kube-flannel-ds DaemonSet. Pure data, as the manifest submits it; the API server adds the defaults.

import type { KubeObject } from '../../api/types.ts';
import { FLANNEL_POD_CIDR } from './facts.ts';
import { IMAGES } from './images.ts';
import { rule, serviceAccount, type BindingSpec, type RoleSpec } from './rbac.ts';

export const FLANNEL_NAMESPACE = 'kube-flannel';
const LABELS = { 'k8s-app': 'flannel' };

export const FLANNEL_NAMESPACE_OBJECT: KubeObject = {
  apiVersion: 'v1',
  kind: 'Namespace',
  metadata: { name: FLANNEL_NAMESPACE, labels: { ...LABELS, 'pod-security.kubernetes.io/enforce': 'privileged' } },
};

export const FLANNEL_SERVICE_ACCOUNT: KubeObject = {
  apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'flannel', namespace: FLANNEL_NAMESPACE, labels: LABELS },
};

export const FLANNEL_CLUSTER_ROLES: readonly RoleSpec[] = [{
  name: 'flannel',
  labels: LABELS,
  rules: [rule('core', 'pods', 'get'), rule('core', 'nodes', 'get list watch'), rule('core', 'nodes/status', 'patch')],
}];

export const FLANNEL_CLUSTER_ROLE_BINDINGS: readonly BindingSpec[] = [
  { name: 'flannel', role: 'flannel', subjects: [serviceAccount(FLANNEL_NAMESPACE, 'flannel')] },
];

const CNI_CONF = `{
  "name": "cbr0",
  "cniVersion": "0.3.1",
  "plugins": [
    {
      "type": "flannel",
      "delegate": {
        "hairpinMode": true,
        "isDefaultGateway": true
      }
    },
    {
      "type": "portmap",
      "capabilities": {
        "portMappings": true
      }
    }
  ]
}
`;

const NET_CONF = `{
  "Network": "${FLANNEL_POD_CIDR}",
  "EnableNFTables": false,
  "Backend": {
    "Type": "vxlan"
  }
}
`;

export const FLANNEL_CONFIG: KubeObject = {
  apiVersion: 'v1',
  kind: 'ConfigMap',
  metadata: { name: 'kube-flannel-cfg', namespace: FLANNEL_NAMESPACE, labels: { app: 'flannel', ...LABELS, tier: 'node' } },
  data: { 'cni-conf.json': CNI_CONF, 'net-conf.json': NET_CONF },
};

const fieldRef = (fieldPath: string): object => ({ fieldRef: { fieldPath } });

export const FLANNEL_DAEMON_SET: KubeObject = {
  apiVersion: 'apps/v1',
  kind: 'DaemonSet',
  metadata: { name: 'kube-flannel-ds', namespace: FLANNEL_NAMESPACE, labels: { app: 'flannel', ...LABELS, tier: 'node' } },
  spec: {
    selector: { matchLabels: { app: 'flannel' } },
    template: {
      metadata: { labels: { app: 'flannel', tier: 'node' } },
      spec: {
        affinity: {
          nodeAffinity: {
            requiredDuringSchedulingIgnoredDuringExecution: {
              nodeSelectorTerms: [{ matchExpressions: [{ key: 'kubernetes.io/os', operator: 'In', values: ['linux'] }] }],
            },
          },
        },
        hostNetwork: true,
        priorityClassName: 'system-node-critical',
        tolerations: [{ operator: 'Exists', effect: 'NoSchedule' }],
        serviceAccountName: 'flannel',
        initContainers: [
          {
            name: 'install-cni-plugin', image: IMAGES.flannelCniPlugin.ref,
            command: ['cp'], args: ['-f', '/flannel', '/opt/cni/bin/flannel'],
            volumeMounts: [{ name: 'cni-plugin', mountPath: '/opt/cni/bin' }],
          },
          {
            name: 'install-cni', image: IMAGES.flannel.ref,
            command: ['cp'], args: ['-f', '/etc/kube-flannel/cni-conf.json', '/etc/cni/net.d/10-flannel.conflist'],
            volumeMounts: [{ name: 'cni', mountPath: '/etc/cni/net.d' }, { name: 'flannel-cfg', mountPath: '/etc/kube-flannel/' }],
          },
        ],
        containers: [{
          name: 'kube-flannel', image: IMAGES.flannel.ref,
          command: ['/opt/bin/flanneld'], args: ['--ip-masq', '--kube-subnet-mgr'],
          resources: { requests: { cpu: '100m', memory: '50Mi' } },
          securityContext: { privileged: false, capabilities: { add: ['NET_ADMIN', 'NET_RAW'] } },
          env: [
            { name: 'POD_NAME', valueFrom: fieldRef('metadata.name') },
            { name: 'POD_NAMESPACE', valueFrom: fieldRef('metadata.namespace') },
            { name: 'EVENT_QUEUE_DEPTH', value: '5000' },
          ],
          volumeMounts: [
            { name: 'run', mountPath: '/run/flannel' },
            { name: 'flannel-cfg', mountPath: '/etc/kube-flannel/' },
            { name: 'xtables-lock', mountPath: '/run/xtables.lock' },
          ],
        }],
        volumes: [
          { name: 'run', hostPath: { path: '/run/flannel' } },
          { name: 'cni-plugin', hostPath: { path: '/opt/cni/bin' } },
          { name: 'cni', hostPath: { path: '/etc/cni/net.d' } },
          { name: 'flannel-cfg', configMap: { name: 'kube-flannel-cfg' } },
          { name: 'xtables-lock', hostPath: { path: '/run/xtables.lock', type: 'FileOrCreate' } },
        ],
      },
    },
  },
};
