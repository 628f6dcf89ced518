// The system:controller:* ClusterRoles of a v1.31 control plane, one per kube-controller-manager
// controller (upstream plugin/pkg/auth/authorizer/rbac/bootstrappolicy/controller_policy.go).

import { EVENTS, READ, rule, type RoleSpec } from './rbac.ts';

/** system:controller:<name> roles, each bound to the kube-system service account <name>. */
export const CONTROLLER_ROLES: readonly RoleSpec[] = [
  {
    name: 'attachdetach-controller', rules: [
      rule('core', 'persistentvolumeclaims persistentvolumes', 'list watch'),
      rule('core', 'nodes', READ),
      rule('core', 'nodes/status', 'patch update'),
      rule('core', 'pods', 'list watch'),
      EVENTS,
      rule('storage.k8s.io', 'volumeattachments', `create delete ${READ}`),
      rule('storage.k8s.io', 'csidrivers', READ),
      rule('storage.k8s.io', 'csinodes', READ),
    ],
  },
  {
    name: 'certificate-controller', rules: [
      rule('certificates.k8s.io', 'certificatesigningrequests', `delete ${READ}`),
      rule('certificates.k8s.io', 'certificatesigningrequests/approval certificatesigningrequests/status', 'update'),
      rule('certificates.k8s.io', 'signers', 'approve', 'kubernetes.io/kube-apiserver-client-kubelet'),
      rule('certificates.k8s.io', 'signers', 'sign', 'kubernetes.io/kube-apiserver-client kubernetes.io/kube-apiserver-client-kubelet kubernetes.io/kubelet-serving kubernetes.io/legacy-unknown'),
      rule('authorization.k8s.io', 'subjectaccessreviews', 'create'),
      EVENTS,
    ],
  },
  { name: 'clusterrole-aggregation-controller', rules: [rule('rbac.authorization.k8s.io', 'clusterroles', 'escalate get list patch update watch')] },
  {
    name: 'cronjob-controller', rules: [
      rule('batch', 'cronjobs', 'get list update watch'),
      rule('batch', 'jobs', `create delete ${READ} patch update`),
      rule('batch', 'cronjobs/status', 'update'),
      rule('batch', 'cronjobs/finalizers', 'update'),
      rule('core', 'pods', 'delete list watch'),
      EVENTS,
    ],
  },
  {
    name: 'daemon-set-controller', rules: [
      rule('apps extensions', 'daemonsets', READ),
      rule('apps extensions', 'daemonsets/status', 'update'),
      rule('apps extensions', 'daemonsets/finalizers', 'update'),
      rule('core', 'nodes', 'list watch'),
      rule('core', 'pods', 'create delete list patch watch'),
      rule('core', 'pods/binding', 'create'),
      rule('apps', 'controllerrevisions', `create delete ${READ} patch update`),
      EVENTS,
    ],
  },
  {
    name: 'deployment-controller', rules: [
      rule('apps extensions', 'deployments', 'get list update watch'),
      rule('apps extensions', 'deployments/status', 'update'),
      rule('apps extensions', 'deployments/finalizers', 'update'),
      rule('apps extensions', 'replicasets', `create delete ${READ} patch update`),
      rule('core', 'pods', 'get list update watch'),
      EVENTS,
    ],
  },
  {
    name: 'disruption-controller', rules: [
      rule('apps extensions', 'deployments', READ),
      rule('apps extensions', 'replicasets', READ),
      rule('core', 'replicationcontrollers', READ),
      rule('policy', 'poddisruptionbudgets', READ),
      rule('apps', 'statefulsets', READ),
      rule('policy', 'poddisruptionbudgets/status', 'update'),
      rule('core', 'pods/status', 'patch update'),
      rule('*', '*/scale', 'get'),
      EVENTS,
    ],
  },
  {
    name: 'endpoint-controller', rules: [
      rule('core', 'pods services', READ),
      rule('core', 'endpoints', `create delete ${READ} update`),
      rule('core', 'endpoints/restricted', 'create'),
      EVENTS,
    ],
  },
  {
    name: 'endpointslice-controller', rules: [
      rule('core', 'nodes pods services', READ),
      rule('core', 'services/finalizers', 'update'),
      rule('discovery.k8s.io', 'endpointslices', `create delete ${READ} update`),
      EVENTS,
    ],
  },
  {
    name: 'endpointslicemirroring-controller', rules: [
      rule('core', 'endpoints services', READ),
      rule('core', 'services/finalizers', 'update'),
      rule('core', 'endpoints/finalizers', 'update'),
      rule('discovery.k8s.io', 'endpointslices', `create delete ${READ} update`),
      EVENTS,
    ],
  },
  {
    name: 'ephemeral-volume-controller', rules: [
      rule('core', 'pods', READ),
      rule('core', 'pods/finalizers', 'update'),
      rule('core', 'persistentvolumeclaims', `create ${READ}`),
      EVENTS,
    ],
  },
  {
    name: 'expand-controller', rules: [
      rule('core', 'persistentvolumes', 'get list patch update watch'),
      rule('core', 'persistentvolumeclaims/status', 'patch update'),
      rule('core', 'persistentvolumeclaims', READ),
      EVENTS,
    ],
  },
  { name: 'generic-garbage-collector', rules: [rule('*', '*', 'delete get list patch update watch'), EVENTS] },
  {
    name: 'horizontal-pod-autoscaler', rules: [
      rule('autoscaling', 'horizontalpodautoscalers', READ),
      rule('autoscaling', 'horizontalpodautoscalers/status', 'update'),
      rule('*', '*/scale', 'get update'),
      rule('core', 'pods', 'list watch'),
      rule('metrics.k8s.io', 'pods', 'list watch'),
      rule('custom.metrics.k8s.io', '*', READ),
      rule('external.metrics.k8s.io', '*', READ),
      EVENTS,
    ],
  },
  {
    name: 'job-controller', rules: [
      rule('batch', 'jobs', 'get list patch update watch'),
      rule('batch', 'jobs/status', 'update'),
      rule('batch', 'jobs/finalizers', 'update'),
      rule('core', 'pods', 'create delete list patch watch'),
      EVENTS,
    ],
  },
  {
    name: 'legacy-service-account-token-cleaner', rules: [
      rule('core', 'configmaps', 'get', 'kube-apiserver-legacy-service-account-token-tracking'),
      rule('core', 'secrets', 'delete patch'),
    ],
  },
  {
    name: 'namespace-controller', rules: [
      rule('core', 'namespaces', `delete ${READ}`),
      rule('core', 'namespaces/finalize namespaces/status', 'update'),
      rule('*', '*', `delete deletecollection ${READ}`),
    ],
  },
  {
    name: 'node-controller', rules: [
      rule('core', 'nodes', 'delete get list patch update watch'),
      rule('core', 'nodes/status', 'patch update'),
      rule('core', 'pods/status', 'patch update'),
      rule('core', 'pods', `delete ${READ}`),
      EVENTS,
    ],
  },
  {
    name: 'persistent-volume-binder', rules: [
      rule('core', 'persistentvolumes', `create delete get list update watch`),
      rule('core', 'persistentvolumes/status', 'update'),
      rule('core', 'persistentvolumeclaims', 'get list update watch'),
      rule('core', 'persistentvolumeclaims/status', 'update'),
      rule('core', 'pods', `create delete ${READ}`),
      rule('storage.k8s.io', 'storageclasses', READ),
      rule('core', 'nodes', 'list watch'),
      EVENTS,
      rule('core', 'events', 'watch'),
    ],
  },
  {
    name: 'pod-garbage-collector', rules: [
      rule('core', 'pods', 'delete list watch'),
      rule('core', 'nodes', READ),
      rule('core', 'pods/status', 'patch'),
    ],
  },
  { name: 'pv-protection-controller', rules: [rule('core', 'persistentvolumes', 'get list update watch'), EVENTS] },
  {
    name: 'pvc-protection-controller', rules: [
      rule('core', 'persistentvolumeclaims', 'get list update watch'),
      rule('core', 'persistentvolumeclaims/status', 'update'),
      rule('core', 'pods', READ),
      EVENTS,
    ],
  },
  {
    name: 'replicaset-controller', rules: [
      rule('apps extensions', 'replicasets', 'get list update watch'),
      rule('apps extensions', 'replicasets/status', 'update'),
      rule('apps extensions', 'replicasets/finalizers', 'update'),
      rule('core', 'pods', 'create delete list patch watch'),
      EVENTS,
    ],
  },
  {
    name: 'replication-controller', rules: [
      rule('core', 'replicationcontrollers', 'get list update watch'),
      rule('core', 'replicationcontrollers/status', 'update'),
      rule('core', 'replicationcontrollers/finalizers', 'update'),
      rule('core', 'pods', 'create delete list patch watch'),
      EVENTS,
    ],
  },
  { name: 'resourcequota-controller', rules: [rule('*', '*', 'list watch'), rule('core', 'resourcequotas/status', 'update'), EVENTS] },
  { name: 'root-ca-cert-publisher', rules: [rule('core', 'configmaps', 'create update'), EVENTS] },
  { name: 'route-controller', rules: [rule('core', 'nodes', 'list watch'), rule('core', 'nodes/status', 'patch'), EVENTS] },
  { name: 'service-account-controller', rules: [rule('core', 'serviceaccounts', 'create'), EVENTS] },
  {
    name: 'service-controller', rules: [
      rule('core', 'services', READ),
      rule('core', 'services/status', 'patch update'),
      rule('core', 'nodes', 'list watch'),
      EVENTS,
    ],
  },
  {
    name: 'statefulset-controller', rules: [
      rule('core', 'pods', 'list watch'),
      rule('apps', 'statefulsets', READ),
      rule('apps', 'statefulsets/status', 'update'),
      rule('apps', 'statefulsets/finalizers', 'update'),
      rule('core', 'pods', 'create delete get patch update'),
      rule('apps', 'controllerrevisions', `create delete ${READ} patch update`),
      rule('core', 'persistentvolumeclaims', `create ${READ}`),
      rule('core', 'persistentvolumeclaims', 'delete update'),
      rule('core', 'pods/finalizers', 'update'),
      EVENTS,
    ],
  },
  { name: 'ttl-after-finished-controller', rules: [rule('batch', 'jobs', `delete ${READ}`), EVENTS] },
  { name: 'ttl-controller', rules: [rule('core', 'nodes', 'list patch update watch'), EVENTS] },
  {
    name: 'validatingadmissionpolicy-status-controller', rules: [
      rule('admissionregistration.k8s.io', 'validatingadmissionpolicies', READ),
      rule('admissionregistration.k8s.io', 'validatingadmissionpolicies/status', 'get patch update'),
      EVENTS,
    ],
  },
];
