// The CNI manifests a student applies after `kubeadm init`, as the objects the course's Calico and
// Flannel installs are made of (the same builders the course profile boots with), in the order of
// the published files: calico.yaml (v3.29.1) and kube-flannel.yml (v0.26.1).

import type { KubeObject } from '../../api/types.ts';
import {
  CALICO_CLUSTER_ROLE_BINDINGS, CALICO_CLUSTER_ROLES, CALICO_CONFIG, CALICO_KUBE_CONTROLLERS, CALICO_KUBE_CONTROLLERS_PDB, CALICO_NODE,
  CALICO_SERVICE_ACCOUNTS,
} from '../../profiles/course/calico-manifests.ts';
import {
  FLANNEL_CLUSTER_ROLE_BINDINGS, FLANNEL_CLUSTER_ROLES, FLANNEL_CONFIG, FLANNEL_DAEMON_SET, FLANNEL_NAMESPACE_OBJECT, FLANNEL_SERVICE_ACCOUNT,
} from '../../profiles/course/flannel-manifests.ts';
import { clusterRoleBindingObjects, clusterRoleObjects } from '../../profiles/course/rbac.ts';

export const CALICO_MANIFEST_URL = 'https://raw.githubusercontent.com/projectcalico/calico/v3.29.1/manifests/calico.yaml';
export const FLANNEL_MANIFEST_URL = 'https://github.com/flannel-io/flannel/releases/latest/download/kube-flannel.yml';

/** calico.yaml's objects, CustomResourceDefinitions left out (see FIDELITY). */
export function calicoManifestObjects(): KubeObject[] {
  return [
    CALICO_KUBE_CONTROLLERS_PDB,
    ...CALICO_SERVICE_ACCOUNTS.map((name): KubeObject => ({ apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name, namespace: 'kube-system' } })),
    CALICO_CONFIG,
    ...clusterRoleObjects(CALICO_CLUSTER_ROLES, false),
    ...clusterRoleBindingObjects(CALICO_CLUSTER_ROLE_BINDINGS, false),
    CALICO_NODE,
    CALICO_KUBE_CONTROLLERS,
  ];
}

export function flannelManifestObjects(): KubeObject[] {
  return [
    FLANNEL_NAMESPACE_OBJECT,
    ...clusterRoleObjects(FLANNEL_CLUSTER_ROLES, false),
    ...clusterRoleBindingObjects(FLANNEL_CLUSTER_ROLE_BINDINGS, false),
    FLANNEL_SERVICE_ACCOUNT,
    FLANNEL_CONFIG,
    FLANNEL_DAEMON_SET,
  ];
}
