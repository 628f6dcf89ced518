// The CustomResourceDefinition resource's strategy (apiextensions-apiserver registry/customresourcedefinition):
// defaults, the name and storage-version rules, status reset on create, and the Terminating step a delete
// takes while the finalizer controller removes the instances.

import { field, type FieldCause } from '../../api/errors.ts';
import type { KubeObject } from '../../api/types.ts';
import { clone } from '../../base/json.ts';
import { rfc3339 } from '../../base/time.ts';
import type { ResourceStrategy } from '../strategy.ts';
import { crdSpec, type CrdSpec } from './crd-kinds.ts';

export const CLEANUP_FINALIZER = 'customresourcecleanup.apiextensions.k8s.io';

interface Condition { type: string; status: string; lastTransitionTime?: string; reason?: string; message?: string }

export function crdConditions(crd: KubeObject): Condition[] {
  return (crd.status as { conditions?: Condition[] } | undefined)?.conditions ?? [];
}

/** `crd` with `next` replacing any condition of the same type (lastTransitionTime kept when the status is unchanged). */
export function withCondition(crd: KubeObject, next: Condition): KubeObject {
  const copy = clone(crd);
  const conditions = crdConditions(copy);
  const old = conditions.find((c) => c.type === next.type);
  const merged = old && old.status === next.status ? { ...next, lastTransitionTime: old.lastTransitionTime } : next;
  copy.status = { ...(copy.status as object | undefined), conditions: [...conditions.filter((c) => c.type !== next.type), merged] };
  return copy;
}

function defaultCrd(obj: KubeObject): void {
  const spec = obj.spec as { names?: Record<string, unknown>; conversion?: unknown } | undefined;
  if (!spec) return;
  const names = spec.names;
  if (names && typeof names.kind === 'string') {
    if (!names.singular) names.singular = names.kind.toLowerCase();
    if (!names.listKind) names.listKind = `${names.kind}List`;
  }
  if (spec.conversion === undefined) spec.conversion = { strategy: 'None' };
}

function validateCrd(obj: KubeObject): FieldCause[] {
  const spec = obj.spec as Partial<CrdSpec> | undefined;
  const causes: FieldCause[] = [];
  if (!spec) return [field.required('spec', '')];
  const plural = spec.names?.plural ?? '';
  const name = obj.metadata.name ?? '';
  if (name !== `${plural}.${spec.group ?? ''}`) causes.push(field.invalid('metadata.name', name, 'must be spec.names.plural+"."+spec.group'));
  if (spec.scope !== 'Namespaced' && spec.scope !== 'Cluster') causes.push(field.notSupported('spec.scope', spec.scope ?? '', ['Cluster', 'Namespaced']));
  const versions = spec.versions ?? [];
  if (versions.length === 0) causes.push(field.invalid('spec.versions', versions, 'must have exactly one version marked as storage version'));
  else if (versions.filter((v) => v.storage).length !== 1) {
    causes.push(field.invalid('spec.versions', versions, 'must have exactly one version marked as storage version'));
  }
  return causes;
}

export const crdStrategy: ResourceStrategy = {
  hasStatus: true,
  tracksGeneration: true,
  default: defaultCrd,
  prepareForCreate(obj) {
    const storage = crdSpec(obj).versions.find((v) => v.storage)?.name;
    obj.status = { acceptedNames: { kind: '', plural: '' }, storedVersions: storage === undefined ? [] : [storage] };
  },
  validate: (obj) => validateCrd(obj),
  validateUpdate: (obj) => validateCrd(obj),
};

/** DELETE of a CRD: Terminating, with the cleanup finalizer, until its custom resources are gone. */
export function markCrdTerminating(crd: KubeObject, nowMs: number): KubeObject {
  const next = withCondition(crd, {
    type: 'Terminating', status: 'True', lastTransitionTime: rfc3339(nowMs),
    reason: 'InstanceDeletionInProgress', message: 'CustomResource deletion is in progress',
  });
  const finalizers = next.metadata.finalizers ?? [];
  if (!finalizers.includes(CLEANUP_FINALIZER)) next.metadata.finalizers = [...finalizers, CLEANUP_FINALIZER];
  next.metadata.deletionTimestamp = rfc3339(nowMs);
  next.metadata.deletionGracePeriodSeconds = 0;
  return next;
}
