// The Job controller: runs a Job's pods to completion — parallelism, completions (NonIndexed and
// Indexed), backoffLimit with the pod re-creation back-off, activeDeadlineSeconds, suspend — and
// tracks finished pods with the `batch.kubernetes.io/job-tracking` finalizer. A second queue strips
// that finalizer from pods whose Job is gone or finished. Mirrors pkg/controller/job (v1.31).

import type { JobCondition } from 'kubernetes-types/batch/v1';
import type { LabelSelector } from 'kubernetes-types/meta/v1';
import { isStatusError } from '../../api/errors.ts';
import { controllerOf } from '../../api/owners.ts';
import { labelSelectorMatches } from '../../api/selectors.ts';
import type { KubeObject } from '../../api/types.ts';
import { clone, deepEqual } from '../../base/json.ts';
import { parseTime, rfc3339 } from '../../base/time.ts';
import type { EventRecorder } from '../../client/events.ts';
import { namespacedKey, splitKey, WorkQueue } from '../../client/workqueue.ts';
import type { Controller, ControllerDeps } from '../controller.ts';
import { claimObjects } from '../common/claim.ts';
import type { Informers } from '../common/informers.ts';
import { PodControl } from '../common/pod-control.ts';
import { isPodActive, isPodReady, podStatus } from '../common/pod-utils.ts';
import { backoffRecord } from './backoff.ts';
import { completionIndex, intervalsTotal, parseIntervals, UNKNOWN_INDEX, withIndexes } from './indexed.ts';
import { deletePods, isIndexed, type JobWriter, manageJob, removeTrackingFinalizer, SYNC_BATCH_MS } from './manage.ts';
import { countTerminating, hasTrackingFinalizer, isPodFailed, type JobSyncContext, pastBackoffLimitOnFailure } from './pods.ts';
import { trackJobStatusAndRemoveFinalizers } from './tracking.ts';
import {
  ensureCondition, findCondition, isJobFinished, isJobSuspended, JOB_TRACKING_FINALIZER, JobConditionType, JobMessage, JobReason,
  jobSpec, jobStatus, newCondition,
} from './util.ts';

/** How soon a Job event is acted on (the informer's delivery and the queue's pick-up). */
const REACTION_MS = 5;
const COMPONENT = 'job-controller';

export class JobController implements Controller {
  readonly name = COMPONENT;
  private readonly queue: WorkQueue;
  private readonly orphanQueue: WorkQueue;
  private readonly recorder: EventRecorder;
  private readonly pods: PodControl;

  constructor(private readonly deps: ControllerDeps, private readonly informers: Informers) {
    this.queue = new WorkQueue(deps.clock, COMPONENT, { sync: (key) => this.sync(key) });
    this.orphanQueue = new WorkQueue(deps.clock, `${COMPONENT}/orphan-pods`, { sync: (key) => this.syncOrphanPod(key) });
    this.recorder = deps.recorder(COMPONENT);
    this.pods = new PodControl(deps.client, this.recorder);
    informers.jobs.subscribe((type, job, previous) => this.onJob(type, job, previous));
    informers.pods.subscribe((type, pod, previous) => this.onPod(type, pod, previous));
  }

  private keyOf(o: KubeObject): string {
    return namespacedKey(o.metadata.namespace, o.metadata.name!);
  }

  private onJob(type: 'ADDED' | 'MODIFIED' | 'DELETED', job: KubeObject, previous: KubeObject | undefined): void {
    const key = this.keyOf(job);
    const specChanged = type !== 'MODIFIED' || previous?.metadata.generation !== job.metadata.generation;
    this.queue.add(key, specChanged ? REACTION_MS : SYNC_BATCH_MS);
    if (type === 'DELETED' || isJobFinished(job)) this.cleanupPodFinalizers(job);
    const deadline = jobSpec(job).activeDeadlineSeconds;
    const start = parseTime(jobStatus(job).startTime);
    if (type === 'MODIFIED' && deadline !== undefined && start !== undefined && deadline !== jobSpec(previous!).activeDeadlineSeconds) {
      this.queue.addAfter(key, deadline * 1000 - (this.deps.clock.nowMs - start));
    }
  }

  private onPod(type: string, pod: KubeObject, previous: KubeObject | undefined): void {
    const owner = this.ownerOf(pod);
    const before = previous ? this.ownerOf(previous) : undefined;
    if (before && before !== owner) this.queue.add(this.keyOf(before), SYNC_BATCH_MS);
    if (owner && !(type === 'DELETED' && isJobFinished(owner))) this.queue.add(this.keyOf(owner), SYNC_BATCH_MS);
    const adoptable = type === 'ADDED' || (type === 'MODIFIED' && (before !== owner || !deepEqual(previous?.metadata.labels, pod.metadata.labels)));
    if (!controllerOf(pod) && adoptable) {
      for (const job of this.matchingJobs(pod)) this.queue.add(this.keyOf(job), SYNC_BATCH_MS);
    }
    if (type !== 'DELETED' && hasTrackingFinalizer(pod) && (!owner || isJobFinished(owner))) this.orphanQueue.add(this.keyOf(pod), REACTION_MS);
  }

