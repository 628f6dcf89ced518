// The "New from template" list: one starter manifest per kind the course teaches, in the order a
// student meets them. The manifests themselves (templates-workloads.ts, templates-config.ts) load
// on first use.

export interface Template {
  readonly kind: string;
  /** The file the template is saved to first (a suffix is added when the name is taken). */
  readonly fileBase: string;
}

export const TEMPLATES: readonly Template[] = [
  { kind: 'Pod', fileBase: 'pod' },
  { kind: 'Deployment', fileBase: 'deployment' },
  { kind: 'ReplicaSet', fileBase: 'replicaset' },
  { kind: 'DaemonSet', fileBase: 'daemonset' },
  { kind: 'StatefulSet', fileBase: 'statefulset' },
  { kind: 'Job', fileBase: 'job' },
  { kind: 'CronJob', fileBase: 'cronjob' },
  { kind: 'Service', fileBase: 'service' },
  { kind: 'Ingress', fileBase: 'ingress' },
  { kind: 'NetworkPolicy', fileBase: 'networkpolicy' },
  { kind: 'ConfigMap', fileBase: 'configmap' },
  { kind: 'Secret', fileBase: 'secret' },
  { kind: 'PersistentVolumeClaim', fileBase: 'pvc' },
  { kind: 'PersistentVolume', fileBase: 'pv' },
  { kind: 'StorageClass', fileBase: 'storageclass' },
  { kind: 'Namespace', fileBase: 'namespace' },
  { kind: 'ServiceAccount', fileBase: 'serviceaccount' },
  { kind: 'Role', fileBase: 'role' },
  { kind: 'RoleBinding', fileBase: 'rolebinding' },
  { kind: 'ClusterRole', fileBase: 'clusterrole' },
  { kind: 'ClusterRoleBinding', fileBase: 'clusterrolebinding' },
];

/** The manifest of a template. */
export async function templateText(template: Template): Promise<string> {
  const { TEMPLATE_TEXTS } = await import('./template-texts.ts');
  return TEMPLATE_TEXTS[template.kind] ?? '';
}
