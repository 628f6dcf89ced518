// The CronJob controller (v2): at each schedule time (in spec.timeZone, UTC otherwise) creates the
// Job `<cronjob>-<minutes since epoch>`, honouring suspend, startingDeadlineSeconds and the
// concurrency policy; follows its Jobs into status.active, lastScheduleTime and lastSuccessfulTime;
// deletes finished Jobs past the history limits; sleeps on the virtual clock until the next time.
// Mirrors pkg/controller/cronjob/cronjob_controllerv2.go (v1.31).

import type { ObjectReference } from 'kubernetes-types/core/v1';
import { isStatusError } from '../../api/errors.ts';
import { controllerOf } from '../../api/owners.ts';
import type { KubeObject } from '../../api/types.ts';
import { clone } from '../../base/json.ts';
import { parseTime, rfc1123z, rfc3339 } from '../../base/time.ts';
import type { EventRecorder } from '../../client/events.ts';
import { namespacedKey, splitKey, WorkQueue } from '../../client/workqueue.ts';
import type { Controller, ControllerDeps } from '../controller.ts';
import type { Informers } from '../common/informers.ts';
import { finishedCondition, isJobFinished, isJobSucceeded, jobStatus } from '../job/util.ts';
import { cleanupFinishedJobs, deleteJob, type JobDeleter } from './history.ts';
import { parseSchedule, type Schedule } from './schedule.ts';
import { cronJobSpec, cronJobStatus, jobFromTemplate, jobName, mostRecentScheduleTime, nextScheduleDelayMs } from './utils.ts';
import { loadZone, type Zone } from './zone.ts';

const COMPONENT = 'cronjob-controller';
/** How soon a watched change is acted on (the informer's delivery and the queue's pick-up). */
const REACTION_MS = 5;
const UNSUPPORTED_TZ = 'CRON_TZ or TZ used in schedule %q is not officially supported, see https://kubernetes.io/docs/concepts/workloads/controllers/cron-jobs/ for more details';

interface SyncResult {
  readonly requeueMs?: number;
  readonly updateStatus: boolean;
  readonly error?: Error;
}

type MutableStatus = { active?: ObjectReference[]; lastScheduleTime?: string; lastSuccessfulTime?: string };

export class CronJobController implements Controller {
  readonly name = COMPONENT;
  private readonly queue: WorkQueue;
  private readonly recorder: EventRecorder;
  private readonly jobs: JobDeleter;

  constructor(private readonly deps: ControllerDeps, private readonly informers: Informers) {
    this.queue = new WorkQueue(deps.clock, COMPONENT, { sync: (key) => this.sync(key) });
    this.recorder = deps.recorder(COMPONENT);
    this.jobs = { client: deps.client, recorder: this.recorder };
    informers.cronJobs.subscribe((type, cj, previous) => this.onCronJob(type, cj, previous));
    informers.jobs.subscribe((_type, job, previous) => {
      for (const cj of new Set([previous && this.ownerOf(previous), this.ownerOf(job)])) if (cj) this.queue.add(keyOf(cj), REACTION_MS);
    });
  }

  /** updateCronJob: a new schedule or time zone re-aims the wake-up; other changes sync now. */
  private onCronJob(type: string, cj: KubeObject, previous: KubeObject | undefined): void {
    const key = keyOf(cj);
    const spec = cronJobSpec(cj);
    if (type !== 'MODIFIED' || !previous || (cronJobSpec(previous).schedule === spec.schedule && cronJobSpec(previous).timeZone === spec.timeZone)) {
      this.queue.add(key, REACTION_MS);
      return;
    }
    let schedule: Schedule;
    try {
      schedule = parseSchedule(spec.schedule, spec.timeZone);
    } catch {
      this.recorder.record(cj, 'Warning', 'UnParseableCronJobSchedule', `unparseable schedule for cronjob: ${spec.schedule}`);
      return;
    }
    const delayMs = nextScheduleDelayMs(cj, this.deps.clock.nowMs, schedule);
    if (delayMs !== undefined) this.queue.addAfter(key, delayMs);
  }

  private ownerOf(job: KubeObject): KubeObject | undefined {
    const ref = controllerOf(job);
    if (ref?.kind !== 'CronJob') return undefined;
    const cj = this.informers.cronJobs.get(job.metadata.namespace, ref.name);
    return cj?.metadata.uid === ref.uid ? cj : undefined;
  }

