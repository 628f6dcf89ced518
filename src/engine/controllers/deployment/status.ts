// The Deployment's status computed from its ReplicaSets: counts, observedGeneration, collisionCount
// and the Available condition (calculateStatus), written when it differs (syncDeploymentStatus).
// Mirrors pkg/controller/deployment/sync.go (v1.31).

import type { DeploymentStatus } from 'kubernetes-types/apps/v1';
import type { KubeObject, Mutable } from '../../api/types.ts';
import { deepEqual } from '../../base/json.ts';
import { newCondition, Reason, setCondition } from './conditions.ts';
import { updateDeploymentStatus, type SyncContext } from './context.ts';
import { deploymentStatus, desiredReplicas } from './objects.ts';
import { actualReplicaCount, availableReplicaCount, maxUnavailable, readyReplicaCount, replicaCount } from './replicas.ts';

export const MESSAGE_AVAILABLE = 'Deployment has minimum availability.';
export const MESSAGE_UNAVAILABLE = 'Deployment does not have minimum availability.';

/** Go's omitempty: zero counters, an empty condition list and an unset collisionCount are left out. */
function omitEmpty(status: Mutable<DeploymentStatus>): Mutable<DeploymentStatus> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(status)) {
    if (v === undefined || v === 0 || (Array.isArray(v) && v.length === 0)) continue;
    out[k] = v;
  }
  return out as Mutable<DeploymentStatus>;
}

export function calculateStatus(allRSs: readonly (KubeObject | undefined)[], newRS: KubeObject | undefined, d: KubeObject, nowMs: number): Mutable<DeploymentStatus> {
  const old = deploymentStatus(d);
  const available = availableReplicaCount(allRSs);
  const status = omitEmpty({
    observedGeneration: d.metadata.generation,
    replicas: actualReplicaCount(allRSs),
    updatedReplicas: actualReplicaCount([newRS]),
    readyReplicas: readyReplicaCount(allRSs),
    availableReplicas: available,
    // Negative while scaling down (more available than wanted): then none is unavailable.
    unavailableReplicas: Math.max(0, replicaCount(allRSs) - available),
    conditions: [...(old.conditions ?? [])],
    collisionCount: old.collisionCount,
  });
  if (available >= desiredReplicas(d) - maxUnavailable(d)) {
    setCondition(status, newCondition('Available', 'True', Reason.MinimumReplicasAvailable, MESSAGE_AVAILABLE, nowMs));
  } else {
    setCondition(status, newCondition('Available', 'False', Reason.MinimumReplicasUnavailable, MESSAGE_UNAVAILABLE, nowMs));
  }
  return status;
}

export function statusEqual(d: KubeObject, status: DeploymentStatus): boolean {
  return deepEqual(d.status ?? {}, status);
}

/** Writes the status calculated from the ReplicaSets when it differs from the stored one. */
export function syncDeploymentStatus(ctx: SyncContext, allRSs: readonly (KubeObject | undefined)[], newRS: KubeObject | undefined, d: KubeObject): void {
  const status = calculateStatus(allRSs, newRS, d, ctx.nowMs);
  if (statusEqual(d, status)) return;
  d.status = status;
  updateDeploymentStatus(ctx, d);
}
