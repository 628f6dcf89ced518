// What one Job sync knows about its pods, and the pod predicates of the Job controller:
// tracking finalizer, failed (deleted pods count unless podReplacementPolicy is Failed),
// terminating, and the OnFailure restart count against backoffLimit (job_controller.go, v1.31).

import type { JobCondition } from 'kubernetes-types/batch/v1';
import type { KubeObject } from '../../api/types.ts';
import { podStatus } from '../common/pod-utils.ts';
import type { BackoffRecord } from './backoff.ts';
import type { Interval } from './indexed.ts';
import { JOB_TRACKING_FINALIZER, jobSpec } from './util.ts';

/** syncJobCtx: the working copy of the Job and what the sync learnt about its pods. */
export interface JobSyncContext {
  job: KubeObject;
  readonly pods: readonly KubeObject[];
  readonly activePods: readonly KubeObject[];
  succeeded: number;
  failed: number;
  ready: number;
  terminating: number;
  /** The condition the Job is heading to (interim or final), if any. */
  finished: JobCondition | undefined;
  prevSucceededIndexes: readonly Interval[];
  succeededIndexes: readonly Interval[];
  readonly uncountedSucceeded: ReadonlySet<string>;
  readonly uncountedFailed: ReadonlySet<string>;
  readonly backoff: BackoffRecord;
}

export function hasTrackingFinalizer(pod: KubeObject): boolean {
  return (pod.metadata.finalizers ?? []).includes(JOB_TRACKING_FINALIZER);
}

/** Replacement pods wait for the old ones to be Failed (podReplacementPolicy: Failed). */
export function onlyReplaceFailedPods(job: KubeObject): boolean {
  const spec = jobSpec(job);
  return spec.podReplacementPolicy === 'Failed' || spec.podFailurePolicy !== undefined;
}

/** Failed, or (unless only failed pods are replaced) deleted before it succeeded. */
export function isPodFailed(pod: KubeObject, job: KubeObject): boolean {
  const phase = podStatus(pod).phase;
  if (phase === 'Failed') return true;
  if (onlyReplaceFailedPods(job)) return false;
  return pod.metadata.deletionTimestamp !== undefined && phase !== 'Succeeded';
}

/** controller.CountTerminatingPods: deleted pods still running. */
export function countTerminating(pods: readonly KubeObject[]): number {
  return pods.filter((p) => {
    const phase = podStatus(p).phase;
    return p.metadata.deletionTimestamp !== undefined && phase !== 'Succeeded' && phase !== 'Failed';
  }).length;
}

/** pastBackoffLimitOnFailure: container restarts of running or pending pods reach backoffLimit. */
export function pastBackoffLimitOnFailure(job: KubeObject, pods: readonly KubeObject[]): boolean {
  const spec = jobSpec(job);
  if (spec.template?.spec?.restartPolicy !== 'OnFailure') return false;
  let restarts = 0;
  for (const p of pods) {
    const st = podStatus(p);
    if (st.phase !== 'Running' && st.phase !== 'Pending') continue;
    for (const c of [...(st.initContainerStatuses ?? []), ...(st.containerStatuses ?? [])]) restarts += c.restartCount ?? 0;
  }
  const limit = spec.backoffLimit ?? 6;
  return limit === 0 ? restarts > 0 : restarts >= limit;
}
