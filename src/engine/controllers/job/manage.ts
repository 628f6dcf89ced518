// manageJob: keeps as many active pods as the Job wants — min(parallelism, completions left), none
// while suspended — creating them (after the failure back-off, in slow-start batches, with the
// tracking finalizer and, for Indexed Jobs, the completion index) or deleting the surplus.
// Mirrors job_controller.go manageJob, deleteJobPods, deleteActivePods (v1.31).

import type { PodTemplateSpec } from 'kubernetes-types/core/v1';
import { isStatusError } from '../../api/errors.ts';
import type { KubeObject } from '../../api/types.ts';
import { clone } from '../../base/json.ts';
import type { ApiClient } from '../../client/client.ts';
import { type PodControl, podFromTemplate } from '../common/pod-control.ts';
import { rankPodsForDeletion } from '../common/pod-ranking.ts';
import { isPodReady } from '../common/pod-utils.ts';
import { slowStartBatch } from '../common/slow-start.ts';
import { remainingBackoffMs } from './backoff.ts';
import { duplicateIndexPods, firstPendingIndexes, generateNameWithIndex } from './indexed.ts';
import { type JobSyncContext, onlyReplaceFailedPods } from './pods.ts';
import { isJobSuspended, JOB_COMPLETION_INDEX, JOB_TRACKING_FINALIZER, jobSpec } from './util.ts';

/** MaxPodCreateDeletePerSync. */
const MAX_PODS_PER_SYNC = 500;
/** syncJobBatchPeriod: the shortest delay before a Job is synced again. */
export const SYNC_BATCH_MS = 1000;
const COMPLETION_INDEX_ENV = 'JOB_COMPLETION_INDEX';

/** What the Job controller lends its helpers for one sync. */
export interface JobWriter {
  readonly client: ApiClient;
  readonly pods: PodControl;
  readonly nowMs: number;
  requeue(delayMs: number): void;
}

export interface PodDeletions {
  readonly deleted: number;
  readonly deletedReady: number;
  readonly error: Error | undefined;
}

export function isIndexed(job: KubeObject): boolean {
  return jobSpec(job).completionMode === 'Indexed';
}

/** Removes the tracking finalizer; a pod already gone counts as done. */
export function removeTrackingFinalizer(client: ApiClient, pod: KubeObject): boolean {
  const i = (pod.metadata.finalizers ?? []).indexOf(JOB_TRACKING_FINALIZER);
  if (i < 0) return true;
  const path = `/metadata/finalizers/${i}`;
  // The last finalizer takes the list with it: the API never stores `finalizers: []`.
  const removed = pod.metadata.finalizers!.length === 1 ? '/metadata/finalizers' : path;
  try {
    client.patch('/pods', pod.metadata.namespace, pod.metadata.name!, 'json', [{ op: 'test', path, value: JOB_TRACKING_FINALIZER }, { op: 'remove', path: removed }]);
    return true;
  } catch (e) {
    if (!isStatusError(e)) throw e;
    return e.status.code === 404;
  }
}

/**
 * Deletes `pods` on behalf of the Job. `dropFinalizer` (deleteJobPods) first removes the tracking
 * finalizer so the pods are not counted; deleteActivePods keeps it.
 */
export function deletePods(w: JobWriter, job: KubeObject, pods: readonly KubeObject[], dropFinalizer: boolean): PodDeletions {
  let deleted = 0;
  let deletedReady = 0;
  let error: Error | undefined;
  for (const pod of pods) {
    if (dropFinalizer && !removeTrackingFinalizer(w.client, pod)) {
      error ??= new Error(`removing completion finalizer: ${pod.metadata.name}`);
      continue;
    }
    if (w.pods.delete(job, pod)) deleted++;
    else error ??= new Error(`unable to delete pod ${pod.metadata.name}`);
    if (isPodReady(pod)) deletedReady++;
  }
  return { deleted, deletedReady, error };
}

/** activePodsForRemoval: repeated or invalid indexes first, then the lowest-ranked pods. */
function activePodsForRemoval(job: KubeObject, pods: readonly KubeObject[], atLeast: number, nowMs: number): KubeObject[] {
  const rank = (ps: KubeObject[]): KubeObject[] => rankPodsForDeletion(ps, [], nowMs);
  let remove: KubeObject[] = [];
  let left = [...pods];
  if (isIndexed(job)) ({ remove, keep: left } = duplicateIndexPods(pods, jobSpec(job).completions ?? 0, rank));
  if (remove.length < atLeast) remove = [...remove, ...rank(left).slice(0, atLeast - remove.length)];
  return remove;
}

