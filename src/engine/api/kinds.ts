// The kinds registry: every built-in resource a kubeadm v1.31 cluster serves, as discovery lists it
// (`kubectl api-resources`). Data, not code: one row per resource, in discovery order.

export interface ResourceInfo {
  readonly group: string;
  readonly version: string;
  readonly kind: string;
  /** Plural resource name, e.g. `deployments`. */
  readonly resource: string;
  readonly singular: string;
  readonly shortNames: readonly string[];
  readonly namespaced: boolean;
  readonly verbs: readonly string[];
  readonly categories: readonly string[];
  /** Set for kinds a CustomResourceDefinition serves (derived from the stored CRD). */
  readonly custom?: CustomResourceFacts;
}

/** What the API server and kubectl need from a CRD to serve and print its custom resources. */
export interface CustomResourceFacts {
  /** The CRD's name (`ipaddresspools.metallb.io`). */
  readonly crd: string;
  /** Every served version, the preferred one first. */
  readonly servedVersions: readonly string[];
  readonly statusSubresource: boolean;
  /** `additionalPrinterColumns` of the preferred version. */
  readonly printerColumns: readonly CustomPrinterColumn[];
  /** `openAPIV3Schema` per served version (absent when the version declares none). */
  readonly schemas: Readonly<Record<string, unknown>>;
}

export interface CustomPrinterColumn {
  readonly name: string;
  readonly type: string;
  readonly jsonPath: string;
  readonly format?: string;
  readonly priority?: number;
  readonly description?: string;
}

/** The kinds one API server serves: the built-in rows plus what its established CRDs add. */
export interface Kinds {
  readonly resources: readonly ResourceInfo[];
  resourceForKind(group: string, kind: string): ResourceInfo | undefined;
  resourceByName(group: string, resource: string): ResourceInfo | undefined;
  servesVersion(group: string, version: string, kind: string): boolean;
  groupVersions(): string[];
  resolveResource(typed: string): ResourceInfo | undefined;
}

const ALL_VERBS = ['create', 'delete', 'deletecollection', 'get', 'list', 'patch', 'update', 'watch'] as const;
const CREATE_ONLY = ['create'] as const;
const READ_ONLY = ['get', 'list'] as const;

type Row = [group: string, version: string, kind: string, resource: string, shortNames: string, namespaced: boolean,
  verbs?: readonly string[], categories?: string];

