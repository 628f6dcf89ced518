// The rollout's status: counts plus the Progressing condition (complete, progressing, or timed out
// past progressDeadlineSeconds — a condition only, no event) and ReplicaFailure taken from the
// ReplicaSets; a Deployment that is stuck is requeued for the moment its deadline passes.
// Mirrors pkg/controller/deployment/progress.go (v1.31).

import type { DeploymentCondition, DeploymentStatus } from 'kubernetes-types/apps/v1';
import type { KubeObject } from '../../api/types.ts';
import { parseTime } from '../../base/time.ts';
import {
  deploymentComplete, deploymentProgressing, deploymentTimedOut, getCondition, hasProgressDeadline, newCondition,
  progressDeadlineSeconds, Reason, removeCondition, replicaSetToDeploymentCondition, setCondition,
} from './conditions.ts';
import { updateDeploymentStatus, type SyncContext } from './context.ts';
import { deploymentStatus, replicaSetStatus } from './objects.ts';
import { calculateStatus, statusEqual } from './status.ts';

/** Closer to the deadline than this, the Deployment is requeued through the rate limiter instead. */
const REQUEUE_NOW_BELOW_MS = 1000;
/** Added to the wait so that the deadline has surely passed when the sync runs (upstream adds 1 s too). */
const REQUEUE_MARGIN_MS = 1000;

function subject(d: KubeObject, newRS: KubeObject | undefined): string {
  return newRS ? `ReplicaSet "${newRS.metadata.name!}"` : `Deployment "${d.metadata.name!}"`;
}

export function syncRolloutStatus(ctx: SyncContext, allRSs: readonly (KubeObject | undefined)[], newRS: KubeObject | undefined, d: KubeObject): void {
  const status = calculateStatus(allRSs, newRS, d, ctx.nowMs);
  if (!hasProgressDeadline(d)) removeCondition(status, 'Progressing');
  const current = getCondition(deploymentStatus(d), 'Progressing');
  const isCompleteDeployment = (status.replicas ?? 0) === (status.updatedReplicas ?? 0) && current?.reason === Reason.NewRSAvailable;
  if (hasProgressDeadline(d) && !isCompleteDeployment) {
    if (deploymentComplete(d, status)) {
      const message = `${subject(d, newRS)} has successfully progressed.`;
      setCondition(status, newCondition('Progressing', 'True', Reason.NewRSAvailable, message, ctx.nowMs));
    } else if (deploymentProgressing(d, status)) {
      // Progress always refreshes lastUpdateTime, even with the same reason (which setCondition would skip).
      const message = `${subject(d, newRS)} is progressing.`;
      let condition = newCondition('Progressing', 'True', Reason.ReplicaSetUpdated, message, ctx.nowMs);
      if (current) {
        if (current.status === 'True') condition = { ...condition, lastTransitionTime: current.lastTransitionTime };
        removeCondition(status, 'Progressing');
      }
      setCondition(status, condition);
    } else if (deploymentTimedOut(d, status, ctx.nowMs)) {
      const message = `${subject(d, newRS)} has timed out progressing.`;
      setCondition(status, newCondition('Progressing', 'False', Reason.TimedOut, message, ctx.nowMs));
    }
  }
  const failure = replicaFailures(allRSs, newRS)[0];
  if (failure) setCondition(status, failure);
  else removeCondition(status, 'ReplicaFailure');
  if (statusEqual(d, status)) {
    requeueStuckDeployment(ctx, d, status);
    return;
  }
  d.status = status;
  updateDeploymentStatus(ctx, d);
}

/** The new ReplicaSet's ReplicaFailure conditions, else those of all the ReplicaSets. */
function replicaFailures(allRSs: readonly (KubeObject | undefined)[], newRS: KubeObject | undefined): DeploymentCondition[] {
  const failuresOf = (rs: KubeObject | undefined): DeploymentCondition[] => (rs ? replicaSetStatus(rs).conditions ?? [] : [])
    .filter((c) => c.type === 'ReplicaFailure').map(replicaSetToDeploymentCondition);
  const own = failuresOf(newRS);
  return own.length > 0 ? own : allRSs.flatMap(failuresOf);
}

/**
 * A Deployment that made no progress this sync is checked again right after its deadline
 * (lastUpdateTime + progressDeadlineSeconds), unless it is complete or already timed out.
 */
function requeueStuckDeployment(ctx: SyncContext, d: KubeObject, status: DeploymentStatus): void {
  const current = getCondition(deploymentStatus(d), 'Progressing');
  const deadline = progressDeadlineSeconds(d);
  if (deadline === undefined || !current) return;
  if (deploymentComplete(d, status) || current.reason === Reason.TimedOut) return;
  const afterMs = (parseTime(current.lastUpdateTime) ?? 0) + deadline * 1000 - ctx.nowMs;
  if (afterMs < REQUEUE_NOW_BELOW_MS) ctx.requeueRateLimited();
  else ctx.requeueAfter(afterMs + REQUEUE_MARGIN_MS);
}
