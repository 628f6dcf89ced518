// Scaling a Deployment (proportionally across its active ReplicaSets when it is resized
// mid-rollout), the paused condition, the status-only sync, and the cleanup of old ReplicaSets
// beyond revisionHistoryLimit. Mirrors pkg/controller/deployment/sync.go (v1.31).

import { isStatusError } from '../../api/errors.ts';
import type { KubeObject } from '../../api/types.ts';
import { clone } from '../../base/json.ts';
import { byRevision, desiredReplicasAnnotation, replicasAnnotationsNeedUpdate, setReplicasAnnotations } from './annotations.ts';
import { getCondition, hasProgressDeadline, newCondition, Reason, setCondition } from './conditions.ts';
import { updateDeploymentStatus, type SyncContext } from './context.ts';
import { getAllReplicaSetsAndSyncRevision } from './new-replicaset.ts';
import { bySizeNewer, bySizeOlder, deploymentSpec, deploymentStatus, desiredReplicas, replicaSetSpec, replicaSetStatus, specReplicas } from './objects.ts';
import { getProportion, isSaturated } from './proportion.ts';
import { filterActive, findActiveOrLatest, isRollingUpdate, maxSurge, replicaCount } from './replicas.ts';
import { syncDeploymentStatus } from './status.ts';

const REVISION_HISTORY_UNLIMITED = 2_147_483_647;

/** Only the status: a Deployment being deleted is left alone otherwise. */
export function syncStatusOnly(ctx: SyncContext, d: KubeObject, rsList: KubeObject[]): void {
  const { newRS, oldRSs } = getAllReplicaSetsAndSyncRevision(ctx, d, rsList, false);
  syncDeploymentStatus(ctx, [...oldRSs, newRS], newRS, d);
}

/** A scaling event or a paused Deployment: scale, clean up (when paused), write the status. */
export function sync(ctx: SyncContext, d: KubeObject, rsList: KubeObject[]): void {
  const { newRS, oldRSs } = getAllReplicaSetsAndSyncRevision(ctx, d, rsList, false);
  scale(ctx, d, newRS, oldRSs);
  if (deploymentSpec(d).paused) cleanupDeployment(ctx, oldRSs, d);
  syncDeploymentStatus(ctx, [...oldRSs, newRS], newRS, d);
}

/** Some active ReplicaSet was sized for another spec.replicas than the Deployment's. */
export function isScalingEvent(ctx: SyncContext, d: KubeObject, rsList: KubeObject[]): boolean {
  const { newRS, oldRSs } = getAllReplicaSetsAndSyncRevision(ctx, d, rsList, false);
  return filterActive([...oldRSs, newRS]).some((rs) => {
    const desired = desiredReplicasAnnotation(rs);
    return desired !== undefined && desired !== desiredReplicas(d);
  });
}

/**
 * Records pausing and resuming as an Unknown Progressing condition, so that the time spent paused
 * does not count against the progress deadline; a timed-out Deployment keeps its condition.
 */
export function checkPausedConditions(ctx: SyncContext, d: KubeObject): void {
  if (!hasProgressDeadline(d)) return;
  const condition = getCondition(deploymentStatus(d), 'Progressing');
  if (condition?.reason === Reason.TimedOut) return;
  const pausedConditionExists = condition?.reason === Reason.PausedDeploy;
  const paused = deploymentSpec(d).paused === true;
  if (paused && !pausedConditionExists) {
    setCondition(deploymentStatus(d), newCondition('Progressing', 'Unknown', Reason.PausedDeploy, 'Deployment is paused', ctx.nowMs));
  } else if (!paused && pausedConditionExists) {
    setCondition(deploymentStatus(d), newCondition('Progressing', 'Unknown', Reason.ResumedDeploy, 'Deployment is resumed', ctx.nowMs));
  } else {
    return;
  }
  updateDeploymentStatus(ctx, d);
}

/**
 * Brings the ReplicaSets to spec.replicas: the only active one directly; with a saturated new
 * one, the old ones to 0; otherwise (RollingUpdate) the change shared out in proportion, larger
 * ReplicaSets first, leftovers to the first.
 */
