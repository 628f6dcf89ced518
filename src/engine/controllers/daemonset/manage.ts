// Which daemon pods to create and delete (daemon_controller.go podsShouldBeOnNode, syncNodes,
// v1.31): a pod for each node that should run one and has none; failed pods deleted (with
// back-off) and succeeded ones too; extra pods on a node pruned (keeping the oldest, or while
// surging the old pod until the new one is available); every pod of a node that may not keep it.

import type { PodTemplateSpec } from 'kubernetes-types/core/v1';
import type { KubeObject } from '../../api/types.ts';
import { parseTime } from '../../base/time.ts';
import type { EventRecorder } from '../../client/events.ts';
import { isPodAvailable, isPodReady, podStatus } from '../common/pod-utils.ts';
import { podFromTemplate, type PodControl } from '../common/pod-control.ts';
import { slowStartBatch } from '../common/slow-start.ts';
import type { FailedPodsBackoff } from './backoff.ts';
import { nodeShouldRunDaemonPod } from './node-should-run.ts';
import { REVISION_HASH_LABEL, allowsSurge, createPodTemplate, dsSpec, pinToNode, templateGeneration } from './util.ts';

/** BurstReplicas: at most this many pods created, and as many deleted, per sync. */
const BURST_REPLICAS = 250;
/** How the API server refuses creations in a terminating namespace (syncNodes ignores those). */
const NAMESPACE_TERMINATING = 'because it is being terminated';

export interface ManageContext {
  readonly ds: KubeObject;
  readonly hash: string;
  readonly nowMs: number;
  readonly backoff: FailedPodsBackoff;
  readonly recorder: EventRecorder;
  readonly requeueAfter: (delayMs: number) => void;
}

export interface Plan {
  readonly create: string[];
  readonly remove: string[];
}

const nodeNameOf = (pod: KubeObject): string => (pod.spec as { nodeName?: string } | undefined)?.nodeName ?? '';

/** podByCreationTimestampAndPhase: scheduled pods first, then the oldest, then by name. */
export function oldestFirst(a: KubeObject, b: KubeObject): number {
  const scheduledA = nodeNameOf(a) !== '';
  if (scheduledA !== (nodeNameOf(b) !== '')) return scheduledA ? -1 : 1;
  const byTime = (parseTime(a.metadata.creationTimestamp) ?? 0) - (parseTime(b.metadata.creationTimestamp) ?? 0);
  if (byTime !== 0) return byTime;
  return a.metadata.name! < b.metadata.name! ? -1 : 1;
}

/** The failed-pod back-off key: per DaemonSet, observed generation and node. */
function backoffKey(ds: KubeObject, node: string): string {
  const observed = (ds.status as { observedGeneration?: number } | undefined)?.observedGeneration ?? 0;
  return `${ds.metadata.uid}/${observed}/${node}`;
}

/** The running pods that a surging node keeps: the oldest new pod, and the oldest old one until the new one is available. */
function pruneSurge(ctx: ManageContext, running: KubeObject[], remove: string[]): void {
  let oldestNew: KubeObject | undefined;
  let oldestOld: KubeObject | undefined;
  for (const pod of [...running].sort(oldestFirst)) {
    const isNew = pod.metadata.labels?.[REVISION_HASH_LABEL] === ctx.hash;
    if (isNew && !oldestNew) oldestNew = pod;
    else if (!isNew && !oldestOld) oldestOld = pod;
    else remove.push(pod.metadata.name!);
  }
  if (!oldestNew || !oldestOld) return;
  if (!isPodReady(oldestOld) || isPodAvailable(oldestNew, dsSpec(ctx.ds).minReadySeconds ?? 0, ctx.nowMs)) remove.push(oldestOld.metadata.name!);
}

