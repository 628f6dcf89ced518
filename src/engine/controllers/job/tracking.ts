// Job tracking with finalizers: a finished pod's uid goes to status.uncountedTerminatedPods, its
// tracking finalizer is removed, then the uid moves to the succeeded/failed counters; the interim
// FailureTarget / SuccessCriteriaMet conditions are written first, and Failed / Complete only once
// nothing is uncounted or terminating. Mirrors job_controller.go trackJobStatusAndRemoveFinalizers,
// flushUncountedAndRemoveFinalizers, enactJobFinished and recordJobFinished (v1.31).

import type { JobCondition, JobStatus } from 'kubernetes-types/batch/v1';
import type { KubeObject } from '../../api/types.ts';
import { clone } from '../../base/json.ts';
import type { EventRecorder } from '../../client/events.ts';
import { podStatus } from '../common/pod-utils.ts';
import { completionIndex, formatIntervals, intervalsHas, intervalsTotal, UNKNOWN_INDEX, withIndexes } from './indexed.ts';
import { isIndexed, type JobWriter, removeTrackingFinalizer } from './manage.ts';
import { hasTrackingFinalizer, isPodFailed, type JobSyncContext } from './pods.ts';
import { ensureCondition, JobConditionType, jobSpec, newCondition } from './util.ts';

/** MaxUncountedPods: keeps uncountedTerminatedPods small and a sync short. */
const MAX_UNCOUNTED_PODS = 500;

export interface TrackingWriter extends JobWriter {
  readonly recorder: EventRecorder;
}

interface Uncounted {
  succeeded: string[];
  failed: string[];
}

type MutableStatus = { -readonly [K in keyof JobStatus]: JobStatus[K] };

export function trackJobStatusAndRemoveFinalizers(w: TrackingWriter, ctx: JobSyncContext, flush: boolean): Error | undefined {
  let needsFlush = flush;
  const job = ctx.job;
  const indexed = isIndexed(job);
  const completions = jobSpec(job).completions ?? 0;
  const pods = indexed ? [...ctx.pods].sort((a, b) => completionIndex(a) - completionIndex(b)) : ctx.pods;
  const withFinalizer = new Set(pods.filter(hasTrackingFinalizer).map((p) => p.metadata.uid!));
  if (cleanUncounted(statusOf(ctx), withFinalizer)) needsFlush = true;
  const uncounted = uncountedOf(statusOf(ctx));
  const toRemove: KubeObject[] = [];
  const newIndexes: number[] = [];
  let reachedMax = false;
  for (const pod of pods) {
    if (!hasTrackingFinalizer(pod)) continue;
    const failed = isPodFailed(pod, job);
    if (!job.metadata.deletionTimestamp && !ctx.finished && podStatus(pod).phase !== 'Succeeded' && !failed) continue;
    toRemove.push(pod);
    const uid = pod.metadata.uid!;
    const ix = completionIndex(pod);
    const validIndex = ix !== UNKNOWN_INDEX && ix < completions;
    if (podStatus(pod).phase === 'Succeeded' && !ctx.uncountedFailed.has(uid)) {
      if (indexed) {
        if (validIndex && !intervalsHas(ctx.prevSucceededIndexes, ix)) {
          newIndexes.push(ix);
          needsFlush = true;
        }
      } else if (!ctx.uncountedSucceeded.has(uid)) {
        uncounted.succeeded.push(uid);
        needsFlush = true;
      }
    } else if (failed || (ctx.finished && ctx.finished.type !== JobConditionType.SuccessCriteriaMet)) {
      if (!ctx.uncountedFailed.has(uid) && (!indexed || validIndex)) {
        uncounted.failed.push(uid);
        needsFlush = true;
      }
    }
    if (newIndexes.length + uncounted.succeeded.length + uncounted.failed.length >= MAX_UNCOUNTED_PODS) {
      reachedMax = true;
      break;
    }
  }
  if (indexed) needsFlush = recordIndexes(ctx, newIndexes) || needsFlush;
  needsFlush = promoteInterimCondition(ctx, w.nowMs) || needsFlush;
  return flushAndFinish(w, ctx, { toRemove, withFinalizer, needsFlush, reachedMax });
}

function recordIndexes(ctx: JobSyncContext, newIndexes: number[]): boolean {
  ctx.succeededIndexes = withIndexes(ctx.succeededIndexes, newIndexes);
  const status = statusOf(ctx);
  const text = formatIntervals(ctx.succeededIndexes);
  const changed = text !== (status.completedIndexes ?? '');
  status.succeeded = intervalsTotal(ctx.succeededIndexes);
  status.completedIndexes = text;
  return changed;
}

/** Appends FailureTarget / SuccessCriteriaMet and aims `ctx.finished` at Failed / Complete. */
function promoteInterimCondition(ctx: JobSyncContext, nowMs: number): boolean {
  const target = ctx.finished;
  if (!target) return false;
  const status = statusOf(ctx);
  let changed = false;
  if (target.type === JobConditionType.FailureTarget) {
    status.conditions = [...(status.conditions ?? []), target];
    ctx.finished = newCondition(JobConditionType.Failed, 'True', target.reason ?? '', target.message ?? '', nowMs);
    changed = true;
  } else if (target.type === JobConditionType.SuccessCriteriaMet) {
    const met = (status.conditions ?? []).some((c) => c.type === JobConditionType.SuccessCriteriaMet && c.status === 'True');
    if (!met) {
      status.conditions = [...(status.conditions ?? []), target];
      changed = true;
    }
    ctx.finished = newCondition(JobConditionType.Complete, 'True', target.reason ?? '', target.message ?? '', nowMs);
  }
  return changed;
}

