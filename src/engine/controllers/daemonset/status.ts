// The status a DaemonSet controller writes (daemon_controller.go updateDaemonSetStatus and
// storeDaemonSetStatus, v1.31): per node that should run the pod, whether its oldest pod is
// scheduled, ready, available and up to date; pods on nodes that should not run one are misscheduled.

import type { DaemonSetStatus } from 'kubernetes-types/apps/v1';
import type { KubeObject } from '../../api/types.ts';
import { isPodAvailable, isPodReady } from '../common/pod-utils.ts';
import { oldestFirst } from './manage.ts';
import { nodeShouldRunDaemonPod } from './node-should-run.ts';
import { dsSpec, isPodUpdated, templateGeneration } from './util.ts';

export interface DaemonCounts {
  readonly desiredNumberScheduled: number;
  readonly currentNumberScheduled: number;
  readonly numberMisscheduled: number;
  readonly numberReady: number;
  readonly updatedNumberScheduled: number;
  readonly numberAvailable: number;
  readonly numberUnavailable: number;
}

export function countDaemonPods(
  ds: KubeObject, nodes: readonly KubeObject[], nodeToPods: ReadonlyMap<string, readonly KubeObject[]>, hash: string, nowMs: number,
): DaemonCounts {
  let desired = 0;
  let current = 0;
  let misscheduled = 0;
  let ready = 0;
  let updated = 0;
  let available = 0;
  const generation = templateGeneration(ds);
  for (const node of nodes) {
    const pods = nodeToPods.get(node.metadata.name!) ?? [];
    if (!nodeShouldRunDaemonPod(node, ds).shouldRun) {
      if (pods.length > 0) misscheduled++;
      continue;
    }
    desired++;
    if (pods.length === 0) continue;
    current++;
    const pod = [...pods].sort(oldestFirst)[0]!;
    if (isPodReady(pod)) {
      ready++;
      if (isPodAvailable(pod, dsSpec(ds).minReadySeconds ?? 0, nowMs)) available++;
    }
    if (isPodUpdated(pod, hash, generation)) updated++;
  }
  return {
    desiredNumberScheduled: desired, currentNumberScheduled: current, numberMisscheduled: misscheduled, numberReady: ready,
    updatedNumberScheduled: updated, numberAvailable: available, numberUnavailable: desired - available,
  };
}

/**
 * The status to store, or undefined when the stored one already says this (storeDaemonSetStatus).
 * Go's omitempty drops the zero observedGeneration, updated, available and unavailable counts.
 */
export function nextStatus(ds: KubeObject, counts: DaemonCounts): DaemonSetStatus | undefined {
  const old = (ds.status ?? {}) as DaemonSetStatus;
  const generation = ds.metadata.generation ?? 0;
  const same = (Object.keys(counts) as (keyof DaemonCounts)[]).every((k) => (old[k] ?? 0) === counts[k]);
  if (same && (old.observedGeneration ?? 0) >= generation) return undefined;
  const status: DaemonSetStatus = { ...old, ...counts, observedGeneration: generation };
  const optional = ['observedGeneration', 'updatedNumberScheduled', 'numberAvailable', 'numberUnavailable'] as const;
  for (const k of optional) if (!status[k]) delete status[k];
  return status;
}