// Order: core first, then groups alphabetically, resources alphabetically (as api-resources sorts).
const ROWS: readonly Row[] = [
  ['', 'v1', 'Binding', 'bindings', '', true, CREATE_ONLY],
  ['', 'v1', 'ComponentStatus', 'componentstatuses', 'cs', false, READ_ONLY],
  ['', 'v1', 'ConfigMap', 'configmaps', 'cm', true],
  ['', 'v1', 'Endpoints', 'endpoints', 'ep', true],
  ['', 'v1', 'Event', 'events', 'ev', true],
  ['', 'v1', 'LimitRange', 'limitranges', 'limits', true],
  ['', 'v1', 'Namespace', 'namespaces', 'ns', false, ['create', 'delete', 'get', 'list', 'patch', 'update', 'watch']],
  ['', 'v1', 'Node', 'nodes', 'no', false],
  ['', 'v1', 'PersistentVolumeClaim', 'persistentvolumeclaims', 'pvc', true],
  ['', 'v1', 'PersistentVolume', 'persistentvolumes', 'pv', false],
  ['', 'v1', 'Pod', 'pods', 'po', true, ALL_VERBS, 'all'],
  ['', 'v1', 'PodTemplate', 'podtemplates', '', true],
  ['', 'v1', 'ReplicationController', 'replicationcontrollers', 'rc', true, ALL_VERBS, 'all'],
  ['', 'v1', 'ResourceQuota', 'resourcequotas', 'quota', true],
  ['', 'v1', 'Secret', 'secrets', '', true],
  ['', 'v1', 'ServiceAccount', 'serviceaccounts', 'sa', true],
  ['', 'v1', 'Service', 'services', 'svc', true, ['create', 'delete', 'deletecollection', 'get', 'list', 'patch', 'update', 'watch'], 'all'],
  ['admissionregistration.k8s.io', 'v1', 'MutatingWebhookConfiguration', 'mutatingwebhookconfigurations', '', false, ALL_VERBS, 'api-extensions'],
  ['admissionregistration.k8s.io', 'v1', 'ValidatingAdmissionPolicy', 'validatingadmissionpolicies', '', false, ALL_VERBS, 'api-extensions'],
  ['admissionregistration.k8s.io', 'v1', 'ValidatingAdmissionPolicyBinding', 'validatingadmissionpolicybindings', '', false, ALL_VERBS, 'api-extensions'],
  ['admissionregistration.k8s.io', 'v1', 'ValidatingWebhookConfiguration', 'validatingwebhookconfigurations', '', false, ALL_VERBS, 'api-extensions'],
  ['apiextensions.k8s.io', 'v1', 'CustomResourceDefinition', 'customresourcedefinitions', 'crd,crds', false, ALL_VERBS, 'api-extensions'],
  ['apiregistration.k8s.io', 'v1', 'APIService', 'apiservices', '', false, ALL_VERBS, 'api-extensions'],
  ['apps', 'v1', 'ControllerRevision', 'controllerrevisions', '', true],
  ['apps', 'v1', 'DaemonSet', 'daemonsets', 'ds', true, ALL_VERBS, 'all'],
  ['apps', 'v1', 'Deployment', 'deployments', 'deploy', true, ALL_VERBS, 'all'],
  ['apps', 'v1', 'ReplicaSet', 'replicasets', 'rs', true, ALL_VERBS, 'all'],
  ['apps', 'v1', 'StatefulSet', 'statefulsets', 'sts', true, ALL_VERBS, 'all'],
  ['authentication.k8s.io', 'v1', 'SelfSubjectReview', 'selfsubjectreviews', '', false, CREATE_ONLY],
  ['authentication.k8s.io', 'v1', 'TokenReview', 'tokenreviews', '', false, CREATE_ONLY],
  ['authorization.k8s.io', 'v1', 'LocalSubjectAccessReview', 'localsubjectaccessreviews', '', true, CREATE_ONLY],
  ['authorization.k8s.io', 'v1', 'SelfSubjectAccessReview', 'selfsubjectaccessreviews', '', false, CREATE_ONLY],
  ['authorization.k8s.io', 'v1', 'SelfSubjectRulesReview', 'selfsubjectrulesreviews', '', false, CREATE_ONLY],
  ['authorization.k8s.io', 'v1', 'SubjectAccessReview', 'subjectaccessreviews', '', false, CREATE_ONLY],
  ['autoscaling', 'v2', 'HorizontalPodAutoscaler', 'horizontalpodautoscalers', 'hpa', true, ALL_VERBS, 'all'],
  ['batch', 'v1', 'CronJob', 'cronjobs', 'cj', true, ALL_VERBS, 'all'],
  ['batch', 'v1', 'Job', 'jobs', '', true, ALL_VERBS, 'all'],
  ['certificates.k8s.io', 'v1', 'CertificateSigningRequest', 'certificatesigningrequests', 'csr', false],
  ['coordination.k8s.io', 'v1', 'Lease', 'leases', '', true],
  ['discovery.k8s.io', 'v1', 'EndpointSlice', 'endpointslices', '', true],
  ['events.k8s.io', 'v1', 'Event', 'events', 'ev', true],
  ['flowcontrol.apiserver.k8s.io', 'v1', 'FlowSchema', 'flowschemas', '', false],
  ['flowcontrol.apiserver.k8s.io', 'v1', 'PriorityLevelConfiguration', 'prioritylevelconfigurations', '', false],
  ['networking.k8s.io', 'v1', 'IngressClass', 'ingressclasses', '', false],
  ['networking.k8s.io', 'v1', 'Ingress', 'ingresses', 'ing', true],
  ['networking.k8s.io', 'v1', 'NetworkPolicy', 'networkpolicies', 'netpol', true],
  ['node.k8s.io', 'v1', 'RuntimeClass', 'runtimeclasses', '', false],
  ['policy', 'v1', 'PodDisruptionBudget', 'poddisruptionbudgets', 'pdb', true],
  ['rbac.authorization.k8s.io', 'v1', 'ClusterRoleBinding', 'clusterrolebindings', '', false],
  ['rbac.authorization.k8s.io', 'v1', 'ClusterRole', 'clusterroles', '', false],
  ['rbac.authorization.k8s.io', 'v1', 'RoleBinding', 'rolebindings', '', true],
  ['rbac.authorization.k8s.io', 'v1', 'Role', 'roles', '', true],
  ['scheduling.k8s.io', 'v1', 'PriorityClass', 'priorityclasses', 'pc', false],
  ['storage.k8s.io', 'v1', 'CSIDriver', 'csidrivers', '', false],
  ['storage.k8s.io', 'v1', 'CSINode', 'csinodes', '', false],
  ['storage.k8s.io', 'v1', 'CSIStorageCapacity', 'csistoragecapacities', '', true],
  ['storage.k8s.io', 'v1', 'StorageClass', 'storageclasses', 'sc', false],
  ['storage.k8s.io', 'v1', 'VolumeAttachment', 'volumeattachments', '', false],
];