/** Returns the active count after creating or deleting pods, and the first error. */
export function manageJob(w: JobWriter, ctx: JobSyncContext): { active: number; error: Error | undefined } {
  const job = ctx.job;
  const spec = jobSpec(job);
  let active = ctx.activePods.length;
  if (isJobSuspended(job)) {
    const result = deletePods(w, job, activePodsForRemoval(job, ctx.activePods, active, w.nowMs), true);
    ctx.terminating += result.deleted;
    ctx.ready -= result.deletedReady;
    return { active: active - result.deleted, error: result.error };
  }
  const parallelism = spec.parallelism ?? 1;
  const wantActive = spec.completions === undefined
    ? (ctx.succeeded > 0 ? active : parallelism)
    : Math.max(0, Math.min(spec.completions - ctx.succeeded, parallelism));
  const surplus = activePodsForRemoval(job, ctx.activePods, Math.max(0, active - wantActive), w.nowMs).slice(0, MAX_PODS_PER_SYNC);
  if (surplus.length > 0) {
    const result = deletePods(w, job, surplus, true);
    ctx.terminating += result.deleted;
    ctx.ready -= result.deletedReady;
    return { active: active - result.deleted, error: result.error };
  }
  const terminating = onlyReplaceFailedPods(job) ? ctx.terminating : 0;
  let diff = Math.min(wantActive - terminating - active, MAX_PODS_PER_SYNC);
  if (diff <= 0) return { active, error: undefined };
  const waitMs = remainingBackoffMs(ctx.backoff, w.nowMs);
  if (waitMs > 0) {
    w.requeue(Math.max(waitMs, SYNC_BATCH_MS));
    // As upstream: the sync that waits for the back-off reports no active pods.
    return { active: 0, error: undefined };
  }
  const indexes = isIndexed(job) ? firstPendingIndexes(ctx.activePods, ctx.succeededIndexes, diff, spec.completions ?? 0) : [];
  if (isIndexed(job)) diff = indexes.length;
  const created = createPods(w, job, diff, indexes);
  active += created.count;
  return { active, error: created.error };
}

function createPods(w: JobWriter, job: KubeObject, count: number, indexes: readonly number[]): { count: number; error: Error | undefined } {
  const template = clone(jobSpec(job).template) as PodTemplateSpec;
  const meta = (template.metadata ??= {});
  if (!(meta.finalizers ?? []).includes(JOB_TRACKING_FINALIZER)) meta.finalizers = [...(meta.finalizers ?? []), JOB_TRACKING_FINALIZER];
  if (isIndexed(job)) addCompletionIndexEnv(template);
  let error: Error | undefined;
  let next = 0;
  const made = slowStartBatch(count, 1, () => {
    const ix = indexes[next++];
    const pod = ix === undefined ? podFromTemplate(template, job) : indexedPod(template, job, ix);
    const result = w.pods.create(job, pod);
    if (result instanceof Error) error ??= result;
    return !(result instanceof Error);
  });
  return { count: made, error };
}

function indexedPod(template: PodTemplateSpec, job: KubeObject, ix: number): KubeObject {
  const t = clone(template);
  const meta = t.metadata!;
  meta.annotations = { ...(meta.annotations ?? {}), [JOB_COMPLETION_INDEX]: String(ix) };
  meta.labels = { ...(meta.labels ?? {}), [JOB_COMPLETION_INDEX]: String(ix) };
  (t.spec as { hostname?: string }).hostname = `${job.metadata.name}-${ix}`;
  return podFromTemplate(t, job, { generateName: generateNameWithIndex(job.metadata.name!, ix) });
}

/** JOB_COMPLETION_INDEX from the pod's completion-index label (PodIndexLabel, on in v1.31). */
function addCompletionIndexEnv(template: PodTemplateSpec): void {
  const spec = template.spec as { initContainers?: Array<{ env?: unknown[] }>; containers?: Array<{ env?: unknown[] }> };
  for (const c of [...(spec.initContainers ?? []), ...(spec.containers ?? [])]) {
    const env = (c.env ?? []) as Array<{ name: string }>;
    if (env.some((e) => e.name === COMPLETION_INDEX_ENV)) continue;
    c.env = [...env, { name: COMPLETION_INDEX_ENV, valueFrom: { fieldRef: { fieldPath: `metadata.labels['${JOB_COMPLETION_INDEX}']` } } }];
  }
}

