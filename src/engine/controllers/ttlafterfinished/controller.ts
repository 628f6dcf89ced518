// The TTL-after-finished controller: a finished Job with spec.ttlSecondsAfterFinished is deleted
// (foreground, its pods first) once that many seconds have passed since its Complete or Failed
// condition. Mirrors pkg/controller/ttlafterfinished (v1.31); it records no events.

import { isStatusError } from '../../api/errors.ts';
import type { KubeObject } from '../../api/types.ts';
import { parseTime } from '../../base/time.ts';
import { namespacedKey, splitKey, WorkQueue } from '../../client/workqueue.ts';
import type { Controller, ControllerDeps } from '../controller.ts';
import type { Informers } from '../common/informers.ts';
import { finishedCondition, jobSpec } from '../job/util.ts';

const COMPONENT = 'ttl-after-finished-controller';
/** How soon a watched change is acted on (the informer's delivery and the queue's pick-up). */
const REACTION_MS = 5;

/** needsCleanup: finished, with a TTL. */
function needsCleanup(job: KubeObject): boolean {
  return jobSpec(job).ttlSecondsAfterFinished !== undefined && finishedCondition(job) !== undefined;
}

export class TtlAfterFinishedController implements Controller {
  readonly name = COMPONENT;
  private readonly queue: WorkQueue;

  constructor(private readonly deps: ControllerDeps, private readonly informers: Informers) {
    this.queue = new WorkQueue(deps.clock, COMPONENT, { sync: (key) => this.sync(key) });
    informers.jobs.subscribe((type, job) => {
      if (type !== 'DELETED' && !job.metadata.deletionTimestamp && needsCleanup(job)) {
        this.queue.add(namespacedKey(job.metadata.namespace, job.metadata.name!), REACTION_MS);
      }
    });
  }

  sync(key: string): boolean {
    const { namespace, name } = splitKey(key);
    const cached = this.informers.jobs.get(namespace, name);
    if (!cached || !this.expired(key, cached)) return true;
    // The TTL may have changed since the cache saw it: decide again on a fresh read.
    const fresh = this.deps.client.get('batch/jobs', namespace, name);
    if (!fresh || !this.expired(key, fresh)) return true;
    try {
      this.deps.client.delete('batch/jobs', namespace, name, { propagationPolicy: 'Foreground', uid: fresh.metadata.uid! });
      return true;
    } catch (e) {
      if (!isStatusError(e)) throw e;
      return e.status.code === 404;
    }
  }

  /** processTTL: true once the TTL has run out; otherwise requeues for when it will. */
  private expired(key: string, job: KubeObject): boolean {
    if (job.metadata.deletionTimestamp || !needsCleanup(job)) return false;
    const finishedMs = parseTime(finishedCondition(job)!.lastTransitionTime);
    if (finishedMs === undefined) return false;
    const leftMs = finishedMs + jobSpec(job).ttlSecondsAfterFinished! * 1000 - this.deps.clock.nowMs;
    if (leftMs <= 0) return true;
    this.queue.addAfter(key, leftMs);
    return false;
  }
}
