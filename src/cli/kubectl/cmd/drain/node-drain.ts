// Draining one node's pods on the virtual clock, as kubectl's drain helper does: every pod evicted
// at once (a 429 from a PodDisruptionBudget is retried every 5 s), then polled every second until it
// is gone (`pod/x evicted`); with --disable-eviction plain deletes, then the same wait (`deleted`).
// --timeout bounds the whole. Mirrors kubectl pkg/drain/drain.go evictPods, deletePods, waitForDelete (v1.31).

import { goDuration, isStatusError, type KubeObject } from '../../../../engine/index.ts';
import type { KubectlContext } from '../../command.ts';
import { messageOf } from '../../util/error-report.ts';
import { deletedLongAgo } from './filters.ts';

/** EvictErrorRetryDelay, and waitForDelete's poll interval. */
const EVICT_RETRY_MS = 5_000;
const POLL_MS = 1_000;
export const DEADLINE_EXCEEDED = 'context deadline exceeded';

export interface NodeDrainOptions {
  readonly gracePeriodSeconds: number;
  readonly timeoutMs: number;
  readonly disableEviction: boolean;
  readonly serverDryRun: boolean;
  readonly skipWaitForDeleteTimeoutSeconds: number;
}

interface PodTask {
  pod: KubeObject;
  stage: 'evict' | 'wait' | 'done';
  dueMs: number;
}

/** One node's pods being evicted or deleted; `errors` holds what failed once `done`. */
export class NodeDrain {
  readonly errors: string[] = [];
  private readonly tasks: PodTask[];
  private readonly deadlineMs: number | undefined;

  constructor(private readonly ctx: KubectlContext, pods: readonly KubeObject[], private readonly o: NodeDrainOptions, nowMs: number) {
    this.deadlineMs = o.timeoutMs > 0 ? nowMs + o.timeoutMs : undefined;
    this.tasks = pods.map((pod) => ({ pod, stage: o.disableEviction ? 'wait' : 'evict', dueMs: nowMs }));
    if (o.disableEviction) this.deleteAll();
  }

  get done(): boolean {
    return this.tasks.every((t) => t.stage === 'done');
  }

  wakeAtMs(): number | undefined {
    const due = this.tasks.filter((t) => t.stage !== 'done').map((t) => t.dueMs);
    return due.length > 0 ? Math.min(...due) : undefined;
  }

  /** Runs every step due by `nowMs`, earliest first (list order among equals). */
  advance(nowMs: number): void {
    if (this.o.disableEviction) return this.pollDeletes(nowMs);
    for (let task = this.nextDue(nowMs); task; task = this.nextDue(nowMs)) {
      if (task.stage === 'evict') this.evict(task, nowMs);
      else this.waitFor(task, nowMs, 'evicted');
    }
  }

  private nextDue(nowMs: number): PodTask | undefined {
    let best: PodTask | undefined;
    for (const t of this.tasks) if (t.stage !== 'done' && t.dueMs <= nowMs && (!best || t.dueMs < best.dueMs)) best = t;
    return best;
  }

  private ref(pod: KubeObject): { ns: string; name: string } {
    return { ns: pod.metadata.namespace ?? '', name: pod.metadata.name ?? '' };
  }

