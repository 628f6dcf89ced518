// What the scheduler writes through the API after an attempt: the binding and its Scheduled event;
// for a failure the FailedScheduling event and the PodScheduled=False condition (written only when
// it changes) with status.nominatedNodeName; for a preemption the victims' DisruptionTarget
// condition, their deletion and Preempted events. Mirrors schedule_one.go (handleSchedulingFailure,
// updatePod, bind) and preemption.prepareCandidate (v1.31).

import type { Pod } from 'kubernetes-types/core/v1';
import { isStatusError } from '../api/errors.ts';
import type { KubeObject } from '../api/types.ts';
import { clone } from '../base/json.ts';
import { rfc3339 } from '../base/time.ts';
import type { ApiClient } from '../client/client.ts';
import type { EventRecorder } from '../client/events.ts';
import type { PodInfo } from './cache/pod-info.ts';
import { PREEMPTION_BY_SCHEDULER } from './plugins/defaultpreemption/plugin.ts';

export const DEFAULT_SCHEDULER = 'default-scheduler';
export const REASON_UNSCHEDULABLE = 'Unschedulable';
export const REASON_SCHEDULER_ERROR = 'SchedulerError';
const MAX_EVENT_MESSAGE = 1024;

type PodStatus = NonNullable<Pod['status']>;
interface Condition {
  type: string;
  status: string;
  lastProbeTime?: string | null;
  lastTransitionTime?: string | null;
  reason?: string;
  message?: string;
}

/** What to do with status.nominatedNodeName: set it, clear it, or leave it. */
export type Nomination = { readonly set: string } | 'clear' | 'keep';

/** truncateMessage: events carry at most 1024 characters. */
export function truncateMessage(message: string): string {
  return message.length > MAX_EVENT_MESSAGE ? `${message.slice(0, MAX_EVENT_MESSAGE - 3)}...` : message;
}

/** podutil.UpdatePodCondition: the transition time moves only when the status does. Returns whether anything changed. */
export function updatePodCondition(status: PodStatus, condition: Omit<Condition, 'lastProbeTime' | 'lastTransitionTime'>, nowMs: number): boolean {
  const conditions = (status.conditions ?? []) as unknown as Condition[];
  const i = conditions.findIndex((c) => c.type === condition.type);
  const old = conditions[i];
  const next: Condition = {
    type: condition.type, status: condition.status, lastProbeTime: null,
    lastTransitionTime: old && old.status === condition.status ? old.lastTransitionTime ?? null : rfc3339(nowMs),
    reason: condition.reason, message: condition.message,
  };
  if (!old) {
    status.conditions = [...conditions, next] as unknown as PodStatus['conditions'];
    return true;
  }
  const same = old.status === next.status && old.reason === next.reason && old.message === next.message &&
    (old.lastProbeTime ?? null) === null && (old.lastTransitionTime ?? null) === next.lastTransitionTime;
  status.conditions = conditions.map((c, j) => (j === i ? next : c)) as unknown as PodStatus['conditions'];
  return !same;
}

const notFound = (e: unknown): boolean => isStatusError(e) && e.status.code === 404;

export class Outcomes {
  constructor(private readonly client: ApiClient, private readonly recorder: EventRecorder, private readonly nowMs: () => number) {}

  /** POST pods/binding (DefaultBinder); the API's error when the pod can no longer be bound. */
  bind(pod: KubeObject, node: string): string | undefined {
    try {
      this.client.bind(pod.metadata.namespace!, pod.metadata.name!, node);
    } catch (e) {
      if (isStatusError(e)) return `binding rejected: running Bind plugin "DefaultBinder": ${e.message}`;
      throw e;
    }
    this.recorder.record(pod, 'Normal', 'Scheduled', `Successfully assigned ${pod.metadata.namespace}/${pod.metadata.name} to ${node}`);
    return undefined;
  }

  /** handleSchedulingFailure's event and status update. */
  failed(pod: KubeObject, reason: string, message: string, nomination: Nomination): void {
    this.recorder.record(pod, 'Warning', 'FailedScheduling', truncateMessage(message));
    this.updateStatus(pod, (status) => {
      let changed = updatePodCondition(status, { type: 'PodScheduled', status: 'False', reason, message }, this.nowMs());
      if (nomination !== 'keep') {
        const wanted = nomination === 'clear' ? undefined : nomination.set;
        if ((status.nominatedNodeName || undefined) !== wanted) {
          if (wanted === undefined) delete status.nominatedNodeName;
          else status.nominatedNodeName = wanted;
          changed = true;
        }
      }
      return changed;
    });
  }

  /** prepareCandidate: evict the victims and drop lower-priority nominations to the node. */
  preempt(preemptor: PodInfo, node: string, victims: readonly PodInfo[], lowerNominated: readonly PodInfo[]): void {
    const schedulerName = preemptor.spec.schedulerName ?? DEFAULT_SCHEDULER;
    for (const victim of victims) {
      try {
        this.updateStatus(victim.pod, (status) => updatePodCondition(status, {
          type: 'DisruptionTarget', status: 'True', reason: PREEMPTION_BY_SCHEDULER,
          message: `${schedulerName}: preempting to accommodate a higher priority pod`,
        }, this.nowMs()));
        this.client.delete('/pods', victim.namespace, victim.name);
      } catch (e) {
        if (!notFound(e)) throw e;
        continue;
      }
      this.recorder.record(victim.pod, 'Normal', 'Preempted', `Preempted by pod ${preemptor.uid} on node ${node}`);
    }
    for (const p of lowerNominated) {
      this.updateStatus(p.pod, (status) => {
        if (!status.nominatedNodeName) return false;
        delete status.nominatedNodeName;
        return true;
      });
    }
  }

  /** Applies `change` to the pod's current status and writes it when it reports a change. */
  private updateStatus(pod: KubeObject, change: (status: PodStatus) => boolean): void {
    const current = this.client.get('/pods', pod.metadata.namespace, pod.metadata.name!);
    if (!current || current.metadata.uid !== pod.metadata.uid) return;
    const next = clone(current);
    const status = (next.status ??= {}) as PodStatus;
    if (!change(status)) return;
    try {
      this.client.updateStatus('/pods', next);
    } catch (e) {
      if (!notFound(e)) throw e;
    }
  }
}
