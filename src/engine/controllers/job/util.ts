// Job condition helpers shared by the Job, CronJob and TTL-after-finished controllers: the
// condition types, reasons and messages of batch/v1 (v1.31), whether a Job has finished and how.
// Mirrors pkg/controller/job/util and the condition helpers of job_controller.go.

import type { Job, JobCondition, JobStatus } from 'kubernetes-types/batch/v1';
import type { KubeObject } from '../../api/types.ts';
import { rfc3339 } from '../../base/time.ts';

export const JobConditionType = {
  Complete: 'Complete',
  Failed: 'Failed',
  Suspended: 'Suspended',
  FailureTarget: 'FailureTarget',
  SuccessCriteriaMet: 'SuccessCriteriaMet',
} as const;

export const JobReason = {
  BackoffLimitExceeded: 'BackoffLimitExceeded',
  DeadlineExceeded: 'DeadlineExceeded',
  CompletionsReached: 'CompletionsReached',
  JobSuspended: 'JobSuspended',
  JobResumed: 'JobResumed',
} as const;

export const JobMessage = {
  BackoffLimitExceeded: 'Job has reached the specified backoff limit',
  DeadlineExceeded: 'Job was active longer than specified deadline',
  CompletionsReached: 'Reached expected number of succeeded pods',
  Suspended: 'Job suspended',
  Resumed: 'Job resumed',
} as const;

export const JOB_TRACKING_FINALIZER = 'batch.kubernetes.io/job-tracking';
export const JOB_COMPLETION_INDEX = 'batch.kubernetes.io/job-completion-index';

export function jobStatus(job: KubeObject): JobStatus {
  return (job.status ?? {}) as JobStatus;
}

export function jobSpec(job: KubeObject): NonNullable<Job['spec']> {
  return (job.spec ?? {}) as NonNullable<Job['spec']>;
}

export function findCondition(job: KubeObject, type: string): JobCondition | undefined {
  return jobStatus(job).conditions?.find((c) => c.type === type);
}

export function isConditionTrue(job: KubeObject, type: string): boolean {
  return findCondition(job, type)?.status === 'True';
}

/** The Complete=True or Failed=True condition (util.FinishedCondition). */
export function finishedCondition(job: KubeObject): JobCondition | undefined {
  return jobStatus(job).conditions?.find((c) => (c.type === JobConditionType.Complete || c.type === JobConditionType.Failed) && c.status === 'True');
}

export function isJobFinished(job: KubeObject): boolean {
  return finishedCondition(job) !== undefined;
}

export function isJobSucceeded(job: KubeObject): boolean {
  return isConditionTrue(job, JobConditionType.Complete);
}

export function isJobSuspended(job: KubeObject): boolean {
  return jobSpec(job).suspend === true;
}

export function newCondition(type: string, status: 'True' | 'False', reason: string, message: string, nowMs: number): JobCondition {
  const at = rfc3339(nowMs);
  return {
    type, status, lastProbeTime: at, lastTransitionTime: at,
    ...(reason !== '' ? { reason } : {}), ...(message !== '' ? { message } : {}),
  } as JobCondition;
}

/**
 * ensureJobConditionStatus: updates the condition of `type` when its status, reason or message
 * differ, appends it when missing (unless the new status is False). Returns whether it changed.
 */
export function ensureCondition(status: JobStatus, type: string, value: 'True' | 'False', reason: string, message: string, nowMs: number): boolean {
  const list = [...(status.conditions ?? [])];
  const i = list.findIndex((c) => c.type === type);
  if (i >= 0) {
    const c = list[i]!;
    if (c.status === value && (c.reason ?? '') === reason && (c.message ?? '') === message) return false;
    list[i] = newCondition(type, value, reason, message, nowMs);
  } else {
    if (value === 'False') return false;
    list.push(newCondition(type, value, reason, message, nowMs));
  }
  (status as { conditions?: JobCondition[] }).conditions = list;
  return true;
}
