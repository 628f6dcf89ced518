// The starter manifests by kind, loaded only when a template is picked (they stay out of the page's
// first bundle).

import {
  CLUSTER_ROLE, CLUSTER_ROLE_BINDING, CONFIG_MAP, INGRESS, NAMESPACE, NETWORK_POLICY, PV, PVC, ROLE, ROLE_BINDING, SECRET, SERVICE,
  SERVICE_ACCOUNT, STORAGE_CLASS,
} from './templates-config.ts';
import { CRON_JOB, DAEMON_SET, JOB, POD, STATEFUL_SET, workload } from './templates-workloads.ts';

export const TEMPLATE_TEXTS: Readonly<Record<string, string>> = {
  Pod: POD,
  Deployment: workload('Deployment', 'frontend', '  replicas: 3\n'),
  ReplicaSet: workload('ReplicaSet', 'frontend', '  replicas: 6\n'),
  DaemonSet: DAEMON_SET,
  StatefulSet: STATEFUL_SET,
  Job: JOB,
  CronJob: CRON_JOB,
  Service: SERVICE,
  Ingress: INGRESS,
  NetworkPolicy: NETWORK_POLICY,
  ConfigMap: CONFIG_MAP,
  Secret: SECRET,
  PersistentVolumeClaim: PVC,
  PersistentVolume: PV,
  StorageClass: STORAGE_CLASS,
  Namespace: NAMESPACE,
  ServiceAccount: SERVICE_ACCOUNT,
  Role: ROLE,
  RoleBinding: ROLE_BINDING,
  ClusterRole: CLUSTER_ROLE,
  ClusterRoleBinding: CLUSTER_ROLE_BINDING,
};
