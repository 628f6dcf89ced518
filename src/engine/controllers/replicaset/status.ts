// The status a ReplicaSet controller writes (replica_set_utils calculateStatus): counts over the
// pods it saw at the start of the sync, and the ReplicaFailure condition while creating or
// deleting fails.

import type { ReplicaSetCondition, ReplicaSetSpec, ReplicaSetStatus } from 'kubernetes-types/apps/v1';
import { labelSelectorMatcher } from '../../api/selectors.ts';
import type { KubeObject } from '../../api/types.ts';
import { deepEqual } from '../../base/json.ts';
import { rfc3339 } from '../../base/time.ts';
import { isPodAvailable, isPodReady } from '../common/pod-utils.ts';
import type { PodCounts } from './pod-tally.ts';

/** The counts over the claimed active pods (the slow path's; PodTally keeps them otherwise). */
export function countPods(rs: KubeObject, pods: readonly KubeObject[], nowMs: number): PodCounts & { readonly available: number } {
  const spec = rs.spec as ReplicaSetSpec;
  const fullyLabeledBy = labelSelectorMatcher({ matchLabels: spec.template?.metadata?.labels ?? {} });
  let fullyLabeled = 0;
  let ready = 0;
  let available = 0;
  for (const pod of pods) {
    if (fullyLabeledBy(pod.metadata.labels ?? {})) fullyLabeled++;
    if (!isPodReady(pod)) continue;
    ready++;
    if (isPodAvailable(pod, spec.minReadySeconds ?? 0, nowMs)) available++;
  }
  return { replicas: pods.length, fullyLabeled, ready, available };
}

export function calculateStatus(
  rs: KubeObject, counts: PodCounts & { readonly available: number }, manageError: Error | undefined, nowMs: number,
): ReplicaSetStatus {
  const spec = rs.spec as ReplicaSetSpec;
  const old = (rs.status ?? {}) as ReplicaSetStatus;
  let conditions = (old.conditions ?? []).filter((c) => c.type !== 'ReplicaFailure');
  const failure = old.conditions?.find((c) => c.type === 'ReplicaFailure');
  if (manageError && failure) conditions = old.conditions!;
  if (manageError && !failure) {
    const diff = counts.replicas - (spec.replicas ?? 1);
    const reason = diff < 0 ? 'FailedCreate' : diff > 0 ? 'FailedDelete' : '';
    const cond: ReplicaSetCondition = { type: 'ReplicaFailure', status: 'True', lastTransitionTime: rfc3339(nowMs), reason, message: manageError.message };
    conditions = [...conditions, cond];
  }
  return omitZero({
    replicas: counts.replicas,
    fullyLabeledReplicas: counts.fullyLabeled,
    readyReplicas: counts.ready,
    availableReplicas: counts.available,
    observedGeneration: rs.metadata.generation,
    ...(conditions.length > 0 ? { conditions } : {}),
  });
}

/** Go's omitempty on the int32 counters (all but `replicas`). */
function omitZero(s: ReplicaSetStatus): ReplicaSetStatus {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(s)) if (k === 'replicas' || (v !== 0 && v !== undefined)) out[k] = v;
  return out as unknown as ReplicaSetStatus;
}

export function statusChanged(rs: KubeObject, next: ReplicaSetStatus): boolean {
  return !deepEqual(rs.status ?? {}, next);
}