  /** The Job controlling the pod, resolved by name and checked by uid. */
  private ownerOf(pod: KubeObject): KubeObject | undefined {
    const ref = controllerOf(pod);
    if (ref?.kind !== 'Job') return undefined;
    const job = this.informers.jobs.get(pod.metadata.namespace, ref.name);
    return job?.metadata.uid === ref.uid ? job : undefined;
  }

  private matchingJobs(pod: KubeObject): KubeObject[] {
    return this.deps.client.list('batch/jobs', pod.metadata.namespace)
      .filter((job) => labelSelectorMatches(jobSpec(job).selector as LabelSelector | undefined, pod.metadata.labels ?? {}));
  }

  /** Queues the Job's pods that still carry the tracking finalizer (cleanupPodFinalizers). */
  private cleanupPodFinalizers(job: KubeObject): void {
    for (const pod of this.informers.pods.controlledBy(job.metadata.uid!)) {
      if (hasTrackingFinalizer(pod)) this.orphanQueue.add(this.keyOf(pod), REACTION_MS);
    }
  }

  /** syncOrphanPod: drops the finalizer unless a live, unfinished batch/v1 Job controls the pod. */
  syncOrphanPod(key: string): boolean {
    const { namespace, name } = splitKey(key);
    const pod = this.informers.pods.get(namespace, name);
    if (!pod || !hasTrackingFinalizer(pod)) return true;
    const ref = controllerOf(pod);
    if (ref && (ref.kind !== 'Job' || ref.apiVersion !== 'batch/v1')) return true;
    const job = ref ? this.ownerOf(pod) : undefined;
    if (job && !isJobFinished(job)) return true;
    return removeTrackingFinalizer(this.deps.client, pod);
  }

  sync(key: string): boolean {
    const { namespace, name } = splitKey(key);
    const shared = this.informers.jobs.get(namespace, name);
    if (!shared) return true;
    if (isJobFinished(shared)) return true;
    try {
      return this.syncJob(key, clone(shared));
    } catch (e) {
      if (!isStatusError(e)) throw e;
      return false;
    }
  }

  private writer(key: string): JobWriter & { recorder: EventRecorder } {
    return {
      client: this.deps.client, pods: this.pods, recorder: this.recorder, nowMs: this.deps.clock.nowMs,
      requeue: (delayMs) => this.queue.addAfter(key, delayMs),
    };
  }

  private syncJob(key: string, job: KubeObject): boolean {
    job.status ??= {};
    const w = this.writer(key);
    const ctx = this.newContext(job);
    const status = jobStatus(job) as { startTime?: string; active?: number; ready?: number; terminating?: number };
    if (!status.startTime && !isJobSuspended(job)) status.startTime = rfc3339(w.nowMs);
    ctx.finished = this.finishTarget(key, ctx, w.nowMs);
    if (isIndexed(job)) {
      const completions = jobSpec(job).completions ?? 0;
      ctx.prevSucceededIndexes = parseIntervals(jobStatus(job).completedIndexes, completions);
      const fresh = ctx.pods.filter((p) => podStatus(p).phase === 'Succeeded' && hasTrackingFinalizer(p))
        .map(completionIndex).filter((ix) => ix !== UNKNOWN_INDEX && ix < completions);
      ctx.succeededIndexes = withIndexes(ctx.prevSucceededIndexes, [...new Set(fresh)].sort((a, b) => a - b));
      ctx.succeeded = intervalsTotal(ctx.succeededIndexes);
    }
    let active = ctx.activePods.length;
    let manageError: Error | undefined;
    let suspendChanged = false;
    if (ctx.finished) {
      const result = deletePods(w, job, ctx.activePods, false);
      if (result.deleted !== active) ctx.finished = undefined;
      active -= result.deleted;
      ctx.terminating += result.deleted;
      ctx.ready -= result.deletedReady;
      manageError = result.error;
    } else {
      const manage = !job.metadata.deletionTimestamp;
      if (manage) ({ active, error: manageError } = manageJob(w, ctx));
      const completions = jobSpec(job).completions;
      const complete = completions === undefined ? ctx.succeeded > 0 && active === 0 : ctx.succeeded >= completions && active === 0;
      if (complete) ctx.finished = newCondition(JobConditionType.SuccessCriteriaMet, 'True', JobReason.CompletionsReached, JobMessage.CompletionsReached, w.nowMs);
      else if (manage) suspendChanged = this.updateSuspendCondition(ctx, w.nowMs);
    }
    const needsUpdate = suspendChanged || active !== (status.active ?? 0) || ctx.ready !== status.ready || ctx.terminating !== status.terminating;
    status.active = active;
    status.ready = ctx.ready;
    status.terminating = ctx.terminating;
    const trackError = trackJobStatusAndRemoveFinalizers(w, ctx, needsUpdate);
    return !trackError && !manageError;
  }

