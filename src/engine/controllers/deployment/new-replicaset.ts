// The Deployment's new ReplicaSet (the one whose template is the Deployment's, ignoring
// pod-template-hash) and its old ones; the new one is found and its revision brought up to date,
// or created as `<deployment>-<pod-template-hash>` with collisionCount bumped on a name clash.
// Mirrors getNewReplicaSet in pkg/controller/deployment/sync.go and FindNewReplicaSet (v1.31).

import type { LabelSelector } from 'kubernetes-types/meta/v1';
import type { PodTemplateSpec } from 'kubernetes-types/core/v1';
import { isStatusError, StatusReason } from '../../api/errors.ts';
import { controllerOf, controllerRef } from '../../api/owners.ts';
import type { KubeObject } from '../../api/types.ts';
import { clone, deepEqual, stableStringify } from '../../base/json.ts';
import { podTemplateHash } from '../../base/names.ts';
import { maxRevision, REVISION_ANNOTATION, setDeploymentRevision, setNewReplicaSetAnnotations } from './annotations.ts';
import { getCondition, hasProgressDeadline, newCondition, Reason, setCondition } from './conditions.ts';
import { updateDeploymentStatus, type SyncContext } from './context.ts';
import { byCreationTimestamp, deploymentSpec, deploymentStatus, replicaSetSpec, sortedMap } from './objects.ts';
import { newReplicaSetReplicas } from './replicas.ts';

export const POD_TEMPLATE_HASH_LABEL = 'pod-template-hash';
const NAMESPACE_TERMINATING = 'because it is being terminated';

/** withoutHash of the stored (frozen, so never changing) templates, computed once each. */
const strippedTemplates = new WeakMap<PodTemplateSpec, unknown>();

/** The template without the pod-template-hash label (an emptied label map or metadata counts as none). */
function withoutHash(template: PodTemplateSpec | undefined): unknown {
  if (!template || !Object.isFrozen(template)) return stripHash(template);
  let stripped = strippedTemplates.get(template);
  if (stripped === undefined) strippedTemplates.set(template, (stripped = stripHash(template)));
  return stripped;
}

function stripHash(template: PodTemplateSpec | undefined): unknown {
  const copy = clone(template ?? {}) as { metadata?: { labels?: Record<string, string> } };
  const labels = copy.metadata?.labels;
  if (!labels || !copy.metadata) return copy;
  delete labels[POD_TEMPLATE_HASH_LABEL];
  if (Object.keys(labels).length === 0) delete copy.metadata.labels;
  if (Object.keys(copy.metadata).length === 0) delete copy.metadata;
  return copy;
}

export function equalIgnoreHash(a: PodTemplateSpec | undefined, b: PodTemplateSpec | undefined): boolean {
  return deepEqual(withoutHash(a), withoutHash(b));
}

/** The oldest ReplicaSet with the Deployment's template. Sorts `rsList` oldest first in place. */
export function findNewReplicaSet(d: KubeObject, rsList: KubeObject[]): KubeObject | undefined {
  rsList.sort(byCreationTimestamp);
  return rsList.find((rs) => equalIgnoreHash(replicaSetSpec(rs).template, deploymentSpec(d).template));
}

/** Every ReplicaSet but the new one, oldest first. */
export function findOldReplicaSets(d: KubeObject, rsList: KubeObject[]): KubeObject[] {
  const newRS = findNewReplicaSet(d, rsList);
  return rsList.filter((rs) => rs.metadata.uid !== newRS?.metadata.uid);
}

export interface ReplicaSets {
  readonly newRS: KubeObject | undefined;
  readonly oldRSs: KubeObject[];
}

/** The new ReplicaSet (created when asked and missing) and the old ones, revisions synced. */
export function getAllReplicaSetsAndSyncRevision(ctx: SyncContext, d: KubeObject, rsList: KubeObject[], createIfNotExisted: boolean): ReplicaSets {
  const oldRSs = findOldReplicaSets(d, rsList);
  return { newRS: getNewReplicaSet(ctx, d, rsList, oldRSs, createIfNotExisted), oldRSs };
}

function getNewReplicaSet(ctx: SyncContext, d: KubeObject, rsList: KubeObject[], oldRSs: readonly KubeObject[], create: boolean): KubeObject | undefined {
  const existing = findNewReplicaSet(d, rsList);
  const newRevision = maxRevision(oldRSs) + 1;
  if (existing) return syncExistingNewReplicaSet(ctx, d, existing, newRevision);
  return create ? createNewReplicaSet(ctx, d, oldRSs, newRevision) : undefined;
}

/**
 * The new ReplicaSet exists: bring its annotations and minReadySeconds up to date (and stop
 * there), else copy its revision to the Deployment.
 */
function syncExistingNewReplicaSet(ctx: SyncContext, d: KubeObject, existing: KubeObject, newRevision: number): KubeObject {
  const copy = clone(existing);
  const annotationsUpdated = setNewReplicaSetAnnotations(d, copy, newRevision, true);
  const minReadySeconds = deploymentSpec(d).minReadySeconds ?? 0;
  if (annotationsUpdated || (replicaSetSpec(copy).minReadySeconds ?? 0) !== minReadySeconds) {
    if (minReadySeconds === 0) delete replicaSetSpec(copy).minReadySeconds;
    else replicaSetSpec(copy).minReadySeconds = minReadySeconds;
    return ctx.client.update('apps/replicasets', copy);
  }
  let needsUpdate = setDeploymentRevision(d, copy.metadata.annotations?.[REVISION_ANNOTATION] ?? '');
  if (hasProgressDeadline(d) && !getCondition(deploymentStatus(d), 'Progressing')) {
    const message = `Found new replica set "${copy.metadata.name!}"`;
    setCondition(deploymentStatus(d), newCondition('Progressing', 'True', Reason.FoundNewRS, message, ctx.nowMs));
    needsUpdate = true;
  }
  if (needsUpdate) updateDeploymentStatus(ctx, d);
  return copy;
}

