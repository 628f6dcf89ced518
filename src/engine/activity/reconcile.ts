// What a controller's work-queue key names, for the 'reconcile' entries: the kind each queue syncs,
// and which queues are quiet (their many no-op syncs are recorded only when they write something).

import { resourceByName } from '../api/kinds.ts';
import type { ActivityLog } from './log.ts';
import type { ActivityObject } from './types.ts';

interface QueueInfo {
  readonly kind: string;
  /** The controller, when the queue is one of several a controller runs. */
  readonly controller?: string;
  readonly quiet?: boolean;
  /** The key is the object's name only (cluster-scoped, or a namespace). */
  readonly byName?: boolean;
}

/** Work queues by name (the controllers' names, as their events report them). */
const QUEUES: Readonly<Record<string, QueueInfo>> = {
  'replicaset-controller': { kind: 'ReplicaSet' },
  'replication-controller': { kind: 'ReplicationController' },
  'deployment-controller': { kind: 'Deployment' },
  'statefulset-controller': { kind: 'StatefulSet' },
  'daemonset-controller': { kind: 'DaemonSet' },
  'job-controller': { kind: 'Job' },
  'job-controller/orphan-pods': { kind: 'Pod', controller: 'job-controller', quiet: true },
  'cronjob-controller': { kind: 'CronJob' },
  'ttl-after-finished-controller': { kind: 'Job' },
  'endpoint-controller': { kind: 'Service' },
  'endpointslice-controller': { kind: 'Service' },
  'namespace-controller': { kind: 'Namespace', byName: true },
  'serviceaccount-controller': { kind: 'Namespace', byName: true, quiet: true },
  'root-ca-cert-publisher': { kind: 'Namespace', byName: true, quiet: true },
  'pvc-protection-controller': { kind: 'PersistentVolumeClaim', quiet: true },
  'pv-protection-controller': { kind: 'PersistentVolume', byName: true, quiet: true },
  'metrics-apiservice-available': { kind: 'APIService', byName: true, quiet: true },
  'persistentvolume-binder-controller': { kind: 'PersistentVolumeClaim', quiet: true },
  'node-lifecycle-controller': { kind: 'Node', byName: true, quiet: true },
  'taint-eviction-controller': { kind: 'Pod', quiet: true },
  'disruption-controller': { kind: 'PodDisruptionBudget', quiet: true },
  'resourcequota-controller': { kind: 'ResourceQuota', quiet: true },
  'persistentvolume-expander-controller': { kind: 'PersistentVolumeClaim', quiet: true },
  'clusterrole-aggregation-controller': { kind: 'ClusterRole', byName: true, quiet: true },
  'apiextensions-crd': { kind: 'CustomResourceDefinition', byName: true, quiet: true },
};
const GARBAGE_COLLECTOR = 'garbage-collector-controller';

/** Starts the 'reconcile' of `key` by the controller behind `queue` (the log is on). */
export function beginReconcile(log: ActivityLog, queue: string, key: string): void {
  if (queue === GARBAGE_COLLECTOR) {
    log.beginReconcile(queue, garbageCollectorTarget(key), key, true);
    return;
  }
  const info = QUEUES[queue];
  const object = info === undefined ? { kind: '', name: key } : keyTarget(info, key);
  log.beginReconcile(info?.controller ?? queue, object, key, info?.quiet ?? false);
}

function keyTarget(info: QueueInfo, key: string): ActivityObject {
  const slash = info.byName ? -1 : key.indexOf('/');
  return slash < 0 ? { kind: info.kind, name: key } : { kind: info.kind, namespace: key.slice(0, slash), name: key.slice(slash + 1) };
}

/** The garbage collector's keys name an owner: `group/resource|namespace|name|uid`. */
function garbageCollectorTarget(key: string): ActivityObject {
  const [resource = '', namespace = '', name = ''] = key.split('|');
  const slash = resource.indexOf('/');
  const info = resourceByName(resource.slice(0, slash), resource.slice(slash + 1));
  return { kind: info?.kind ?? resource, ...(info?.namespaced && namespace ? { namespace } : {}), name };
}