/** Group versions served besides the preferred ones (api-versions lists them; api-resources does not). */
export const EXTRA_GROUP_VERSIONS: readonly string[] = ['autoscaling/v1', 'flowcontrol.apiserver.k8s.io/v1beta3'];

/** Older versions a manifest may name and the server still accepts, mapped to the stored version. */
const SERVED_ALIASES: ReadonlyArray<readonly [apiVersion: string, kind: string]> = [
  ['autoscaling/v1', 'HorizontalPodAutoscaler'],
];

export const RESOURCES: readonly ResourceInfo[] = ROWS.map(([group, version, kind, resource, shortNames, namespaced, verbs, categories]) => ({
  group, version, kind, resource,
  singular: kind.toLowerCase(),
  shortNames: shortNames === '' ? [] : shortNames.split(','),
  namespaced,
  verbs: verbs ?? ALL_VERBS,
  categories: categories ? [categories] : [],
}));

/**
 * The built-in kinds plus `custom` (sorted into discovery order: custom groups after the built-in ones,
 * alphabetically). A custom kind never shadows a built-in one, as the API server's delegation does.
 */
export function kindsWith(custom: readonly ResourceInfo[]): Kinds {
  const builtIn = new Set(RESOURCES.map((r) => `${r.group}/${r.resource}`));
  const extra = custom.filter((r) => !builtIn.has(`${r.group}/${r.resource}`))
    .sort((a, b) => (a.group === b.group ? cmp(a.resource, b.resource) : cmp(a.group, b.group)));
  const resources = extra.length === 0 ? RESOURCES : [...RESOURCES, ...extra];
  const byGroupKind = new Map(resources.map((r) => [`${r.group}/${r.kind}`, r]));
  const byGroupResource = new Map(resources.map((r) => [`${r.group}/${r.resource}`, r]));
  const resourceForKind = (group: string, kind: string): ResourceInfo | undefined => byGroupKind.get(`${group}/${kind}`);
  return {
    resources,
    resourceForKind,
    resourceByName: (group, resource) => byGroupResource.get(`${group}/${resource}`),
    servesVersion(group, version, kind) {
      const info = resourceForKind(group, kind);
      if (info && (info.version === version || info.custom?.servedVersions.includes(version))) return true;
      const apiVersion = group === '' ? version : `${group}/${version}`;
      return SERVED_ALIASES.some(([v, k]) => v === apiVersion && k === kind);
    },
    groupVersions() {
      const all = new Set(resources.flatMap((r) => (r.custom?.servedVersions ?? [r.version]).map((v) => (r.group === '' ? v : `${r.group}/${v}`))));
      for (const gv of EXTRA_GROUP_VERSIONS) all.add(gv);
      return [...all].sort();
    },
    resolveResource: (typed) => resolveIn(resources, typed),
  };
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Resolves what a user typed (`po`, `pods`, `pod`, `deploy`, `deployments.apps`, `deployment.v1.apps`) to a
 * resource, as kubectl's RESTMapper does. core wins over other groups for ambiguous names (events).
 */
function resolveIn(resources: readonly ResourceInfo[], typed: string): ResourceInfo | undefined {
  const lower = typed.toLowerCase();
  const dot = lower.indexOf('.');
  const name = dot < 0 ? lower : lower.slice(0, dot);
  const rest = dot < 0 ? undefined : lower.slice(dot + 1);
  const matches = resources.filter((r) => r.resource === name || r.singular === name || r.shortNames.includes(name));
  if (rest === undefined) return matches[0];
  return matches.find((r) => r.group === rest || `${r.version}.${r.group}` === rest
    || (r.custom?.servedVersions.some((v) => `${v}.${r.group}` === rest) ?? false));
}

/** The kinds of a server without CRDs; the functions below read it. */
export const BUILT_IN_KINDS: Kinds = kindsWith([]);

export const resourceForKind = BUILT_IN_KINDS.resourceForKind;
export const resourceByName = BUILT_IN_KINDS.resourceByName;
/** Is `apiVersion` + `kind` something this server serves (preferred or an older served version)? */
export const servesVersion = BUILT_IN_KINDS.servesVersion;
export const groupVersions = BUILT_IN_KINDS.groupVersions;
export const resolveResource = BUILT_IN_KINDS.resolveResource;
