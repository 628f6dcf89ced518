// The annotations the Deployment controller keeps: the revision on the Deployment and its new
// ReplicaSet (with the revisions a reused ReplicaSet had before), desired/max replicas, and the
// Deployment's own annotations (change-cause…) copied to the new ReplicaSet.
// Mirrors pkg/controller/deployment/util/deployment_util.go (v1.31).

import type { KubeObject } from '../../api/types.ts';
import { byCreationTimestamp, desiredReplicas, sortedMap } from './objects.ts';
import { maxSurge } from './replicas.ts';

export const REVISION_ANNOTATION = 'deployment.kubernetes.io/revision';
export const REVISION_HISTORY_ANNOTATION = 'deployment.kubernetes.io/revision-history';
export const DESIRED_REPLICAS_ANNOTATION = 'deployment.kubernetes.io/desired-replicas';
export const MAX_REPLICAS_ANNOTATION = 'deployment.kubernetes.io/max-replicas';

/** Never copied from a Deployment to its ReplicaSets (annotationsToSkip). */
const NOT_COPIED: ReadonlySet<string> = new Set([
  'kubectl.kubernetes.io/last-applied-configuration',
  REVISION_ANNOTATION,
  REVISION_HISTORY_ANNOTATION,
  DESIRED_REPLICAS_ANNOTATION,
  MAX_REPLICAS_ANNOTATION,
  'deprecated.deployment.rollback.to',
]);

/** revision-history is cut from the front past this many characters. */
const MAX_REVISION_HISTORY_CHARS = 2000;

/** strconv.ParseInt / Atoi: an optional sign and decimal digits. */
function parseInteger(text: string): number | undefined {
  return /^[+-]?\d+$/.test(text) ? Number(text) : undefined;
}

/** The object's revision: 0 without the annotation, undefined when it does not parse. */
export function revisionOf(obj: KubeObject): number | undefined {
  const text = obj.metadata.annotations?.[REVISION_ANNOTATION];
  return text === undefined ? 0 : parseInteger(text);
}

/** The highest revision among the ReplicaSets (unparsable ones are skipped). */
export function maxRevision(rss: readonly KubeObject[]): number {
  return rss.reduce((max, rs) => Math.max(max, revisionOf(rs) ?? 0), 0);
}

/** Lowest revision first; equal or unparsable revisions oldest first (ReplicaSetsByRevision). */
export function byRevision(a: KubeObject, b: KubeObject): number {
  const ra = revisionOf(a);
  const rb = revisionOf(b);
  if (ra === undefined || rb === undefined || ra === rb) return byCreationTimestamp(a, b);
  return ra - rb;
}

function intAnnotation(rs: KubeObject, key: string): number | undefined {
  const text = rs.metadata.annotations?.[key];
  return text === undefined ? undefined : parseInteger(text);
}

export function desiredReplicasAnnotation(rs: KubeObject): number | undefined {
  return intAnnotation(rs, DESIRED_REPLICAS_ANNOTATION);
}

export function maxReplicasAnnotation(rs: KubeObject): number | undefined {
  return intAnnotation(rs, MAX_REPLICAS_ANNOTATION);
}

/** Sets annotations on `obj` (keys in Go's order); true when something changed. */
function annotate(obj: KubeObject, changes: Readonly<Record<string, string>>): boolean {
  const current = obj.metadata.annotations ?? {};
  if (Object.entries(changes).every(([k, v]) => current[k] === v)) return false;
  obj.metadata.annotations = sortedMap({ ...current, ...changes });
  return true;
}

export function replicasAnnotationsNeedUpdate(rs: KubeObject, desired: number, max: number): boolean {
  const a = rs.metadata.annotations ?? {};
  return a[DESIRED_REPLICAS_ANNOTATION] !== String(desired) || a[MAX_REPLICAS_ANNOTATION] !== String(max);
}

export function setReplicasAnnotations(rs: KubeObject, desired: number, max: number): boolean {
  return annotate(rs, { [DESIRED_REPLICAS_ANNOTATION]: String(desired), [MAX_REPLICAS_ANNOTATION]: String(max) });
}

/** Puts the revision on the Deployment; true when it changed. */
export function setDeploymentRevision(d: KubeObject, revision: string): boolean {
  return annotate(d, { [REVISION_ANNOTATION]: revision });
}

/**
 * Brings the new ReplicaSet's annotations up to date: the Deployment's own annotations, the
 * revision when `newRevision` is higher (recording the one it replaces in revision-history, as a
 * reused ReplicaSet does), and for a ReplicaSet about to be created, desired/max replicas.
 */
export function setNewReplicaSetAnnotations(d: KubeObject, rs: KubeObject, newRevision: number, exists: boolean): boolean {
  const copied = Object.fromEntries(Object.entries(d.metadata.annotations ?? {}).filter(([k]) => !NOT_COPIED.has(k)));
  let changed = annotate(rs, copied);
  const previous = rs.metadata.annotations?.[REVISION_ANNOTATION];
  const previousRevision = previous === undefined || previous === '' ? 0 : parseInteger(previous);
  if (previousRevision === undefined) return false;
  if (previousRevision < newRevision) {
    changed = annotate(rs, { [REVISION_ANNOTATION]: String(newRevision) }) || changed;
    if (previous !== undefined) appendRevisionHistory(rs, previous);
  }
  const desired = desiredReplicas(d);
  if (!exists && setReplicasAnnotations(rs, desired, desired + maxSurge(d))) changed = true;
  return changed;
}

/** Adds `revision` to revision-history, dropping the oldest entries past the length limit. */
function appendRevisionHistory(rs: KubeObject, revision: string): void {
  const history = rs.metadata.annotations?.[REVISION_HISTORY_ANNOTATION] ?? '';
  if (history === '') {
    annotate(rs, { [REVISION_HISTORY_ANNOTATION]: revision });
    return;
  }
  const entries = history.split(',');
  let totalLength = history.length + revision.length + 1;
  let start = 0;
  while (totalLength > MAX_REVISION_HISTORY_CHARS && start < entries.length) {
    totalLength -= entries[start]!.length + 1;
    start++;
  }
  if (totalLength <= MAX_REVISION_HISTORY_CHARS) {
    annotate(rs, { [REVISION_HISTORY_ANNOTATION]: [...entries.slice(start), revision].join(',') });
  }
}
