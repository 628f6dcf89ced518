// The status a StatefulSet controller writes (stateful_set_control.go, v1.31): replica counts by
// readiness, availability and revision, the current and update revisions, the collision count;
// a finished rolling update makes the update revision current.

import type { StatefulSetStatus } from 'kubernetes-types/apps/v1';
import type { KubeObject } from '../../api/types.ts';
import { podRevision, setSpec } from './identity.ts';
import { isCreated, isRunningAndAvailable, isRunningAndReady, isTerminating } from './pod-state.ts';

export interface SetStatus {
  observedGeneration: number;
  replicas: number;
  readyReplicas: number;
  currentReplicas: number;
  updatedReplicas: number;
  currentRevision: string;
  updateRevision: string;
  collisionCount: number;
  availableReplicas: number;
}

/** updateStatus: the counts over every given pod list (replicas, then the condemned). */
export function countReplicas(status: SetStatus, minReadySeconds: number, nowMs: number, ...lists: ReadonlyArray<readonly KubeObject[]>): void {
  Object.assign(status, { replicas: 0, readyReplicas: 0, availableReplicas: 0, currentReplicas: 0, updatedReplicas: 0 });
  for (const pod of lists.flat()) {
    if (isCreated(pod)) status.replicas++;
    if (isRunningAndReady(pod)) {
      status.readyReplicas++;
      if (isRunningAndAvailable(pod, minReadySeconds, nowMs)) status.availableReplicas++;
    }
    if (!isCreated(pod) || isTerminating(pod)) continue;
    const revision = podRevision(pod);
    if (revision === status.currentRevision) status.currentReplicas++;
    if (revision === status.updateRevision) status.updatedReplicas++;
  }
}

/** completeRollingUpdate: every replica updated and ready, so the update revision is now current. */
export function completeRollingUpdate(set: KubeObject, status: SetStatus): void {
  const spec = setSpec(set);
  const replicas = spec.replicas ?? 1;
  if (spec.updateStrategy?.type === 'RollingUpdate' && status.updatedReplicas === replicas
    && status.readyReplicas === replicas && status.replicas === replicas) {
    status.currentReplicas = status.updatedReplicas;
    status.currentRevision = status.updateRevision;
  }
}

/** inconsistentStatus: a newer generation or any count or revision differs (not the collision count). */
export function inconsistentStatus(set: KubeObject, status: SetStatus): boolean {
  const old = (set.status ?? {}) as StatefulSetStatus;
  return status.observedGeneration > (old.observedGeneration ?? 0)
    || status.replicas !== (old.replicas ?? 0)
    || status.currentReplicas !== (old.currentReplicas ?? 0)
    || status.readyReplicas !== (old.readyReplicas ?? 0)
    || status.updatedReplicas !== (old.updatedReplicas ?? 0)
    || status.currentRevision !== (old.currentRevision ?? '')
    || status.availableReplicas !== (old.availableReplicas ?? 0)
    || status.updateRevision !== (old.updateRevision ?? '');
}

/** The status as Go serializes it: omitempty on all but replicas, collisionCount (a pointer) and availableReplicas. */
export function serializeStatus(s: SetStatus): StatefulSetStatus {
  return {
    ...(s.observedGeneration ? { observedGeneration: s.observedGeneration } : {}),
    replicas: s.replicas,
    ...(s.readyReplicas ? { readyReplicas: s.readyReplicas } : {}),
    ...(s.currentReplicas ? { currentReplicas: s.currentReplicas } : {}),
    ...(s.updatedReplicas ? { updatedReplicas: s.updatedReplicas } : {}),
    ...(s.currentRevision ? { currentRevision: s.currentRevision } : {}),
    ...(s.updateRevision ? { updateRevision: s.updateRevision } : {}),
    collisionCount: s.collisionCount,
    availableReplicas: s.availableReplicas,
  };
}