interface FlushPlan {
  readonly toRemove: readonly KubeObject[];
  readonly withFinalizer: Set<string>;
  readonly needsFlush: boolean;
  readonly reachedMax: boolean;
}

/** flushUncountedAndRemoveFinalizers, then the terminal condition when the Job has finished. */
function flushAndFinish(w: TrackingWriter, ctx: JobSyncContext, plan: FlushPlan): Error | undefined {
  if (plan.needsFlush) writeStatus(w, ctx);
  let needsFlush = false;
  let rmError: Error | undefined;
  for (const pod of plan.toRemove) {
    if (removeTrackingFinalizer(w.client, pod)) plan.withFinalizer.delete(pod.metadata.uid!);
    else rmError ??= new Error(`removing tracking finalizer: ${pod.metadata.name}`);
  }
  if (cleanUncounted(statusOf(ctx), plan.withFinalizer)) needsFlush = true;
  if (rmError) {
    if (needsFlush) writeStatus(w, ctx);
    return rmError;
  }
  const finished = !plan.reachedMax && enactJobFinished(ctx, w.nowMs);
  if (finished || needsFlush) writeStatus(w, ctx);
  if (finished) recordJobFinished(w.recorder, ctx.job, ctx.finished!);
  return undefined;
}

function enactJobFinished(ctx: JobSyncContext, nowMs: number): boolean {
  const target = ctx.finished;
  if (!target) return false;
  const status = statusOf(ctx);
  const uncounted = status.uncountedTerminatedPods;
  if ((uncounted?.succeeded?.length ?? 0) + (uncounted?.failed?.length ?? 0) > 0) return false;
  if (ctx.terminating > 0) return false;
  ensureCondition(status, target.type, 'True', target.reason ?? '', target.message ?? '', nowMs);
  if (target.type === JobConditionType.Complete) status.completionTime = target.lastTransitionTime;
  return true;
}

function recordJobFinished(recorder: EventRecorder, job: KubeObject, condition: JobCondition): void {
  if (condition.type !== JobConditionType.Complete) {
    recorder.record(job, 'Warning', condition.reason ?? '', condition.message ?? '');
    return;
  }
  const completions = jobSpec(job).completions;
  if (completions !== undefined && (statusOf({ job }).succeeded ?? 0) > completions) {
    recorder.record(job, 'Warning', 'TooManySucceededPods', 'Too many succeeded pods running after completion count reached');
  }
  recorder.record(job, 'Normal', 'Completed', 'Job completed');
}

/** cleanUncountedPodsWithoutFinalizers: uids whose finalizer is gone move to the counters. */
function cleanUncounted(status: MutableStatus, withFinalizer: ReadonlySet<string>): boolean {
  const uncounted = uncountedOf(status);
  const succeeded = uncounted.succeeded.filter((uid) => withFinalizer.has(uid));
  const failed = uncounted.failed.filter((uid) => withFinalizer.has(uid));
  let changed = false;
  if (succeeded.length !== uncounted.succeeded.length) {
    status.succeeded = (status.succeeded ?? 0) + uncounted.succeeded.length - succeeded.length;
    uncounted.succeeded = succeeded;
    changed = true;
  }
  if (failed.length !== uncounted.failed.length) {
    status.failed = (status.failed ?? 0) + uncounted.failed.length - failed.length;
    uncounted.failed = failed;
    changed = true;
  }
  return changed;
}

function statusOf(ctx: { job: KubeObject }): MutableStatus {
  return (ctx.job.status ??= {}) as MutableStatus;
}

/** The uncounted lists as mutable arrays, stored back on the status. */
function uncountedOf(status: MutableStatus): Uncounted {
  const current = (status.uncountedTerminatedPods ?? {}) as Partial<Uncounted>;
  const lists: Uncounted = { succeeded: current.succeeded ?? [], failed: current.failed ?? [] };
  status.uncountedTerminatedPods = lists;
  return lists;
}

/** Writes the status with Go's omitempty (zero counters and empty lists dropped), in field order. */
export function writeStatus(w: JobWriter, ctx: JobSyncContext): void {
  const s = statusOf(ctx);
  const uncounted = uncountedOf(s);
  const status: Record<string, unknown> = {
    conditions: s.conditions?.length ? s.conditions : undefined,
    startTime: s.startTime,
    completionTime: s.completionTime,
    active: s.active || undefined,
    succeeded: s.succeeded || undefined,
    failed: s.failed || undefined,
    terminating: s.terminating,
    completedIndexes: s.completedIndexes || undefined,
    failedIndexes: s.failedIndexes,
    uncountedTerminatedPods: {
      ...(uncounted.succeeded.length > 0 ? { succeeded: uncounted.succeeded } : {}),
      ...(uncounted.failed.length > 0 ? { failed: uncounted.failed } : {}),
    },
    ready: s.ready,
  };
  const updated = w.client.updateStatus('batch/jobs', { ...ctx.job, status: clone(status) });
  ctx.job = clone(updated);
}