/** CloneSelectorAndAddLabel: matchLabels (with the label) first, then matchExpressions. */
function selectorWithLabel(selector: LabelSelector | undefined, key: string, value: string): LabelSelector {
  return {
    matchLabels: sortedMap({ ...selector?.matchLabels, [key]: value }),
    ...(selector?.matchExpressions ? { matchExpressions: clone(selector.matchExpressions) } : {}),
  };
}

function newReplicaSetObject(d: KubeObject): KubeObject {
  const spec = deploymentSpec(d);
  const hash = podTemplateHash(stableStringify(spec.template), deploymentStatus(d).collisionCount ?? 0);
  const template = clone(spec.template ?? {}) as PodTemplateSpec & { metadata?: { labels?: Record<string, string> } };
  const labels = sortedMap({ ...template.metadata?.labels, [POD_TEMPLATE_HASH_LABEL]: hash });
  template.metadata = { ...template.metadata, labels };
  return {
    apiVersion: 'apps/v1',
    kind: 'ReplicaSet',
    metadata: { name: `${d.metadata.name!}-${hash}`, namespace: d.metadata.namespace!, labels, ownerReferences: [controllerRef(d)] },
    spec: {
      replicas: 0,
      ...(spec.minReadySeconds ? { minReadySeconds: spec.minReadySeconds } : {}),
      selector: selectorWithLabel(spec.selector, POD_TEMPLATE_HASH_LABEL, hash),
      template,
    },
  };
}

function createNewReplicaSet(ctx: SyncContext, d: KubeObject, oldRSs: readonly KubeObject[], newRevision: number): KubeObject {
  const newRS = newReplicaSetObject(d);
  const replicas = newReplicaSetReplicas(d, [...oldRSs, newRS], newRS);
  replicaSetSpec(newRS).replicas = replicas;
  setNewReplicaSetAnnotations(d, newRS, newRevision, false);
  let created: KubeObject;
  try {
    created = ctx.client.create('apps/replicasets', newRS);
  } catch (e) {
    if (!isStatusError(e) || e.reason !== StatusReason.AlreadyExists) return failedCreate(ctx, d, newRS, e);
    const found = adoptExisting(ctx, d, newRS);
    if (!found) throw e;
    return copyRevision(ctx, d, found, newRevision, false);
  }
  if (replicas > 0) {
    ctx.recorder.record(d, 'Normal', 'ScalingReplicaSet', `Scaled up replica set ${created.metadata.name!} to ${replicas}`);
  }
  return copyRevision(ctx, d, created, newRevision, true);
}

/**
 * The name is taken: by our own new ReplicaSet (a stale cache), which is then used; or by another
 * template, a hash collision: collisionCount goes up so that the next sync picks another name.
 */
function adoptExisting(ctx: SyncContext, d: KubeObject, newRS: KubeObject): KubeObject | undefined {
  const rs = ctx.replicaSets.get(newRS.metadata.namespace, newRS.metadata.name!);
  if (!rs) return undefined;
  if (controllerOf(rs)?.uid === d.metadata.uid && equalIgnoreHash(deploymentSpec(d).template, replicaSetSpec(rs).template)) return rs;
  const status = deploymentStatus(d);
  status.collisionCount = (status.collisionCount ?? 0) + 1;
  try {
    updateDeploymentStatus(ctx, d);
  } catch (e) {
    if (!isStatusError(e)) throw e;
  }
  return undefined;
}

/** Reports a refused creation as the Progressing condition and a Warning event, then fails the sync. */
function failedCreate(ctx: SyncContext, d: KubeObject, newRS: KubeObject, e: unknown): never {
  if (!isStatusError(e) || e.message.includes(NAMESPACE_TERMINATING)) throw e;
  const message = `Failed to create new replica set "${newRS.metadata.name!}": ${e.message}`;
  if (hasProgressDeadline(d)) {
    setCondition(deploymentStatus(d), newCondition('Progressing', 'False', Reason.FailedRSCreate, message, ctx.nowMs));
    try {
      updateDeploymentStatus(ctx, d);
    } catch (err) {
      if (!isStatusError(err)) throw err;
    }
  }
  ctx.recorder.record(d, 'Warning', Reason.FailedRSCreate, message);
  throw e;
}

/** The Deployment takes the new revision; a ReplicaSet it just created is reported as Progressing. */
function copyRevision(ctx: SyncContext, d: KubeObject, rs: KubeObject, newRevision: number, created: boolean): KubeObject {
  let needsUpdate = setDeploymentRevision(d, String(newRevision));
  if (created && hasProgressDeadline(d)) {
    const message = `Created new replica set "${rs.metadata.name!}"`;
    setCondition(deploymentStatus(d), newCondition('Progressing', 'True', Reason.NewReplicaSet, message, ctx.nowMs));
    needsUpdate = true;
  }
  if (needsUpdate) updateDeploymentStatus(ctx, d);
  return rs;
}