  /** The pods of the Job (adopting matching orphans with the tracking finalizer) and their counts. */
  private newContext(job: KubeObject): JobSyncContext {
    const pods = this.podsForJob(job);
    const activePods = pods.filter(isPodActive);
    const uncounted = jobStatus(job).uncountedTerminatedPods ?? {};
    const uncountedSucceeded = new Set<string>(uncounted.succeeded ?? []);
    const uncountedFailed = new Set<string>(uncounted.failed ?? []);
    const fresh = (p: KubeObject): boolean => {
      const uid = p.metadata.uid!;
      if (!hasTrackingFinalizer(p) || uncountedSucceeded.has(uid) || uncountedFailed.has(uid)) return false;
      const ix = completionIndex(p);
      return !isIndexed(job) || (ix !== UNKNOWN_INDEX && ix < (jobSpec(job).completions ?? 0));
    };
    const newSucceeded = pods.filter((p) => fresh(p) && podStatus(p).phase === 'Succeeded').length;
    const newFailed = pods.filter((p) => fresh(p) && isPodFailed(p, job)).length;
    const status = jobStatus(job);
    return {
      job, pods, activePods,
      succeeded: (status.succeeded ?? 0) + newSucceeded + uncountedSucceeded.size,
      failed: (status.failed ?? 0) + newFailed + uncountedFailed.size,
      ready: activePods.filter(isPodReady).length,
      terminating: countTerminating(pods),
      finished: undefined,
      prevSucceededIndexes: [],
      succeededIndexes: [],
      uncountedSucceeded,
      uncountedFailed,
      backoff: backoffRecord(pods.filter((p) => podStatus(p).phase === 'Succeeded'), pods.filter((p) => isPodFailed(p, job))),
    };
  }

  private podsForJob(job: KubeObject): KubeObject[] {
    const uid = job.metadata.uid!;
    const owned = new Set(this.informers.pods.controlledBy(uid).map((p) => p.metadata.uid));
    const pods = claimObjects({
      client: this.deps.client, resource: '/pods', index: this.informers.pods, owner: job,
      selector: jobSpec(job).selector as LabelSelector | undefined,
    });
    return pods.map((p) => (owned.has(p.metadata.uid) || hasTrackingFinalizer(p) ? p : this.addTrackingFinalizer(p)));
  }

  /** An adopted pod gets the tracking finalizer, as ClaimPods adds it with the owner reference. */
  private addTrackingFinalizer(pod: KubeObject): KubeObject {
    try {
      return this.deps.client.patch('/pods', pod.metadata.namespace, pod.metadata.name!, 'merge', {
        metadata: { finalizers: [...(pod.metadata.finalizers ?? []), JOB_TRACKING_FINALIZER] },
      });
    } catch (e) {
      if (!isStatusError(e)) throw e;
      return pod;
    }
  }

  /** The condition the Job is heading to: success already met, a failure target, or a new failure. */
  private finishTarget(key: string, ctx: JobSyncContext, nowMs: number): JobCondition | undefined {
    const job = ctx.job;
    const met = findCondition(job, JobConditionType.SuccessCriteriaMet);
    if (met?.status === 'True') return met;
    const target = findCondition(job, JobConditionType.FailureTarget);
    if (target?.status === 'True') return newCondition(JobConditionType.Failed, 'True', target.reason ?? '', target.message ?? '', nowMs);
    const spec = jobSpec(job);
    if (ctx.failed > (spec.backoffLimit ?? 6) || pastBackoffLimitOnFailure(job, ctx.pods)) {
      return newCondition(JobConditionType.FailureTarget, 'True', JobReason.BackoffLimitExceeded, JobMessage.BackoffLimitExceeded, nowMs);
    }
    const deadlineMs = spec.activeDeadlineSeconds === undefined ? undefined : spec.activeDeadlineSeconds * 1000;
    const start = parseTime(jobStatus(job).startTime);
    if (deadlineMs === undefined || start === undefined || isJobSuspended(job)) return undefined;
    if (nowMs - start >= deadlineMs) {
      return newCondition(JobConditionType.FailureTarget, 'True', JobReason.DeadlineExceeded, JobMessage.DeadlineExceeded, nowMs);
    }
    this.queue.addAfter(key, deadlineMs - (nowMs - start));
    return undefined;
  }

  /** The Suspended condition follows spec.suspend; resuming restarts the deadline clock. */
  private updateSuspendCondition(ctx: JobSyncContext, nowMs: number): boolean {
    const status = jobStatus(ctx.job) as { startTime?: string };
    if (isJobSuspended(ctx.job)) {
      const changed = ensureCondition(jobStatus(ctx.job), JobConditionType.Suspended, 'True', JobReason.JobSuspended, JobMessage.Suspended, nowMs);
      if (changed) this.recorder.record(ctx.job, 'Normal', 'Suspended', JobMessage.Suspended);
      return changed;
    }
    const changed = ensureCondition(jobStatus(ctx.job), JobConditionType.Suspended, 'False', JobReason.JobResumed, JobMessage.Resumed, nowMs);
    if (changed) {
      this.recorder.record(ctx.job, 'Normal', 'Resumed', JobMessage.Resumed);
      status.startTime = rfc3339(nowMs);
    }
    return changed;
  }
}