  sync(key: string): boolean {
    const { namespace, name } = splitKey(key);
    const cj = this.informers.cronJobs.get(namespace, name);
    if (!cj) return true;
    const jobs = this.informers.jobs.controlledBy(cj.metadata.uid!);
    const copy = clone(cj);
    try {
      const cleaned = cleanupFinishedJobs(this.jobs, copy, jobs);
      const result = this.syncCronJob(copy, jobs);
      if (cleaned || result.updateStatus) this.writeStatus(copy);
      if (result.requeueMs !== undefined) this.queue.addAfter(key, result.requeueMs);
      return result.requeueMs !== undefined || result.error === undefined;
    } catch (e) {
      if (!isStatusError(e)) throw e;
      return false;
    }
  }

  private writeStatus(cj: KubeObject): void {
    const s = cronJobStatus(cj);
    const status = {
      ...(s.active?.length ? { active: s.active } : {}),
      ...(s.lastScheduleTime ? { lastScheduleTime: s.lastScheduleTime } : {}),
      ...(s.lastSuccessfulTime ? { lastSuccessfulTime: s.lastSuccessfulTime } : {}),
    };
    this.deps.client.updateStatus('batch/cronjobs', { ...cj, status });
  }

  /** syncCronJob: reconcile status with the Jobs, then start the Job of the most recent unmet time. */
  private syncCronJob(cj: KubeObject, jobs: readonly KubeObject[]): SyncResult {
    let updateStatus = this.reconcileActive(cj, jobs);
    const spec = cronJobSpec(cj);
    if (cj.metadata.deletionTimestamp) return { updateStatus };
    let zone: Zone;
    try {
      zone = loadZone(spec.timeZone);
    } catch (e) {
      this.recorder.record(cj, 'Warning', 'UnknownTimeZone', `invalid timeZone: ${JSON.stringify(spec.timeZone)}: ${(e as Error).message}`);
      return { updateStatus };
    }
    if (spec.suspend === true) return { updateStatus };
    if (spec.schedule.includes('TZ')) this.recorder.record(cj, 'Warning', 'UnsupportedSchedule', UNSUPPORTED_TZ.replace('%q', JSON.stringify(spec.schedule)));
    let schedule: Schedule;
    try {
      schedule = parseSchedule(spec.schedule, spec.schedule.includes('TZ') ? undefined : spec.timeZone);
    } catch (e) {
      this.recorder.record(cj, 'Warning', 'UnparseableSchedule', `unparseable schedule: ${JSON.stringify(spec.schedule)} : ${(e as Error).message}`);
      return { updateStatus };
    }
    const nowMs = this.deps.clock.nowMs;
    const recent = mostRecentScheduleTime(cj, nowMs, schedule, true);
    if (recent.error !== undefined) {
      this.recorder.record(cj, 'Warning', 'InvalidSchedule', `invalid schedule: ${spec.schedule} : ${recent.error}`);
      return { updateStatus };
    }
    const next = (): number | undefined => nextScheduleDelayMs(cj, nowMs, schedule);
    const scheduledMs = recent.mostRecentMs;
    if (scheduledMs === undefined || scheduledMs > nowMs) return { requeueMs: next(), updateStatus };
    if (recent.missed === 'many') {
      this.recorder.record(cj, 'Warning', 'TooManyMissedTimes', 'too many missed start times. Set or decrease .spec.startingDeadlineSeconds or check clock skew');
    }
    const deadline = spec.startingDeadlineSeconds;
    if (deadline !== undefined && scheduledMs + deadline * 1000 < nowMs) {
      this.recorder.record(cj, 'Warning', 'MissSchedule', `Missed scheduled time to start a job: ${rfc1123z(scheduledMs)}`);
      return { requeueMs: next(), updateStatus };
    }
    const status = cronJobStatus(cj) as MutableStatus;
    const name = jobName(cj, scheduledMs);
    if ((status.active ?? []).some((r) => r.name === name) || parseTime(status.lastScheduleTime) === scheduledMs) return { requeueMs: next(), updateStatus };
    if (spec.concurrencyPolicy === 'Forbid' && (status.active ?? []).length > 0) {
      this.recorder.record(cj, 'Normal', 'JobAlreadyActive', 'Not starting job because prior execution is running and concurrency policy is Forbid');
      return { requeueMs: next(), updateStatus };
    }
    if (spec.concurrencyPolicy === 'Replace') {
      const replaced = this.replaceActive(cj);
      if (replaced.error) return { updateStatus: updateStatus || replaced.updateStatus, error: replaced.error };
      updateStatus ||= replaced.updateStatus;
    }
    const started = this.startJob(cj, scheduledMs, zone);
    if (started.error || !started.job) return { updateStatus, error: started.error };
    status.active = [...(status.active ?? []), reference(started.job)];
    status.lastScheduleTime = rfc3339(scheduledMs);
    return { requeueMs: next(), updateStatus: true };
  }

