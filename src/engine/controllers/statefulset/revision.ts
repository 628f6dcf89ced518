// A StatefulSet's revisions (stateful_set_utils.go, v1.31): the revision data is a patch that
// replaces spec.template; applying a revision restores its template; new pods take the current or
// the update revision depending on their ordinal and the partition.

import type { PodTemplateSpec } from 'kubernetes-types/core/v1';
import type { KubeObject } from '../../api/types.ts';
import { clone } from '../../base/json.ts';
import { newControllerRevision, revisionNumber } from '../history/history.ts';
import { REVISION_LABEL, newStatefulSetPod, setSpec, startOrdinal } from './identity.ts';

/** getPatch: `{spec: {template: {…, $patch: replace}}}` (Go sorts the keys when it marshals). */
export function getPatch(set: KubeObject): Record<string, unknown> {
  return { spec: { template: { ...clone(setSpec(set).template ?? {}), $patch: 'replace' } } };
}

/** newRevision: the set's template as revision `revision`, with the set's annotations. */
export function newRevision(set: KubeObject, revision: number, collisionCount: number): KubeObject {
  const template = setSpec(set).template as PodTemplateSpec | undefined;
  const rev = newControllerRevision(set, template?.metadata?.labels, getPatch(set), revision, collisionCount);
  if (set.metadata.annotations && Object.keys(set.metadata.annotations).length > 0) rev.metadata.annotations = { ...set.metadata.annotations };
  return rev;
}

/** ApplyRevision: the set with the revision's template (the patch replaces it whole). */
export function applyRevision(set: KubeObject, revision: KubeObject): KubeObject {
  const data = revision.data as { spec?: { template?: Record<string, unknown> } } | undefined;
  const template = clone(data?.spec?.template ?? {});
  delete template.$patch;
  const restored = clone(set);
  restored.spec = { ...(restored.spec as Record<string, unknown>), template };
  return restored;
}

/** nextRevision: one past the highest revision of the sorted list, 1 for an empty history. */
export function nextRevision(sorted: readonly KubeObject[]): number {
  const last = sorted.at(-1);
  return last ? revisionNumber(last) + 1 : 1;
}

/**
 * newVersionedStatefulSetPod: ordinals below the partition get the current revision (and, without
 * a rollingUpdate block, those below the current replicas); the others the update revision.
 */
export function newVersionedStatefulSetPod(
  currentSet: KubeObject, updateSet: KubeObject, currentRevision: string, updateRevision: string, ordinal: number,
): KubeObject {
  const spec = setSpec(currentSet);
  const rolling = spec.updateStrategy?.rollingUpdate;
  const start = startOrdinal(currentSet);
  const currentReplicas = (currentSet.status as { currentReplicas?: number } | undefined)?.currentReplicas ?? 0;
  const keepsCurrent = (spec.updateStrategy?.type === 'RollingUpdate' && !rolling && ordinal < start + currentReplicas)
    || (rolling !== undefined && ordinal < start + (rolling.partition ?? 0));
  const pod = newStatefulSetPod(keepsCurrent ? currentSet : updateSet, ordinal);
  pod.metadata.labels = { ...pod.metadata.labels, [REVISION_LABEL]: keepsCurrent ? currentRevision : updateRevision };
  return pod;
}
