// The pod re-creation back-off of a Job: after n consecutive pod failures (since the last
// success) a new pod waits 10 s × 2^(n-1), at most 10 min, from the last failure.
// Mirrors pkg/controller/job/backoff_utils.go (v1.31: DefaultJobPodFailureBackOff 10 s,
// MaxJobPodFailureBackOff 10 min).
// Deviation from upstream: the record is derived from the Job's pods at each sync instead of kept in
// the controller's memory, so it survives snapshots; a failed pod deleted by hand stops counting.

import type { ContainerStatus } from 'kubernetes-types/core/v1';
import type { KubeObject } from '../../api/types.ts';
import { parseTime } from '../../base/time.ts';
import { podCondition, podStatus } from '../common/pod-utils.ts';

export const POD_FAILURE_BACKOFF_MS = 10_000;
export const POD_FAILURE_BACKOFF_MAX_MS = 600_000;

export interface BackoffRecord {
  readonly failuresAfterLastSuccess: number;
  readonly lastFailureMs: number | undefined;
}

/**
 * getFinishedTime: the latest container finish when all containers finished, else when Ready turned
 * False, else the deletion time minus the grace period, else the creation time.
 */
export function podFinishedMs(pod: KubeObject): number {
  const fromContainers = latestFinish(podStatus(pod).containerStatuses ?? []);
  if (fromContainers !== undefined) return fromContainers;
  const ready = podCondition(pod, 'Ready');
  const readyFalse = ready?.status === 'False' ? parseTime(ready.lastTransitionTime) : undefined;
  if (readyFalse !== undefined) return readyFalse;
  const deleted = parseTime(pod.metadata.deletionTimestamp);
  if (deleted !== undefined) return deleted - (pod.metadata.deletionGracePeriodSeconds ?? 0) * 1000;
  return parseTime(pod.metadata.creationTimestamp) ?? 0;
}

function latestFinish(statuses: readonly ContainerStatus[]): number | undefined {
  let latest: number | undefined;
  for (const s of statuses) {
    const at = parseTime(s.state?.terminated?.finishedAt);
    if (at === undefined) return undefined;
    if (latest === undefined || at > latest) latest = at;
  }
  return latest;
}

/** The failures that finished after the last success, and when the last of them finished. */
export function backoffRecord(succeeded: readonly KubeObject[], failed: readonly KubeObject[]): BackoffRecord {
  const lastSuccessMs = succeeded.length === 0 ? undefined : Math.max(...succeeded.map(podFinishedMs));
  const after = failed.map(podFinishedMs).filter((ms) => lastSuccessMs === undefined || ms > lastSuccessMs);
  return { failuresAfterLastSuccess: after.length, lastFailureMs: after.length === 0 ? undefined : Math.max(...after) };
}

/** getRemainingTimeForFailuresCount: how long a new pod must still wait (0: create now). */
export function remainingBackoffMs(record: BackoffRecord, nowMs: number): number {
  if (record.failuresAfterLastSuccess === 0 || record.lastFailureMs === undefined) return 0;
  let delayMs = POD_FAILURE_BACKOFF_MS;
  for (let i = 1; i < record.failuresAfterLastSuccess; i++) {
    delayMs *= 2;
    if (delayMs >= POD_FAILURE_BACKOFF_MAX_MS) {
      delayMs = POD_FAILURE_BACKOFF_MAX_MS;
      break;
    }
  }
  const elapsedMs = nowMs - record.lastFailureMs;
  return delayMs < elapsedMs ? 0 : delayMs - elapsedMs;
}
