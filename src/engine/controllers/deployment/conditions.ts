// The Deployment's Available and Progressing conditions, their reasons, and the tests on a new
// status the rollout uses: complete, progressing, timed out.
// Mirrors pkg/controller/deployment/util/deployment_util.go (v1.31).

import type { DeploymentCondition, DeploymentStatus, ReplicaSetCondition } from 'kubernetes-types/apps/v1';
import type { KubeObject, Mutable } from '../../api/types.ts';
import { parseTime, rfc3339 } from '../../base/time.ts';
import { deploymentSpec, desiredReplicas } from './objects.ts';

/** Condition reasons (deploymentutil). */
export const Reason = {
  ReplicaSetUpdated: 'ReplicaSetUpdated',
  FailedRSCreate: 'ReplicaSetCreateError',
  NewReplicaSet: 'NewReplicaSetCreated',
  FoundNewRS: 'FoundNewReplicaSet',
  NewRSAvailable: 'NewReplicaSetAvailable',
  TimedOut: 'ProgressDeadlineExceeded',
  PausedDeploy: 'DeploymentPaused',
  ResumedDeploy: 'DeploymentResumed',
  MinimumReplicasAvailable: 'MinimumReplicasAvailable',
  MinimumReplicasUnavailable: 'MinimumReplicasUnavailable',
} as const;

export type ConditionType = 'Available' | 'Progressing' | 'ReplicaFailure';
type Status = Mutable<DeploymentStatus>;

/** progressDeadlineSeconds, unless unset or MaxInt32 (meaning "no deadline"). */
export function progressDeadlineSeconds(d: KubeObject): number | undefined {
  const seconds = deploymentSpec(d).progressDeadlineSeconds;
  return seconds === undefined || seconds === null || seconds === 2_147_483_647 ? undefined : seconds;
}

export function hasProgressDeadline(d: KubeObject): boolean {
  return progressDeadlineSeconds(d) !== undefined;
}

export function newCondition(type: ConditionType, status: 'True' | 'False' | 'Unknown', reason: string, message: string, nowMs: number): DeploymentCondition {
  const now = rfc3339(nowMs);
  return { type, status, lastUpdateTime: now, lastTransitionTime: now, reason, message };
}

export function getCondition(status: DeploymentStatus, type: ConditionType): DeploymentCondition | undefined {
  return status.conditions?.find((c) => c.type === type);
}

/**
 * Puts `condition` last among the conditions, unless one of its type already has the same status
 * and reason (then nothing changes, not even the message); a condition keeping its status keeps
 * its lastTransitionTime.
 */
export function setCondition(status: Status, condition: DeploymentCondition): void {
  const current = getCondition(status, condition.type as ConditionType);
  if (current && current.status === condition.status && current.reason === condition.reason) return;
  const next = current && current.status === condition.status ? { ...condition, lastTransitionTime: current.lastTransitionTime } : condition;
  status.conditions = [...(status.conditions ?? []).filter((c) => c.type !== condition.type), next];
}

export function removeCondition(status: Status, type: ConditionType): void {
  const rest = (status.conditions ?? []).filter((c) => c.type !== type);
  if (rest.length > 0) status.conditions = rest;
  else delete status.conditions;
}

/** A ReplicaSet's ReplicaFailure as a Deployment condition (its update time is the transition). */
export function replicaSetToDeploymentCondition(c: ReplicaSetCondition): DeploymentCondition {
  return { type: c.type, status: c.status, lastUpdateTime: c.lastTransitionTime, lastTransitionTime: c.lastTransitionTime, reason: c.reason, message: c.message };
}

/** Every replica updated and available, and the latest spec observed. */
export function deploymentComplete(d: KubeObject, status: DeploymentStatus): boolean {
  const replicas = desiredReplicas(d);
  return (status.updatedReplicas ?? 0) === replicas && (status.replicas ?? 0) === replicas
    && (status.availableReplicas ?? 0) === replicas && (status.observedGeneration ?? 0) >= (d.metadata.generation ?? 0);
}

/** More replicas updated, ready or available than before, or fewer old ones. */
export function deploymentProgressing(d: KubeObject, next: DeploymentStatus): boolean {
  const old = (d.status ?? {}) as DeploymentStatus;
  const n = (v: number | undefined): number => v ?? 0;
  const oldOld = n(old.replicas) - n(old.updatedReplicas);
  const newOld = n(next.replicas) - n(next.updatedReplicas);
  return n(next.updatedReplicas) > n(old.updatedReplicas) || newOld < oldOld
    || n(next.readyReplicas) > n(old.readyReplicas) || n(next.availableReplicas) > n(old.availableReplicas);
}

/** No progress reported for longer than progressDeadlineSeconds (strictly). */
export function deploymentTimedOut(d: KubeObject, next: DeploymentStatus, nowMs: number): boolean {
  const deadline = progressDeadlineSeconds(d);
  const condition = getCondition(next, 'Progressing');
  if (deadline === undefined || !condition) return false;
  if (condition.reason === Reason.NewRSAvailable) return false;
  if (condition.reason === Reason.TimedOut) return true;
  const fromMs = parseTime(condition.lastUpdateTime) ?? 0;
  return fromMs + deadline * 1000 < nowMs;
}
