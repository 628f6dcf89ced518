// The API server's bootstrap RBAC policy (v1.31): cluster roles, one role per controller that
// kube-controller-manager runs with --use-service-account-credentials (rbac-controller-roles.ts), their bindings, and the
// namespaced roles in kube-system and kube-public. Pure data, from plugin/pkg/auth/authorizer/rbac/bootstrappolicy.

import { EVENTS, group, READ, rule, serviceAccount, urls, user, type BindingSpec, type RoleSpec } from './rbac.ts';

const WRITE = 'create delete deletecollection patch update';
const TO_ADMIN = 'rbac.authorization.k8s.io/aggregate-to-admin';
const TO_EDIT = 'rbac.authorization.k8s.io/aggregate-to-edit';
const TO_VIEW = 'rbac.authorization.k8s.io/aggregate-to-view';

export const BOOTSTRAP_CLUSTER_ROLES: readonly RoleSpec[] = [
  { name: 'admin', rules: [], aggregates: TO_ADMIN },
  { name: 'cluster-admin', rules: [rule('*', '*', '*'), urls('*', '*')] },
  { name: 'edit', rules: [], labels: { [TO_ADMIN]: 'true' }, aggregates: TO_EDIT },
  {
    name: 'system:aggregate-to-admin', labels: { [TO_ADMIN]: 'true' }, rules: [
      rule('authorization.k8s.io', 'localsubjectaccessreviews', 'create'),
      rule('rbac.authorization.k8s.io', 'rolebindings roles', `create delete deletecollection ${READ} patch update`),
    ],
  },
  {
    name: 'system:aggregate-to-edit', labels: { [TO_EDIT]: 'true' }, rules: [
      rule('core', 'pods/attach pods/exec pods/portforward pods/proxy secrets services/proxy', READ),
      rule('core', 'serviceaccounts', 'impersonate'),
      rule('core', 'pods pods/attach pods/exec pods/portforward pods/proxy', WRITE),
      rule('core', 'pods/eviction', 'create'),
      rule('core', 'configmaps events persistentvolumeclaims replicationcontrollers replicationcontrollers/scale secrets serviceaccounts services services/proxy', WRITE),
      rule('core', 'serviceaccounts/token', 'create'),
      rule('apps', 'daemonsets deployments deployments/rollback deployments/scale replicasets replicasets/scale statefulsets statefulsets/scale', WRITE),
      rule('autoscaling', 'horizontalpodautoscalers', WRITE),
      rule('batch', 'cronjobs jobs', WRITE),
      rule('extensions', 'daemonsets deployments deployments/rollback deployments/scale ingresses networkpolicies replicasets replicasets/scale replicationcontrollers/scale', WRITE),
      rule('policy', 'poddisruptionbudgets', WRITE),
      rule('networking.k8s.io', 'ingresses networkpolicies', WRITE),
    ],
  },
  {
    name: 'system:aggregate-to-view', labels: { [TO_VIEW]: 'true' }, rules: [
      rule('core', 'configmaps endpoints persistentvolumeclaims persistentvolumeclaims/status pods replicationcontrollers replicationcontrollers/scale serviceaccounts services services/status', READ),
      rule('core', 'bindings events limitranges namespaces/status pods/log pods/status replicationcontrollers/status resourcequotas resourcequotas/status', READ),
      rule('core', 'namespaces', READ),
      rule('discovery.k8s.io', 'endpointslices', READ),
      rule('apps', 'controllerrevisions daemonsets daemonsets/status deployments deployments/scale deployments/status replicasets replicasets/scale replicasets/status statefulsets statefulsets/scale statefulsets/status', READ),
      rule('autoscaling', 'horizontalpodautoscalers horizontalpodautoscalers/status', READ),
      rule('batch', 'cronjobs cronjobs/status jobs jobs/status', READ),
      rule('extensions', 'daemonsets daemonsets/status deployments deployments/scale deployments/status ingresses ingresses/status networkpolicies replicasets replicasets/scale replicasets/status replicationcontrollers/scale', READ),
      rule('policy', 'poddisruptionbudgets poddisruptionbudgets/status', READ),
      rule('networking.k8s.io', 'ingresses ingresses/status networkpolicies', READ),
    ],
  },
  {
    name: 'system:auth-delegator', rules: [
      rule('authentication.k8s.io', 'tokenreviews', 'create'),
      rule('authorization.k8s.io', 'subjectaccessreviews', 'create'),
    ],
  },
  {
    name: 'system:basic-user', rules: [
      rule('authorization.k8s.io', 'selfsubjectaccessreviews selfsubjectrulesreviews', 'create'),
      rule('authentication.k8s.io', 'selfsubjectreviews', 'create'),
    ],
  },
  { name: 'system:certificates.k8s.io:certificatesigningrequests:nodeclient', rules: [rule('certificates.k8s.io', 'certificatesigningrequests/nodeclient', 'create')] },
  { name: 'system:certificates.k8s.io:certificatesigningrequests:selfnodeclient', rules: [rule('certificates.k8s.io', 'certificatesigningrequests/selfnodeclient', 'create')] },
  { name: 'system:certificates.k8s.io:kube-apiserver-client-approver', rules: [rule('certificates.k8s.io', 'signers', 'approve', 'kubernetes.io/kube-apiserver-client')] },
  { name: 'system:certificates.k8s.io:kube-apiserver-client-kubelet-approver', rules: [rule('certificates.k8s.io', 'signers', 'approve', 'kubernetes.io/kube-apiserver-client-kubelet')] },
  { name: 'system:certificates.k8s.io:kubelet-serving-approver', rules: [rule('certificates.k8s.io', 'signers', 'approve', 'kubernetes.io/kubelet-serving')] },
  { name: 'system:certificates.k8s.io:legacy-unknown-approver', rules: [rule('certificates.k8s.io', 'signers', 'approve', 'kubernetes.io/legacy-unknown')] },
  { name: 'system:discovery', rules: [urls('/api /api/* /apis /apis/* /healthz /livez /openapi /openapi/* /readyz /version /version/', 'get')] },
  { name: 'system:heapster', rules: [rule('core', 'events namespaces nodes pods', READ), rule('extensions', 'deployments', READ)] },
  { name: 'system:kube-aggregator', rules: [rule('core', 'endpoints services', READ)] },
  {
    name: 'system:kube-controller-manager', rules: [
      EVENTS,
      rule('coordination.k8s.io', 'leases', 'create'),
      rule('coordination.k8s.io', 'leases', 'get update', 'kube-controller-manager'),
      rule('core', 'secrets serviceaccounts', 'create'),
      rule('core', 'secrets', 'delete'),
      rule('core', 'configmaps namespaces secrets serviceaccounts', 'get'),
      rule('core', 'secrets serviceaccounts', 'update'),
      rule('authentication.k8s.io', 'tokenreviews', 'create'),
      rule('authorization.k8s.io', 'subjectaccessreviews', 'create'),
      rule('*', '*', 'list watch'),
      rule('core', 'serviceaccounts/token', 'create'),
    ],
  },
  { name: 'system:kube-dns', rules: [rule('core', 'endpoints services', 'list watch')] },
  {
    name: 'system:kube-scheduler', rules: [
      EVENTS,
      rule('coordination.k8s.io', 'leases', 'create'),
      rule('coordination.k8s.io', 'leases', 'get update', 'kube-scheduler'),
      rule('core', 'nodes', READ),
      rule('core', 'pods', `delete ${READ}`),
      rule('core', 'bindings pods/binding', 'create'),
      rule('core', 'pods/status', 'patch update'),
      rule('core', 'replicationcontrollers services', READ),
      rule('apps extensions', 'replicasets', READ),
      rule('apps', 'statefulsets', READ),
      rule('policy', 'poddisruptionbudgets', READ),
      rule('core', 'persistentvolumeclaims persistentvolumes', READ),
      rule('authentication.k8s.io', 'tokenreviews', 'create'),
      rule('authorization.k8s.io', 'subjectaccessreviews', 'create'),
      rule('storage.k8s.io', 'csinodes', READ),
      rule('core', 'namespaces', READ),
      rule('storage.k8s.io', 'csidrivers', READ),
      rule('storage.k8s.io', 'csistoragecapacities', READ),
    ],
  },
  {
    name: 'system:kubelet-api-admin', rules: [
      rule('core', 'nodes', READ),
      rule('core', 'nodes', 'proxy'),
      rule('core', 'nodes/log nodes/metrics nodes/proxy nodes/stats', '*'),
    ],
  },
  { name: 'system:monitoring', rules: [urls('/healthz /healthz/* /livez /livez/* /metrics /metrics/slis /readyz /readyz/*', 'get')] },
  {
    name: 'system:node', rules: [
      rule('authentication.k8s.io', 'tokenreviews', 'create'),
      rule('authorization.k8s.io', 'localsubjectaccessreviews subjectaccessreviews', 'create'),
      rule('core', 'services', READ),
      rule('core', 'nodes', `create ${READ}`),
      rule('core', 'nodes/status', 'patch update'),
      rule('core', 'nodes', 'patch update'),
      rule('core', 'events', 'create patch update'),
      rule('core', 'pods', READ),
      rule('core', 'pods', 'create delete'),
      rule('core', 'pods/status', 'patch update'),
      rule('core', 'pods/eviction', 'create'),
      rule('core', 'configmaps secrets', READ),
      rule('core', 'persistentvolumeclaims persistentvolumes', 'get'),
      rule('core', 'endpoints', 'get'),
      rule('certificates.k8s.io', 'certificatesigningrequests', `create ${READ}`),
      rule('coordination.k8s.io', 'leases', 'create delete get patch update'),
      rule('storage.k8s.io', 'volumeattachments', 'get'),
      rule('core', 'serviceaccounts/token', 'create'),
      rule('core', 'persistentvolumeclaims/status', 'get patch update'),
      rule('storage.k8s.io', 'csidrivers', READ),
      rule('storage.k8s.io', 'csinodes', 'create delete get patch update'),
      rule('node.k8s.io', 'runtimeclasses', READ),
    ],
  },
  { name: 'system:node-bootstrapper', rules: [rule('certificates.k8s.io', 'certificatesigningrequests', `create ${READ}`)] },
  { name: 'system:node-problem-detector', rules: [rule('core', 'nodes', 'get'), rule('core', 'nodes/status', 'patch'), EVENTS] },
  {
    name: 'system:node-proxier', rules: [
      rule('core', 'endpoints services', 'list watch'),
      rule('core', 'nodes', READ),
      EVENTS,
      rule('discovery.k8s.io', 'endpointslices', 'list watch'),
    ],
  },
  {
    name: 'system:persistent-volume-provisioner', rules: [
      rule('core', 'persistentvolumes', `create delete ${READ}`),
      rule('core', 'persistentvolumeclaims', 'get list update watch'),
      rule('storage.k8s.io', 'storageclasses', READ),
      rule('core', 'events', 'watch'),
      EVENTS,
    ],
  },
  { name: 'system:public-info-viewer', rules: [urls('/healthz /livez /readyz /version /version/', 'get')] },
  { name: 'system:service-account-issuer-discovery', rules: [urls('/.well-known/openid-configuration /openid/v1/jwks', 'get')] },
  {
    name: 'system:volume-scheduler', rules: [
      rule('core', 'persistentvolumes', 'get list patch update watch'),
      rule('storage.k8s.io', 'storageclasses', READ),
      rule('core', 'persistentvolumeclaims', 'get list patch update watch'),
    ],
  },
  { name: 'view', rules: [], labels: { [TO_EDIT]: 'true' }, aggregates: TO_VIEW },
];

