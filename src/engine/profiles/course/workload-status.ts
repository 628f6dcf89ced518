// The status subresources the workload controllers keep: DaemonSet counts, ReplicaSet replica
// counts, and the Deployment's counts and its Available/Progressing conditions.
// Mirrors daemon_controller.go updateDaemonSetStatus, replica_set_utils.go and deployment sync.go.

import type { KubeObject } from '../../api/types.ts';
import { rfc3339 } from '../../base/time.ts';
import type { BootContext } from '../profile.ts';
import { specOf, statusOf, type Dict } from './meta.ts';
import { isPodReady, ownedPods, rollingBounds } from './workloads.ts';

/** The DaemonSet controller's counts, with `desired` the nodes its pods should run on. */
export function syncDaemonSetStatus(ctx: BootContext, ds: KubeObject, desired: number): void {
  const current = fresh(ctx, 'apps/daemonsets', ds);
  const pods = ownedPods(ctx, current);
  const ready = pods.filter(isPodReady).length;
  const status: Dict = {
    currentNumberScheduled: pods.length,
    numberMisscheduled: 0,
    desiredNumberScheduled: desired,
    numberReady: ready,
    observedGeneration: current.metadata.generation ?? 1,
    updatedNumberScheduled: pods.length,
    numberAvailable: ready,
  };
  if (desired > ready) status.numberUnavailable = desired - ready;
  ctx.client.updateStatus('apps/daemonsets', { ...current, status });
}

/** The ReplicaSet's and the Deployment's status after their pods changed. */
export function syncDeploymentStatus(ctx: BootContext, deploy: KubeObject, rs: KubeObject): void {
  const replicaSet = fresh(ctx, 'apps/replicasets', rs);
  const pods = ownedPods(ctx, replicaSet);
  const ready = pods.filter(isPodReady).length;
  const counts = (extra: Dict): Dict => ({
    replicas: pods.length, ...extra,
    ...(ready > 0 ? { readyReplicas: ready, availableReplicas: ready } : {}),
  });
  ctx.client.updateStatus('apps/replicasets', {
    ...replicaSet,
    status: { ...counts({ fullyLabeledReplicas: pods.length }), observedGeneration: replicaSet.metadata.generation ?? 1 },
  });
  const deployment = fresh(ctx, 'apps/deployments', deploy);
  const desired = (specOf(deployment).replicas as number | undefined) ?? 1;
  const status: Dict = { observedGeneration: deployment.metadata.generation ?? 1, ...counts({ updatedReplicas: pods.length }) };
  if (desired > ready) status.unavailableReplicas = desired - ready;
  status.conditions = deploymentConditions(ctx.clock.nowMs, deployment, replicaSet.metadata.name!, ready);
  ctx.client.updateStatus('apps/deployments', { ...deployment, status });
}

function deploymentConditions(nowMs: number, deployment: KubeObject, rsName: string, ready: number): Dict[] {
  const desired = (specOf(deployment).replicas as number | undefined) ?? 1;
  const available = ready >= desired - rollingBounds(deployment).maxUnavailable;
  const complete = ready >= desired;
  const previous = (statusOf(deployment).conditions ?? []) as Dict[];
  return [
    condition(nowMs, previous, 'Available', available,
      available ? 'MinimumReplicasAvailable' : 'MinimumReplicasUnavailable',
      available ? 'Deployment has minimum availability.' : 'Deployment does not have minimum availability.'),
    condition(nowMs, previous, 'Progressing', true,
      complete ? 'NewReplicaSetAvailable' : 'ReplicaSetUpdated',
      complete ? `ReplicaSet "${rsName}" has successfully progressed.` : `ReplicaSet "${rsName}" is progressing.`),
  ];
}

/** A condition keeps its transition time while its status holds, and its update time while unchanged. */
function condition(nowMs: number, previous: readonly Dict[], type: string, holds: boolean, reason: string, message: string): Dict {
  const status = holds ? 'True' : 'False';
  const old = previous.find((c) => c.type === type);
  const now = rfc3339(nowMs);
  const unchanged = old?.status === status && old.reason === reason && old.message === message;
  return {
    type, status,
    lastUpdateTime: unchanged ? old.lastUpdateTime : now,
    lastTransitionTime: old?.status === status ? old.lastTransitionTime : now,
    reason, message,
  };
}

function fresh(ctx: BootContext, resource: 'apps/daemonsets' | 'apps/replicasets' | 'apps/deployments', obj: KubeObject): KubeObject {
  return ctx.client.get(resource, obj.metadata.namespace, obj.metadata.name!)!;
}
