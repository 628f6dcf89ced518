// The explicit registry of describers by `<group>/<Kind>` (describe.go describerMap); kinds without
// one use the generic describer.

import type { ResourceInfo } from '../../../engine/index.ts';
import { describeDaemonSet, describeDeployment, describeReplicaSet, describeStatefulSet } from './apps.ts';
import { describeHorizontalPodAutoscaler } from './autoscaling.ts';
import { describeCronJob, describeJob } from './batch.ts';
import { describeConfigMap, describeSecret, describeServiceAccount } from './config.ts';
import { describeGeneric } from './generic.ts';
import { describeIngress } from './ingress.ts';
import { describeLimitRange, describeNamespace, describeResourceQuota } from './namespace.ts';
import { describeNode } from './node.ts';
import { describePodResource } from './pod.ts';
import { describeNetworkPolicy, describePodDisruptionBudget, describePriorityClass } from './policy.ts';
import { describeRole, describeRoleBinding } from './rbac.ts';
import { describeEndpoints, describeService } from './service.ts';
import { describePersistentVolume, describePersistentVolumeClaim, describeStorageClass } from './storage.ts';
import type { Describer } from './types.ts';

const DESCRIBERS: Readonly<Record<string, Describer>> = {
  '/Pod': describePodResource,
  '/Secret': describeSecret,
  '/Service': describeService,
  '/ServiceAccount': describeServiceAccount,
  '/Node': describeNode,
  '/LimitRange': describeLimitRange,
  '/ResourceQuota': describeResourceQuota,
  '/PersistentVolume': describePersistentVolume,
  '/PersistentVolumeClaim': describePersistentVolumeClaim,
  '/Namespace': describeNamespace,
  '/Endpoints': describeEndpoints,
  '/ConfigMap': describeConfigMap,
  'networking.k8s.io/Ingress': describeIngress,
  'batch/Job': describeJob,
  'batch/CronJob': describeCronJob,
  'apps/StatefulSet': describeStatefulSet,
  'apps/Deployment': describeDeployment,
  'apps/DaemonSet': describeDaemonSet,
  'apps/ReplicaSet': describeReplicaSet,
  'storage.k8s.io/StorageClass': describeStorageClass,
  'autoscaling/HorizontalPodAutoscaler': describeHorizontalPodAutoscaler,
  'policy/PodDisruptionBudget': describePodDisruptionBudget,
  'networking.k8s.io/NetworkPolicy': describeNetworkPolicy,
  'scheduling.k8s.io/PriorityClass': describePriorityClass,
  'rbac.authorization.k8s.io/Role': describeRole,
  'rbac.authorization.k8s.io/ClusterRole': describeRole,
  'rbac.authorization.k8s.io/RoleBinding': describeRoleBinding,
  'rbac.authorization.k8s.io/ClusterRoleBinding': describeRoleBinding,
};

export function describerFor(info: ResourceInfo): Describer {
  return DESCRIBERS[`${info.group}/${info.kind}`] ?? describeGeneric;
}