export function scale(ctx: SyncContext, d: KubeObject, newRS: KubeObject | undefined, oldRSs: KubeObject[]): void {
  const replicas = desiredReplicas(d);
  const activeOrLatest = findActiveOrLatest(newRS, oldRSs);
  if (activeOrLatest) {
    if (specReplicas(activeOrLatest) !== replicas) scaleReplicaSetAndRecordEvent(ctx, activeOrLatest, replicas, d);
    return;
  }
  if (isSaturated(d, newRS)) {
    for (const old of filterActive(oldRSs)) scaleReplicaSetAndRecordEvent(ctx, old, 0, d);
    return;
  }
  if (!isRollingUpdate(d)) return;
  const allRSs = filterActive([...oldRSs, newRS]);
  const allowedSize = replicas > 0 ? replicas + maxSurge(d) : 0;
  const toAdd = allowedSize - replicaCount(allRSs);
  let operation = '';
  if (toAdd > 0) {
    allRSs.sort(bySizeNewer);
    operation = 'up';
  } else if (toAdd < 0) {
    allRSs.sort(bySizeOlder);
    operation = 'down';
  }
  let added = 0;
  const sizes = allRSs.map((rs) => {
    const proportion = toAdd !== 0 ? getProportion(rs, d, toAdd, added) : 0;
    added += proportion;
    return specReplicas(rs) + proportion;
  });
  if (allRSs.length > 0 && toAdd !== 0) sizes[0] = Math.max(0, sizes[0]! + toAdd - added);
  allRSs.forEach((rs, i) => scaleReplicaSet(ctx, rs, sizes[i]!, d, operation));
}

export function scaleReplicaSetAndRecordEvent(ctx: SyncContext, rs: KubeObject, newScale: number, d: KubeObject): { scaled: boolean; rs: KubeObject } {
  if (specReplicas(rs) === newScale) return { scaled: false, rs };
  return scaleReplicaSet(ctx, rs, newScale, d, specReplicas(rs) < newScale ? 'up' : 'down');
}

/** Resizes the ReplicaSet and refreshes its desired/max annotations; a resize is an event. */
export function scaleReplicaSet(ctx: SyncContext, rs: KubeObject, newScale: number, d: KubeObject, operation: string): { scaled: boolean; rs: KubeObject } {
  const oldScale = specReplicas(rs);
  const sizeNeedsUpdate = oldScale !== newScale;
  const desired = desiredReplicas(d);
  const max = desired + maxSurge(d);
  if (!sizeNeedsUpdate && !replicasAnnotationsNeedUpdate(rs, desired, max)) return { scaled: false, rs };
  const copy = clone(rs);
  replicaSetSpec(copy).replicas = newScale;
  setReplicasAnnotations(copy, desired, max);
  const updated = ctx.client.update('apps/replicasets', copy);
  if (sizeNeedsUpdate) {
    ctx.recorder.record(d, 'Normal', 'ScalingReplicaSet', `Scaled ${operation} replica set ${updated.metadata.name!} to ${newScale} from ${oldScale}`);
  }
  return { scaled: sizeNeedsUpdate, rs: updated };
}

/**
 * Deletes the oldest old ReplicaSets beyond revisionHistoryLimit, skipping any that still has
 * pods, wants pods, has a spec its controller has not seen yet, or is already going.
 */
export function cleanupDeployment(ctx: SyncContext, oldRSs: readonly KubeObject[], d: KubeObject): void {
  const limit = deploymentSpec(d).revisionHistoryLimit;
  if (limit === undefined || limit === null || limit === REVISION_HISTORY_UNLIMITED) return;
  const cleanable = oldRSs.filter((rs) => !rs.metadata.deletionTimestamp);
  const diff = cleanable.length - limit;
  if (diff <= 0) return;
  cleanable.sort(byRevision);
  for (const rs of cleanable.slice(0, diff)) {
    const status = replicaSetStatus(rs);
    if ((status.replicas ?? 0) !== 0 || specReplicas(rs) !== 0 || (rs.metadata.generation ?? 0) > (status.observedGeneration ?? 0)) continue;
    try {
      ctx.client.delete('apps/replicasets', rs.metadata.namespace, rs.metadata.name!);
    } catch (e) {
      if (!isStatusError(e) || e.code !== 404) throw e;
    }
  }
}