export const BOOTSTRAP_CLUSTER_ROLE_BINDINGS: readonly BindingSpec[] = [
  { name: 'cluster-admin', role: 'cluster-admin', subjects: [group('system:masters')] },
  { name: 'system:basic-user', role: 'system:basic-user', subjects: [group('system:authenticated')] },
  { name: 'system:discovery', role: 'system:discovery', subjects: [group('system:authenticated')] },
  { name: 'system:kube-controller-manager', role: 'system:kube-controller-manager', subjects: [user('system:kube-controller-manager')] },
  { name: 'system:kube-dns', role: 'system:kube-dns', subjects: [serviceAccount('kube-system', 'kube-dns')] },
  { name: 'system:kube-scheduler', role: 'system:kube-scheduler', subjects: [user('system:kube-scheduler')] },
  { name: 'system:monitoring', role: 'system:monitoring', subjects: [group('system:monitoring')] },
  { name: 'system:node', role: 'system:node', subjects: [] },
  { name: 'system:node-proxier', role: 'system:node-proxier', subjects: [user('system:kube-proxy')] },
  { name: 'system:public-info-viewer', role: 'system:public-info-viewer', subjects: [group('system:authenticated'), group('system:unauthenticated')] },
  { name: 'system:service-account-issuer-discovery', role: 'system:service-account-issuer-discovery', subjects: [group('system:serviceaccounts')] },
  { name: 'system:volume-scheduler', role: 'system:volume-scheduler', subjects: [user('system:kube-scheduler')] },
];

