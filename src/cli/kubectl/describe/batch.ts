// Describers of batch/v1 (describe.go describeJob, describeCronJob) with the 1.30+ Suspend /
// Backoff Limit / TTL lines of Job.

import type { CronJob, Job, JobSpec } from 'kubernetes-types/batch/v1';
import { humanDuration, parseTime } from '../../../engine/index.ts';
import { selectorString } from '../printers/table/cells.ts';
import { controllerOf, formatTime, goBoolPtr, printAnnotationsMultiline, printLabelsMultiline, writeNameNamespace } from './common.ts';
import { describeEvents, eventQueryFor, searchEvents } from './events.ts';
import { describePodTemplate } from './pod-template.ts';
import { LEVEL_0, tabbedString, type PrefixWriter } from './prefix-writer.ts';
import type { Describer } from './types.ts';

export const describeJob: Describer = ({ ctx, settings, info, namespace, name }) => {
  const obj = ctx.client.server.get(info, namespace, name);
  const events = settings.showEvents ? searchEvents(ctx, eventQueryFor(obj)) : undefined;
  const job = obj as unknown as Job;
  const spec = job.spec;
  const st = job.status;
  return tabbedString((w) => {
    writeNameNamespace(w, obj);
    w.write(LEVEL_0, `Selector:\t${selectorString(spec?.selector)}\n`);
    printLabelsMultiline(w, 'Labels', obj.metadata.labels);
    printAnnotationsMultiline(w, 'Annotations', obj.metadata.annotations);
    const controlledBy = controllerOf(obj);
    if (controlledBy) w.write(LEVEL_0, `Controlled By:\t${controlledBy}\n`);
    if (spec?.parallelism !== undefined) w.write(LEVEL_0, `Parallelism:\t${spec.parallelism}\n`);
    w.write(LEVEL_0, `Completions:\t${spec?.completions !== undefined ? spec.completions : '<unset>'}\n`);
    if (spec?.completionMode !== undefined) w.write(LEVEL_0, `Completion Mode:\t${spec.completionMode}\n`);
    if (spec?.suspend !== undefined) w.write(LEVEL_0, `Suspend:\t${spec.suspend}\n`);
    if (spec?.backoffLimit !== undefined) w.write(LEVEL_0, `Backoff Limit:\t${spec.backoffLimit}\n`);
    if (spec?.ttlSecondsAfterFinished !== undefined) w.write(LEVEL_0, `TTL Seconds After Finished:\t${spec.ttlSecondsAfterFinished}\n`);
    if (st?.startTime) w.write(LEVEL_0, `Start Time:\t${formatTime(st.startTime)}\n`);
    if (st?.completionTime) w.write(LEVEL_0, `Completed At:\t${formatTime(st.completionTime)}\n`);
    const start = parseTime(st?.startTime);
    const end = parseTime(st?.completionTime);
    if (start !== undefined && end !== undefined) w.write(LEVEL_0, `Duration:\t${humanDuration(end - start)}\n`);
    if (spec?.activeDeadlineSeconds !== undefined) w.write(LEVEL_0, `Active Deadline Seconds:\t${spec.activeDeadlineSeconds}s\n`);
    const ready = st?.ready === undefined ? '' : ` (${st.ready} Ready)`;
    w.write(LEVEL_0, `Pods Statuses:\t${st?.active ?? 0} Active${ready} / ${st?.succeeded ?? 0} Succeeded / ${st?.failed ?? 0} Failed\n`);
    if (spec?.completionMode === 'Indexed') w.write(LEVEL_0, `Completed Indexes:\t${capIndexes(st?.completedIndexes ?? '', 50)}\n`);
    describePodTemplate(w, spec?.template);
    if (events) describeEvents(w, events, ctx.nowMs());
  });
};

/** capIndexesListOrNone: cut after the first comma past the soft limit. */
function capIndexes(indexes: string, softLimit: number): string {
  if (indexes === '') return '<none>';
  const comma = indexes.indexOf(',', softLimit);
  return comma < 0 ? indexes : `${indexes.slice(0, comma + 1)}...`;
}

export const describeCronJob: Describer = ({ ctx, settings, info, namespace, name }) => {
  const obj = ctx.client.server.get(info, namespace, name);
  const events = settings.showEvents ? searchEvents(ctx, eventQueryFor(obj)) : undefined;
  const cj = obj as unknown as CronJob;
  const spec = cj.spec;
  return tabbedString((w) => {
    writeNameNamespace(w, obj);
    printLabelsMultiline(w, 'Labels', obj.metadata.labels);
    printAnnotationsMultiline(w, 'Annotations', obj.metadata.annotations);
    w.write(LEVEL_0, `Schedule:\t${spec?.schedule ?? ''}\n`);
    w.write(LEVEL_0, `Concurrency Policy:\t${spec?.concurrencyPolicy ?? ''}\n`);
    w.write(LEVEL_0, `Suspend:\t${goBoolPtr(spec?.suspend)}\n`);
    w.write(LEVEL_0, `Successful Job History Limit:\t${spec?.successfulJobsHistoryLimit ?? '<unset>'}\n`);
    w.write(LEVEL_0, `Failed Job History Limit:\t${spec?.failedJobsHistoryLimit ?? '<unset>'}\n`);
    w.write(LEVEL_0, `Starting Deadline Seconds:\t${spec?.startingDeadlineSeconds !== undefined ? `${spec.startingDeadlineSeconds}s` : '<unset>'}\n`);
    describeJobTemplate(w, spec?.jobTemplate?.spec);
    w.write(LEVEL_0, `Last Schedule Time:\t${cj.status?.lastScheduleTime ? formatTime(cj.status.lastScheduleTime) : '<unset>'}\n`);
    const active = (cj.status?.active ?? []).map((j) => j.name ?? '');
    w.write(LEVEL_0, 'Active Jobs:\t');
    w.writeLine(active.length === 0 ? '<none>' : active.join(', '));
    if (events) describeEvents(w, events, ctx.nowMs());
  });
};

function describeJobTemplate(w: PrefixWriter, spec: JobSpec | undefined): void {
  w.write(LEVEL_0, `Selector:\t${spec?.selector ? selectorString(spec.selector) : '<unset>'}\n`);
  w.write(LEVEL_0, `Parallelism:\t${spec?.parallelism ?? '<unset>'}\n`);
  w.write(LEVEL_0, `Completions:\t${spec?.completions ?? '<unset>'}\n`);
  if (spec?.activeDeadlineSeconds !== undefined) w.write(LEVEL_0, `Active Deadline Seconds:\t${spec.activeDeadlineSeconds}s\n`);
  describePodTemplate(w, spec?.template);
}
