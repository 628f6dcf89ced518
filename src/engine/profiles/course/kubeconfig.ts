// The student's ~/.kube/config: a copy of kubeadm's /etc/kubernetes/admin.conf (cluster
// `kubernetes`, user `kubernetes-admin`, context `kubernetes-admin@kubernetes`), as kubectl writes it.

import { encodeBase64Text as base64 } from '../../base/base64.ts';
import { API_SERVER, CLUSTER_NAME } from './facts.ts';
import { ADMIN_CERT_PEM, ADMIN_KEY_PEM, CA_PEM } from './pki.ts';

const ADMIN_USER = 'kubernetes-admin';

export const KUBECONFIG = `apiVersion: v1
clusters:
- cluster:
    certificate-authority-data: ${base64(CA_PEM)}
    server: ${API_SERVER}
  name: ${CLUSTER_NAME}
contexts:
- context:
    cluster: ${CLUSTER_NAME}
    user: ${ADMIN_USER}
  name: ${ADMIN_USER}@${CLUSTER_NAME}
current-context: ${ADMIN_USER}@${CLUSTER_NAME}
kind: Config
preferences: {}
users:
- name: ${ADMIN_USER}
  user:
    client-certificate-data: ${base64(ADMIN_CERT_PEM)}
    client-key-data: ${base64(ADMIN_KEY_PEM)}
`;
