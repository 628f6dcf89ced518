// The taint eviction controller: pods on a node with NoExecute taints they do not tolerate are
// deleted at once; pods that tolerate them for tolerationSeconds are deleted once that time has run
// from when the taint was added (the default 300 s tolerations of not-ready/unreachable). Each
// deletion is announced ("Marking for deletion Pod ns/name") and marked with a DisruptionTarget
// condition first. Mirrors pkg/controller/tainteviction (v1.31).

import type { PodSpec, PodStatus, Taint, Toleration } from 'kubernetes-types/core/v1';
import { isStatusError } from '../../api/errors.ts';
import type { KubeObject } from '../../api/types.ts';
import { clone } from '../../base/json.ts';
import { parseTime, rfc3339 } from '../../base/time.ts';
import type { EventRecorder } from '../../client/events.ts';
import { namespacedKey, splitKey, WorkQueue } from '../../client/workqueue.ts';
import { toleratesTaint } from '../../scheduler/util/tolerations.ts';
import type { Controller, ControllerDeps } from '../controller.ts';
import type { Informers } from '../common/informers.ts';

const COMPONENT = 'taint-eviction-controller';
const REACTION_MS = 5;
export const DELETION_BY_TAINT_MANAGER = 'DeletionByTaintManager';
export const TAINT_MANAGER_MESSAGE = 'Taint manager: deleting due to NoExecute taint';

/** When a pod on a node with these NoExecute taints must go: now, at a time, or never. */
export function evictionDueMs(taints: readonly Taint[], tolerations: readonly Toleration[], nowMs: number): number | undefined {
  const noExecute = taints.filter((t) => t.effect === 'NoExecute');
  if (noExecute.length === 0) return undefined;
  const used: Toleration[] = [];
  for (const taint of noExecute) {
    const matching = tolerations.filter((t) => toleratesTaint(t, taint));
    if (matching.length === 0) return nowMs;
    used.push(...matching);
  }
  const seconds = used.filter((t) => t.tolerationSeconds !== undefined && t.tolerationSeconds !== null).map((t) => t.tolerationSeconds!);
  if (seconds.length === 0) return undefined;
  const min = Math.max(0, Math.min(...seconds));
  const addedMs = Math.min(...noExecute.map((t) => parseTime(t.timeAdded) ?? nowMs));
  return addedMs + min * 1_000;
}

export class TaintEvictionController implements Controller {
  readonly name = COMPONENT;
  private readonly queue: WorkQueue;
  private readonly recorder: EventRecorder;

  constructor(private readonly deps: ControllerDeps, private readonly informers: Informers) {
    this.recorder = deps.recorder(COMPONENT);
    this.queue = new WorkQueue(deps.clock, COMPONENT, { sync: (key) => this.sync(key) });
    informers.nodes.subscribe((type, node, previous) => {
      if (type === 'DELETED') return;
      const taints = JSON.stringify(noExecuteTaints(node));
      if (previous && JSON.stringify(noExecuteTaints(previous)) === taints) return;
      for (const pod of informers.pods.all()) {
        if ((pod.spec as PodSpec | undefined)?.nodeName === node.metadata.name) this.queue.add(podKey(pod), REACTION_MS);
      }
    });
    informers.pods.subscribe((type, pod) => {
      const nodeName = (pod.spec as PodSpec | undefined)?.nodeName;
      if (type === 'DELETED' || !nodeName || pod.metadata.deletionTimestamp) return;
      const node = informers.nodes.get(undefined, nodeName);
      if (node && noExecuteTaints(node).length > 0) this.queue.add(podKey(pod), REACTION_MS);
    });
  }

  sync(key: string): boolean {
    const { namespace, name } = splitKey(key);
    const pod = this.deps.client.get('/pods', namespace, name);
    if (!pod || pod.metadata.deletionTimestamp) return true;
    const spec = pod.spec as PodSpec;
    const node = spec.nodeName ? this.informers.nodes.get(undefined, spec.nodeName) : undefined;
    if (!node) return true;
    const nowMs = this.deps.clock.nowMs;
    const dueMs = evictionDueMs(noExecuteTaints(node), spec.tolerations ?? [], nowMs);
    if (dueMs === undefined) return true;
    if (dueMs > nowMs) {
      this.queue.addAfter(key, dueMs - nowMs);
      return true;
    }
    this.evict(pod);
    return true;
  }

  /** addConditionAndDeletePod: the event, the DisruptionTarget condition, then the deletion. */
  private evict(pod: KubeObject): void {
    this.recorder.record(pod, 'Normal', 'TaintManagerEviction', `Marking for deletion Pod ${pod.metadata.namespace}/${pod.metadata.name}`);
    const status = clone((pod.status ?? {}) as PodStatus);
    const conditions = (status.conditions ?? []).filter((c) => c.type !== 'DisruptionTarget');
    conditions.push({
      type: 'DisruptionTarget', status: 'True', lastTransitionTime: rfc3339(this.deps.clock.nowMs),
      reason: DELETION_BY_TAINT_MANAGER, message: TAINT_MANAGER_MESSAGE,
    });
    status.conditions = conditions;
    try {
      this.deps.client.updateStatus('/pods', { ...pod, status: status as Record<string, unknown> });
      this.deps.client.delete('/pods', pod.metadata.namespace, pod.metadata.name!);
    } catch (e) {
      if (!isStatusError(e)) throw e;
    }
  }
}

function noExecuteTaints(node: KubeObject): Taint[] {
  return ((node.spec as { taints?: Taint[] } | undefined)?.taints ?? []).filter((t) => t.effect === 'NoExecute');
}

function podKey(pod: KubeObject): string {
  return namespacedKey(pod.metadata.namespace, pod.metadata.name!);
}
