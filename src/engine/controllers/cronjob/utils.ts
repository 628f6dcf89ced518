// The CronJob controller's time arithmetic and Job factory: the most recent unmet schedule time
// (with the "many missed" estimate), when to look again (100 ms past the next time), job names in
// minutes since the epoch, the Job built from the template, and the history order.
// Mirrors pkg/controller/cronjob/utils.go (v1.31).

import type { CronJobSpec, CronJobStatus, JobSpec } from 'kubernetes-types/batch/v1';
import { controllerRef } from '../../api/owners.ts';
import type { KubeObject } from '../../api/types.ts';
import { clone } from '../../base/json.ts';
import { parseTime } from '../../base/time.ts';
import { jobStatus } from '../job/util.ts';
import type { Schedule } from './schedule.ts';
import { rfc3339InZone, type Zone } from './zone.ts';

/** nextScheduleDelta: the requeue lands a little after the scheduled time (clock skew margin). */
export const NEXT_SCHEDULE_DELTA_MS = 100;
export const SCHEDULED_TIMESTAMP_ANNOTATION = 'batch.kubernetes.io/cronjob-scheduled-timestamp';
const TOO_MANY_MISSED = 100;
/** Bounds the walk from the estimated earliest time to now (a handful of steps in practice). */
const MAX_WALK = 1000;

export type MissedSchedules = 'none' | 'few' | 'many';

export interface MostRecent {
  readonly earliestMs: number;
  readonly mostRecentMs: number | undefined;
  readonly missed: MissedSchedules;
  readonly error: string | undefined;
}

export function cronJobSpec(cj: KubeObject): CronJobSpec {
  return (cj.spec ?? {}) as CronJobSpec;
}

export function cronJobStatus(cj: KubeObject): CronJobStatus {
  return (cj.status ?? {}) as CronJobStatus;
}

/**
 * mostRecentScheduleTime: from the last schedule time (or creation, or the starting deadline), the
 * latest activation not after now, and roughly how many were missed.
 */
export function mostRecentScheduleTime(cj: KubeObject, nowMs: number, schedule: Schedule, withDeadline: boolean): MostRecent {
  let earliestMs = parseTime(cronJobStatus(cj).lastScheduleTime) ?? parseTime(cj.metadata.creationTimestamp) ?? nowMs;
  const deadline = cronJobSpec(cj).startingDeadlineSeconds;
  if (withDeadline && deadline !== undefined && nowMs - deadline * 1000 > earliestMs) earliestMs = nowMs - deadline * 1000;
  const none = (missed: MissedSchedules, error?: string): MostRecent => ({ earliestMs, mostRecentMs: undefined, missed, error });
  const t1 = schedule.next(earliestMs);
  const t2 = t1 === undefined ? undefined : schedule.next(t1);
  if (t1 !== undefined && nowMs < t1) return none('none');
  if (t1 !== undefined && t2 !== undefined && nowMs < t2) return { earliestMs, mostRecentMs: t1, missed: 'none', error: undefined };
  const betweenS = t1 === undefined || t2 === undefined ? 0 : Math.round((t2 - t1) / 1000);
  if (betweenS < 1) return none('none', 'time difference between two schedules is less than 1 second');
  const missedCount = Math.trunc((nowMs - t1!) / 1000 / betweenS) + 1;
  let mostRecentMs: number | undefined;
  let t = schedule.next(t1! + (missedCount - 2) * betweenS * 1000);
  for (let i = 0; t !== undefined && t <= nowMs && i < MAX_WALK; i++, t = schedule.next(t)) mostRecentMs = t;
  const missed: MissedSchedules = missedCount > TOO_MANY_MISSED ? 'many' : 'few';
  return { earliestMs, mostRecentMs, missed, error: undefined };
}

/** nextScheduleTimeDuration: how long until 100 ms past the next activation, or undefined if none. */
export function nextScheduleDelayMs(cj: KubeObject, nowMs: number, schedule: Schedule): number | undefined {
  const recent = mostRecentScheduleTime(cj, nowMs, schedule, false);
  let fromMs = recent.mostRecentMs;
  if (recent.error !== undefined) fromMs = nowMs;
  else if (fromMs === undefined) fromMs = recent.missed === 'none' ? recent.earliestMs : nowMs;
  const next = schedule.next(fromMs);
  return next === undefined ? undefined : next + NEXT_SCHEDULE_DELTA_MS - nowMs;
}

/** getJobName: `<cronjob>-<scheduled time in minutes since the epoch>`. */
export function jobName(cj: KubeObject, scheduledMs: number): string {
  return `${cj.metadata.name}-${Math.floor(scheduledMs / 60_000)}`;
}

/** getJobFromTemplate2: the template's labels and annotations, the scheduled-timestamp annotation, owned by the CronJob. */
export function jobFromTemplate(cj: KubeObject, scheduledMs: number, zone: Zone): KubeObject {
  const template = cronJobSpec(cj).jobTemplate;
  const labels = { ...(template.metadata?.labels ?? {}) };
  const annotations = { ...(template.metadata?.annotations ?? {}), [SCHEDULED_TIMESTAMP_ANNOTATION]: rfc3339InZone(scheduledMs, zone) };
  return {
    apiVersion: 'batch/v1',
    kind: 'Job',
    metadata: {
      name: jobName(cj, scheduledMs),
      namespace: cj.metadata.namespace!,
      ...(Object.keys(labels).length > 0 ? { labels } : {}),
      annotations,
      ownerReferences: [controllerRef(cj)],
    },
    spec: clone(template.spec ?? {}) as JobSpec as unknown as Record<string, unknown>,
  };
}

/** byJobStartTime: started before not started, earlier first, then by name. */
export function byJobStartTime(a: KubeObject, b: KubeObject): number {
  const sa = parseTime(jobStatus(a).startTime);
  const sb = parseTime(jobStatus(b).startTime);
  if (sa === undefined || sb === undefined) {
    if (sa !== sb) return sa === undefined ? 1 : -1;
  } else if (sa !== sb) return sa - sb;
  const na = a.metadata.name!;
  const nb = b.metadata.name!;
  return na < nb ? -1 : na > nb ? 1 : 0;
}