/** podsShouldBeOnNode. */
export function podsShouldBeOnNode(ctx: ManageContext, node: KubeObject, daemonPods: readonly KubeObject[] | undefined): Plan {
  const name = node.metadata.name!;
  const { shouldRun, shouldContinueRunning } = nodeShouldRunDaemonPod(node, ctx.ds);
  const plan: Plan = { create: [], remove: [] };
  if (shouldRun && !daemonPods) {
    plan.create.push(name);
    return plan;
  }
  if (!shouldContinueRunning) {
    for (const pod of daemonPods ?? []) if (!pod.metadata.deletionTimestamp) plan.remove.push(pod.metadata.name!);
    return plan;
  }
  const running: KubeObject[] = [];
  for (const pod of daemonPods ?? []) {
    if (pod.metadata.deletionTimestamp) continue;
    const phase = podStatus(pod).phase;
    if (phase === 'Failed') {
      const key = backoffKey(ctx.ds, name);
      if (ctx.backoff.inBackOff(key, ctx.nowMs)) {
        ctx.requeueAfter(ctx.backoff.delayMs(key));
        continue;
      }
      ctx.backoff.next(key, ctx.nowMs);
      ctx.recorder.record(ctx.ds, 'Warning', 'FailedDaemonPod', `Found failed daemon pod ${pod.metadata.namespace}/${pod.metadata.name} on node ${name}, will try to kill it`);
      plan.remove.push(pod.metadata.name!);
    } else if (phase === 'Succeeded') {
      ctx.recorder.record(ctx.ds, 'Normal', 'SucceededDaemonPod', `Found succeeded daemon pod ${pod.metadata.namespace}/${pod.metadata.name} on node ${name}, will try to delete it`);
      plan.remove.push(pod.metadata.name!);
    } else {
      running.push(pod);
    }
  }
  if (!allowsSurge(ctx.ds)) {
    for (const pod of running.sort(oldestFirst).slice(1)) plan.remove.push(pod.metadata.name!);
  } else if (running.length <= 1) {
    if (running.length === 0 && shouldRun) plan.create.push(name);
  } else {
    pruneSurge(ctx, running, plan.remove);
  }
  return plan;
}

/** getUnscheduledPodsWithoutNode: pods pinned to a node that no longer exists, never bound. */
export function unscheduledPodsWithoutNode(nodes: readonly KubeObject[], nodeToPods: ReadonlyMap<string, readonly KubeObject[]>): string[] {
  const existing = new Set(nodes.map((n) => n.metadata.name));
  const out: string[] = [];
  for (const [node, pods] of nodeToPods) {
    if (existing.has(node)) continue;
    for (const pod of pods) if (nodeNameOf(pod) === '') out.push(pod.metadata.name!);
  }
  return out;
}

/**
 * syncNodes: deletes the given pods and creates one pod per given node, pinned there by node
 * affinity, in slow-start batches. Returns the errors.
 */
export function syncNodes(ctx: ManageContext, pods: PodControl, remove: readonly string[], create: readonly string[]): Error[] {
  const errors: Error[] = [];
  const { ds } = ctx;
  const template = createPodTemplate(dsSpec(ds).template as PodTemplateSpec, templateGeneration(ds), ctx.hash);
  const targets = create.slice(0, BURST_REPLICAS);
  let next = 0;
  slowStartBatch(targets.length, 1, () => {
    const tpl = { ...template, spec: { ...template.spec!, affinity: pinToNode(template.spec?.affinity, targets[next++]!) } };
    const result = pods.create(ds, podFromTemplate(tpl, ds));
    if (!(result instanceof Error)) return true;
    if (!result.message.includes(NAMESPACE_TERMINATING)) errors.push(result);
    return false;
  });
  for (const name of remove.slice(0, BURST_REPLICAS)) {
    const pod = { apiVersion: 'v1', kind: 'Pod', metadata: { name, namespace: ds.metadata.namespace! } };
    if (!pods.delete(ds, pod)) errors.push(new Error(`unable to delete pod ${name}`));
  }
  return errors;
}