const LEADER_LOCKING = [
  rule('coordination.k8s.io', 'leases', 'create get list update watch'),
  rule('coordination.k8s.io', 'leasecandidates', 'create get list update watch'),
];

export const KUBE_SYSTEM_ROLES: readonly RoleSpec[] = [
  { name: 'extension-apiserver-authentication-reader', rules: [rule('core', 'configmaps', READ, 'extension-apiserver-authentication')] },
  { name: 'system::leader-locking-kube-controller-manager', rules: LEADER_LOCKING },
  { name: 'system::leader-locking-kube-scheduler', rules: LEADER_LOCKING },
  { name: 'system:controller:bootstrap-signer', rules: [rule('core', 'secrets', READ)] },
  { name: 'system:controller:cloud-provider', rules: [rule('core', 'configmaps', `create ${READ}`)] },
  { name: 'system:controller:token-cleaner', rules: [rule('core', 'secrets', `delete ${READ}`), EVENTS] },
];

export const KUBE_SYSTEM_ROLE_BINDINGS: readonly BindingSpec[] = [
  {
    name: 'system::extension-apiserver-authentication-reader', role: 'extension-apiserver-authentication-reader',
    subjects: [user('system:kube-controller-manager'), user('system:kube-scheduler')],
  },
  {
    name: 'system::leader-locking-kube-controller-manager', role: 'system::leader-locking-kube-controller-manager',
    subjects: [user('system:kube-controller-manager'), serviceAccount('kube-system', 'kube-controller-manager')],
  },
  {
    name: 'system::leader-locking-kube-scheduler', role: 'system::leader-locking-kube-scheduler',
    subjects: [user('system:kube-scheduler'), serviceAccount('kube-system', 'kube-scheduler')],
  },
  { name: 'system:controller:bootstrap-signer', role: 'system:controller:bootstrap-signer', subjects: [serviceAccount('kube-system', 'bootstrap-signer')] },
  { name: 'system:controller:cloud-provider', role: 'system:controller:cloud-provider', subjects: [serviceAccount('kube-system', 'cloud-provider')] },
  { name: 'system:controller:token-cleaner', role: 'system:controller:token-cleaner', subjects: [serviceAccount('kube-system', 'token-cleaner')] },
];

export const KUBE_PUBLIC_ROLES: readonly RoleSpec[] = [
  {
    name: 'system:controller:bootstrap-signer', rules: [
      rule('core', 'configmaps', READ),
      rule('core', 'configmaps', 'update', 'cluster-info'),
      EVENTS,
    ],
  },
];

export const KUBE_PUBLIC_ROLE_BINDINGS: readonly BindingSpec[] = [
  { name: 'system:controller:bootstrap-signer', role: 'system:controller:bootstrap-signer', subjects: [serviceAccount('kube-system', 'bootstrap-signer')] },
];
