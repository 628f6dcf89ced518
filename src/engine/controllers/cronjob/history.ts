// Job history of a CronJob: finished Jobs beyond successfulJobsHistoryLimit / failedJobsHistoryLimit
// are deleted oldest first (by start time), with their pods (background propagation), and leave
// status.active. Mirrors cronjob_controllerv2.go cleanupFinishedJobs, removeOldestJobs, deleteJob.

import type { ObjectReference } from 'kubernetes-types/core/v1';
import { isStatusError } from '../../api/errors.ts';
import type { KubeObject } from '../../api/types.ts';
import type { ApiClient } from '../../client/client.ts';
import type { EventRecorder } from '../../client/events.ts';
import { finishedCondition, JobConditionType } from '../job/util.ts';
import { byJobStartTime, cronJobSpec, cronJobStatus } from './utils.ts';

export interface JobDeleter {
  readonly client: ApiClient;
  readonly recorder: EventRecorder;
}

/** Returns whether status.active changed. */
export function cleanupFinishedJobs(d: JobDeleter, cj: KubeObject, jobs: readonly KubeObject[]): boolean {
  const spec = cronJobSpec(cj);
  if (spec.successfulJobsHistoryLimit === undefined && spec.failedJobsHistoryLimit === undefined) return false;
  const finished = (type: string): KubeObject[] => jobs.filter((j) => finishedCondition(j)?.type === type);
  let changed = false;
  if (spec.successfulJobsHistoryLimit !== undefined) changed = removeOldest(d, cj, finished(JobConditionType.Complete), spec.successfulJobsHistoryLimit) || changed;
  if (spec.failedJobsHistoryLimit !== undefined) changed = removeOldest(d, cj, finished(JobConditionType.Failed), spec.failedJobsHistoryLimit) || changed;
  return changed;
}

function removeOldest(d: JobDeleter, cj: KubeObject, jobs: readonly KubeObject[], keep: number): boolean {
  const surplus = jobs.length - keep;
  if (surplus <= 0) return false;
  let changed = false;
  for (const job of [...jobs].sort(byJobStartTime).slice(0, surplus)) changed = deleteJob(d, cj, job) || changed;
  return changed;
}

/** Deletes the Job and its pods and drops it from status.active; records SuccessfulDelete or FailedDelete. */
export function deleteJob(d: JobDeleter, cj: KubeObject, job: KubeObject): boolean {
  try {
    d.client.delete('batch/jobs', job.metadata.namespace, job.metadata.name!, { propagationPolicy: 'Background' });
  } catch (e) {
    if (!isStatusError(e)) throw e;
    d.recorder.record(cj, 'Warning', 'FailedDelete', `Deleted job: ${e.message}`);
    return false;
  }
  const status = cronJobStatus(cj) as { active?: ObjectReference[] };
  status.active = (status.active ?? []).filter((r) => r.uid !== job.metadata.uid);
  cj.status = status;
  d.recorder.record(cj, 'Normal', 'SuccessfulDelete', `Deleted job ${job.metadata.name}`);
  return true;
}