  private evict(task: PodTask, nowMs: number): void {
    const { ns, name } = this.ref(task.pod);
    this.ctx.io.stdout.write(this.o.serverDryRun ? `evicting pod ${ns}/${name} (server dry run)\n` : `evicting pod ${ns}/${name}\n`);
    if (this.deadlineMs !== undefined && nowMs >= this.deadlineMs) {
      return this.fail(task, `error when evicting pods/"${name}" -n "${ns}": global timeout reached: ${goDuration(this.o.timeoutMs)}`);
    }
    try {
      this.ctx.client.server.evict(ns, name, {
        metadata: { name, namespace: ns },
        deleteOptions: { ...(this.o.gracePeriodSeconds >= 0 ? { gracePeriodSeconds: this.o.gracePeriodSeconds } : {}), ...(this.o.serverDryRun ? { dryRun: ['All'] } : {}) },
      });
    } catch (err) {
      if (isStatusError(err) && err.code === 404) return void (task.stage = 'done');
      if (!isStatusError(err) || err.code !== 429) return this.fail(task, `error when evicting pods/"${name}" -n "${ns}": ${messageOf(err)}`);
      this.ctx.io.stderr.write(`error when evicting pods/"${name}" -n "${ns}" (will retry after ${goDuration(EVICT_RETRY_MS)}): ${messageOf(err)}\n`);
      task.pod = this.ctx.client.server.tryGet(this.ctx.client.info('/pods'), ns, name) ?? task.pod;
      task.dueMs = nowMs + EVICT_RETRY_MS;
      return;
    }
    if (this.o.serverDryRun) return void (task.stage = 'done');
    task.stage = 'wait';
  }

  /** One poll of waitForDelete for a pod: gone (or replaced by a namesake) means done. */
  private waitFor(task: PodTask, nowMs: number, verb: 'evicted' | 'deleted'): void {
    const { ns, name } = this.ref(task.pod);
    const current = this.ctx.client.server.tryGet(this.ctx.client.info('/pods'), ns, name);
    if (!current || current.metadata.uid !== task.pod.metadata.uid) {
      this.ctx.io.stdout.write(`pod/${name} ${verb}\n`);
      task.stage = 'done';
      return;
    }
    if (deletedLongAgo(current, { skipWaitForDeleteTimeoutSeconds: this.o.skipWaitForDeleteTimeoutSeconds, nowMs })) {
      this.ctx.io.stdout.write(`pod "${name}" has DeletionTimestamp older than ${this.o.skipWaitForDeleteTimeoutSeconds} seconds, skipping\n`);
      task.stage = 'done';
      return;
    }
    if (this.deadlineMs !== undefined && nowMs >= this.deadlineMs) {
      return this.fail(task, `error when waiting for pod "${name}" in namespace "${ns}" to terminate: ${DEADLINE_EXCEEDED}`);
    }
    task.dueMs = nowMs + POLL_MS;
  }

  private fail(task: PodTask, message: string): void {
    this.errors.push(message);
    task.stage = 'done';
  }

  /** deletePods: every DELETE first; the first failure (other than not found) ends the drain. */
  private deleteAll(): void {
    const info = this.ctx.client.info('/pods');
    for (const task of this.tasks) {
      const { ns, name } = this.ref(task.pod);
      try {
        this.ctx.client.server.delete(info, ns, name, { ...(this.o.gracePeriodSeconds >= 0 ? { gracePeriodSeconds: this.o.gracePeriodSeconds } : {}), dryRun: this.o.serverDryRun });
      } catch (err) {
        if (isStatusError(err) && err.code === 404) continue;
        this.errors.push(messageOf(err));
        for (const t of this.tasks) t.stage = 'done';
        return;
      }
    }
    if (this.o.serverDryRun) for (const t of this.tasks) t.stage = 'done';
  }

  /** waitForDelete over all the deleted pods at once, polled every second until --timeout. */
  private pollDeletes(nowMs: number): void {
    const due = this.tasks.filter((t) => t.stage === 'wait' && t.dueMs <= nowMs);
    if (due.length === 0) return;
    for (const task of due) {
      const { ns, name } = this.ref(task.pod);
      const current = this.ctx.client.server.tryGet(this.ctx.client.info('/pods'), ns, name);
      if (!current || current.metadata.uid !== task.pod.metadata.uid) {
        this.ctx.io.stdout.write(`pod/${name} deleted\n`);
        task.stage = 'done';
      } else {
        task.dueMs = nowMs + POLL_MS;
      }
    }
    if (!this.done && this.deadlineMs !== undefined && nowMs >= this.deadlineMs) {
      this.errors.push(DEADLINE_EXCEEDED);
      for (const t of this.tasks) t.stage = 'done';
    }
  }
}
