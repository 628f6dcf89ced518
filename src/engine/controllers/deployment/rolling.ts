// The RollingUpdate strategy: grow the new ReplicaSet up to spec.replicas + maxSurge pods in all,
// shrink the old ones while at least spec.replicas - maxUnavailable stay available (unhealthy old
// replicas first), one step per sync. Mirrors pkg/controller/deployment/rolling.go (v1.31).

import type { KubeObject } from '../../api/types.ts';
import { deploymentComplete } from './conditions.ts';
import type { SyncContext } from './context.ts';
import { getAllReplicaSetsAndSyncRevision } from './new-replicaset.ts';
import { byCreationTimestamp, deploymentStatus, desiredReplicas, replicaSetStatus, specReplicas } from './objects.ts';
import { syncRolloutStatus } from './progress.ts';
import { availableReplicaCount, filterActive, maxUnavailable, newReplicaSetReplicas, replicaCount } from './replicas.ts';
import { cleanupDeployment, scaleReplicaSetAndRecordEvent } from './sync.ts';

export function rolloutRolling(ctx: SyncContext, d: KubeObject, rsList: KubeObject[]): void {
  const { newRS, oldRSs } = getAllReplicaSetsAndSyncRevision(ctx, d, rsList, true);
  // Creation only fails by throwing, so the new ReplicaSet is there.
  const allRSs = [...oldRSs, newRS!];
  if (reconcileNewReplicaSet(ctx, allRSs, newRS!, d) || reconcileOldReplicaSets(ctx, allRSs, filterActive(oldRSs), newRS!, d)) {
    syncRolloutStatus(ctx, allRSs, newRS, d);
    return;
  }
  if (deploymentComplete(d, deploymentStatus(d))) cleanupDeployment(ctx, oldRSs, d);
  syncRolloutStatus(ctx, allRSs, newRS, d);
}

/** Scales the new ReplicaSet down to spec.replicas, or up as far as maxSurge allows; true when it did. */
export function reconcileNewReplicaSet(ctx: SyncContext, allRSs: readonly KubeObject[], newRS: KubeObject, d: KubeObject): boolean {
  const replicas = desiredReplicas(d);
  if (specReplicas(newRS) === replicas) return false;
  if (specReplicas(newRS) > replicas) return scaleReplicaSetAndRecordEvent(ctx, newRS, replicas, d).scaled;
  return scaleReplicaSetAndRecordEvent(ctx, newRS, newReplicaSetReplicas(d, allRSs, newRS), d).scaled;
}

/**
 * Scales old ReplicaSets down by at most allPods - minAvailable - (new replicas not yet
 * available): unhealthy replicas first, then healthy ones while enough stay available.
 */
export function reconcileOldReplicaSets(ctx: SyncContext, allRSs: readonly KubeObject[], oldRSs: KubeObject[], newRS: KubeObject, d: KubeObject): boolean {
  if (replicaCount(oldRSs) === 0) return false;
  const minAvailable = desiredReplicas(d) - maxUnavailable(d);
  const newRSUnavailable = specReplicas(newRS) - (replicaSetStatus(newRS).availableReplicas ?? 0);
  const maxScaledDown = replicaCount(allRSs) - minAvailable - newRSUnavailable;
  if (maxScaledDown <= 0) return false;
  const cleanedUp = cleanupUnhealthyReplicas(ctx, oldRSs, d, maxScaledDown);
  const scaledDown = scaleDownOldReplicaSetsForRollingUpdate(ctx, [...oldRSs, newRS], oldRSs, d);
  return cleanedUp + scaledDown > 0;
}

/**
 * Scales old ReplicaSets down by their replicas that are not available, oldest first, at most
 * `maxCleanupCount` in all; the ReplicaSet controller deletes the not-ready pods first. Replaces
 * the scaled ReplicaSets in `oldRSs`.
 */
export function cleanupUnhealthyReplicas(ctx: SyncContext, oldRSs: KubeObject[], d: KubeObject, maxCleanupCount: number): number {
  oldRSs.sort(byCreationTimestamp);
  let total = 0;
  for (const [i, rs] of oldRSs.entries()) {
    if (total >= maxCleanupCount) break;
    const replicas = specReplicas(rs);
    const available = replicaSetStatus(rs).availableReplicas ?? 0;
    if (replicas === 0 || replicas === available) continue;
    const count = Math.min(maxCleanupCount - total, replicas - available);
    oldRSs[i] = scaleReplicaSetAndRecordEvent(ctx, rs, replicas - count, d).rs;
    total += count;
  }
  return total;
}

/** Scales old ReplicaSets down, oldest first, by what is available above minAvailable. */
export function scaleDownOldReplicaSetsForRollingUpdate(ctx: SyncContext, allRSs: readonly KubeObject[], oldRSs: KubeObject[], d: KubeObject): number {
  const minAvailable = desiredReplicas(d) - maxUnavailable(d);
  const available = availableReplicaCount(allRSs);
  if (available <= minAvailable) return 0;
  oldRSs.sort(byCreationTimestamp);
  const toScaleDown = available - minAvailable;
  let total = 0;
  for (const rs of oldRSs) {
    if (total >= toScaleDown) break;
    const replicas = specReplicas(rs);
    if (replicas === 0) continue;
    const count = Math.min(replicas, toScaleDown - total);
    scaleReplicaSetAndRecordEvent(ctx, rs, replicas - count, d);
    total += count;
  }
  return total;
}