  /** Finished Jobs leave status.active (SawCompletedJob), vanished ones too (MissingJob). */
  private reconcileActive(cj: KubeObject, jobs: readonly KubeObject[]): boolean {
    const status = cronJobStatus(cj) as MutableStatus;
    cj.status = status;
    let updateStatus = false;
    const inActive = (uid: string | undefined): boolean => (status.active ?? []).some((r) => r.uid === uid);
    for (const job of jobs) {
      const found = inActive(job.metadata.uid);
      if (!found && !isJobFinished(job)) {
        this.recorder.record(cj, 'Warning', 'UnexpectedJob', `Saw a job that the controller did not create or forgot: ${job.metadata.name}`);
      } else if (isJobFinished(job)) {
        if (found) {
          status.active = (status.active ?? []).filter((r) => r.uid !== job.metadata.uid);
          this.recorder.record(cj, 'Normal', 'SawCompletedJob', `Saw completed job: ${job.metadata.name}, status: ${finishedCondition(job)!.type}`);
          updateStatus = true;
        }
        const completedMs = parseTime(jobStatus(job).completionTime);
        if (isJobSucceeded(job) && completedMs !== undefined && completedMs > (parseTime(status.lastSuccessfulTime) ?? -Infinity)) {
          status.lastSuccessfulTime = jobStatus(job).completionTime;
          updateStatus = true;
        }
      }
    }
    const children = new Set(jobs.map((j) => j.metadata.uid));
    for (const ref of [...(status.active ?? [])]) {
      if (children.has(ref.uid) || this.deps.client.get('batch/jobs', ref.namespace, ref.name ?? '')) continue;
      this.recorder.record(cj, 'Normal', 'MissingJob', `Active job went missing: ${ref.name}`);
      status.active = (status.active ?? []).filter((r) => r.uid !== ref.uid);
      updateStatus = true;
    }
    return updateStatus;
  }

  /** concurrencyPolicy Replace: the still-active Jobs are deleted before the new one starts. */
  private replaceActive(cj: KubeObject): { updateStatus: boolean; error?: Error } {
    let updateStatus = false;
    for (const ref of [...(cronJobStatus(cj).active ?? [])]) {
      const job = this.deps.client.get('batch/jobs', ref.namespace, ref.name ?? '');
      if (!job) {
        const message = `jobs.batch ${JSON.stringify(ref.name)} not found`;
        this.recorder.record(cj, 'Warning', 'FailedGet', `Get job: ${message}`);
        return { updateStatus, error: new Error(message) };
      }
      if (!deleteJob(this.jobs, cj, job)) return { updateStatus, error: new Error(`could not replace job ${ref.namespace}/${ref.name}`) };
      updateStatus = true;
    }
    return { updateStatus };
  }

  /** Creates the Job of `scheduledMs`; a Job of ours already there (status not written) is taken up. */
  private startJob(cj: KubeObject, scheduledMs: number, zone: Zone): { job?: KubeObject; error?: Error } {
    const wanted = jobFromTemplate(cj, scheduledMs, zone);
    try {
      const job = this.deps.client.create('batch/jobs', wanted);
      this.recorder.record(cj, 'Normal', 'SuccessfulCreate', `Created job ${job.metadata.name}`);
      return { job };
    } catch (e) {
      if (!isStatusError(e)) throw e;
      if (e.reason === 'AlreadyExists') {
        const job = this.deps.client.get('batch/jobs', cj.metadata.namespace, wanted.metadata.name!);
        if (!job) return { error: e };
        const ours = controllerOf(job)?.uid === cj.metadata.uid;
        const listed = (cronJobStatus(cj).active ?? []).some((r) => r.uid === job.metadata.uid);
        return ours && !listed ? { job } : {};
      }
      if (e.code === 403 && e.message.includes('being terminated')) return { error: e };
      this.recorder.record(cj, 'Warning', 'FailedCreate', `Error creating job: ${e.message}`);
      return { error: e };
    }
  }
}

function keyOf(o: KubeObject): string {
  return namespacedKey(o.metadata.namespace, o.metadata.name!);
}

/** ref.GetReference of a Job. */
function reference(job: KubeObject): ObjectReference {
  return {
    kind: 'Job', namespace: job.metadata.namespace, name: job.metadata.name, uid: job.metadata.uid,
    apiVersion: 'batch/v1', resourceVersion: job.metadata.resourceVersion,
  };
}
