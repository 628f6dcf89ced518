// An empty cluster: the four system namespaces and nothing else. For tests that want a blank slate.

import type { KubeObject } from '../../api/types.ts';
import type { Profile } from '../profile.ts';

const BOOT_MS = Date.UTC(2025, 2, 17, 8, 0, 0);

export const emptyProfile: Profile = {
  info: {
    name: 'empty',
    bootTimeMs: BOOT_MS,
    startTimeMs: BOOT_MS + 3_600_000,
    clusterName: 'kubernetes',
    server: 'https://127.0.0.1:6443',
    kubernetesVersion: 'v1.31.4',
    caPem: '-----BEGIN CERTIFICATE-----\nMIIBempty\n-----END CERTIFICATE-----\n',
    network: { serviceCidr: '10.96.0.0/12', podCidr: '10.244.0.0/16', nodePortRange: [30000, 32767] },
    kubeconfig: [
      'apiVersion: v1', 'kind: Config', 'clusters:', '- cluster:', '    server: https://127.0.0.1:6443', '  name: kubernetes',
      'contexts:', '- context:', '    cluster: kubernetes', '    user: kubernetes-admin', '  name: kubernetes-admin@kubernetes',
      'current-context: kubernetes-admin@kubernetes', 'preferences: {}', 'users:', '- name: kubernetes-admin', '  user: {}', '',
    ].join('\n'),
  },
  boot({ client }) {
    for (const name of ['default', 'kube-node-lease', 'kube-public', 'kube-system']) {
      const ns: KubeObject = { apiVersion: 'v1', kind: 'Namespace', metadata: { name } };
      client.create('/namespaces', ns);
    }
  },
};
