// Pod create and update validation. Create: the pod spec rules plus pod-only checks; update: only
// images, activeDeadlineSeconds, added tolerations and terminationGracePeriodSeconds may change.
// Mirrors ValidatePodCreate / ValidatePodUpdate in pkg/apis/core/validation/validation.go (v1.31).

import type { Container, PodSpec } from 'kubernetes-types/core/v1';
import { field, type FieldCause } from '../../../api/errors.ts';
import type { KubeObject } from '../../../api/types.ts';
import { clone, deepEqual, isPlainObject } from '../../../base/json.ts';
import { inclusiveRange } from '../common/validators.ts';
import { validatePodSpec } from '../podtemplate/validation.ts';
import { validateTolerations } from '../podtemplate/scheduling.ts';

/**
 * Deviation from upstream: the real message continues with a go-cmp diff of core.PodSpec (whose
 * whitespace go-cmp randomises on purpose); only this first line is reproduced.
 */
export const POD_UPDATE_FORBIDDEN = 'pod updates may not change fields other than `spec.containers[*].image`,'
  + '`spec.initContainers[*].image`,`spec.activeDeadlineSeconds`,`spec.tolerations` (only additions to existing tolerations),'
  + '`spec.terminationGracePeriodSeconds` (allow it to be set to 1 if it was previously negative)';
const MAX_INT32 = 2147483647;

export function validatePod(pod: KubeObject): FieldCause[] {
  const spec = pod.spec as PodSpec;
  const causes = validatePodSpec(spec, 'spec', { resourceIsPod: true });
  if (!spec.serviceAccountName) {
    (spec.volumes ?? []).forEach((v, i) => (v.projected?.sources ?? []).forEach((s, j) => {
      if (s.serviceAccountToken) {
        causes.push(field.forbidden(`spec.volumes[${i}].projected.sources[${j}].serviceAccountToken`, 'must not be specified when serviceAccountName is not set'));
      }
    }));
  }
  for (const kind of ['containers', 'initContainers'] as const) {
    (spec[kind] ?? []).forEach((c, i) => {
      if (c.image && c.image.trim() !== c.image) causes.push(field.invalid(`spec.${kind}[${i}].image`, c.image, 'must not have leading or trailing whitespace'));
    });
  }
  return causes;
}

export function validatePodCreate(pod: KubeObject): FieldCause[] {
  const spec = pod.spec as PodSpec;
  const causes = validatePod(pod);
  if ((spec.ephemeralContainers ?? []).length > 0) causes.push(field.forbidden('spec.ephemeralContainers', 'cannot be set on create'));
  if (spec.nodeName && (spec.schedulingGates ?? []).length > 0) {
    causes.push(field.forbidden('spec.nodeName', 'cannot be set until all schedulingGates have been cleared'));
  }
  return causes;
}

/** Results of status updates (the stored spec, frozen and shared, unchanged) by that spec. */
const unchangedSpecCauses = new WeakMap<object, readonly FieldCause[]>();

export function validatePodUpdate(pod: KubeObject, old: KubeObject): FieldCause[] {
  // The checks read only the two specs: for one frozen spec on both sides the answer never changes.
  const shared = pod.spec === old.spec && isPlainObject(pod.spec) && Object.isFrozen(pod.spec) ? pod.spec : undefined;
  const known = shared && unchangedSpecCauses.get(shared);
  if (known) return [...known];
  const causes = specUpdateCauses(pod, old);
  if (shared) unchangedSpecCauses.set(shared, [...causes]);
  // A valid update stores this very spec object; the status writes that keep it have the same, empty, answer.
  else if (causes.length === 0 && isPlainObject(pod.spec)) unchangedSpecCauses.set(pod.spec, []);
  return causes;
}

function specUpdateCauses(pod: KubeObject, old: KubeObject): FieldCause[] {
  const spec = pod.spec as PodSpec;
  const oldSpec = old.spec as PodSpec;
  const causes = validatePod(pod);
  for (const kind of ['containers', 'initContainers'] as const) {
    const errs = containerUpdates(spec[kind] ?? [], oldSpec[kind] ?? [], `spec.${kind}`);
    causes.push(...errs.causes);
    if (errs.stop) return causes;
  }
  const deadline = activeDeadlineUpdate(spec.activeDeadlineSeconds, oldSpec.activeDeadlineSeconds);
  causes.push(...deadline);
  if (deadline.length > 0 && spec.activeDeadlineSeconds !== undefined) return causes;
  causes.push(...onlyAddedTolerations(spec, oldSpec));
  if (!deepEqual(mungeSpec(spec, oldSpec), oldSpec)) causes.push(field.forbidden('spec', POD_UPDATE_FORBIDDEN));
  return causes;
}

function containerUpdates(next: readonly Container[], prev: readonly Container[], path: string): { causes: FieldCause[]; stop: boolean } {
  if (next.length !== prev.length) return { causes: [field.forbidden(path, 'pod updates may not add or remove containers')], stop: true };
  const causes: FieldCause[] = [];
  next.forEach((c, i) => {
    if (!c.image) causes.push(field.required(`${path}[${i}].image`));
    if (c.image && c.image.trim() !== c.image) causes.push(field.invalid(`${path}[${i}].image`, c.image, 'must not have leading or trailing whitespace'));
  });
  return { causes, stop: false };
}

function activeDeadlineUpdate(next: number | undefined, prev: number | undefined): FieldCause[] {
  if (next === undefined || next === null) {
    return prev !== undefined && prev !== null ? [field.invalid('spec.activeDeadlineSeconds', null, 'must not update from a positive integer to nil value')] : [];
  }
  if (next < 0 || next > MAX_INT32) return [field.invalid('spec.activeDeadlineSeconds', next, inclusiveRange(0, MAX_INT32))];
  if (prev !== undefined && prev !== null && prev < next) return [field.invalid('spec.activeDeadlineSeconds', next, 'must be less than or equal to previous value')];
  return [];
}

function onlyAddedTolerations(spec: PodSpec, oldSpec: PodSpec): FieldCause[] {
  const next = spec.tolerations ?? [];
  for (const old of oldSpec.tolerations ?? []) {
    const kept = next.some((t) => deepEqual({ ...old, tolerationSeconds: t.tolerationSeconds }, t));
    if (!kept) return [field.forbidden('spec.tolerations', 'existing toleration can not be modified except its tolerationSeconds')];
  }
  return validateTolerations(next, 'spec.tolerations');
}

/** The new spec with every updatable field reset to its old value. */
function mungeSpec(spec: PodSpec, oldSpec: PodSpec): PodSpec {
  const munged = clone(spec);
  munged.containers = munged.containers.map((c, i) => ({ ...c, image: oldSpec.containers[i]?.image ?? c.image }));
  if (munged.initContainers) {
    munged.initContainers = munged.initContainers.map((c, i) => ({ ...c, image: oldSpec.initContainers?.[i]?.image ?? c.image }));
  }
  setOrDelete(munged, 'activeDeadlineSeconds', oldSpec.activeDeadlineSeconds);
  setOrDelete(munged, 'schedulingGates', oldSpec.schedulingGates);
  setOrDelete(munged, 'tolerations', oldSpec.tolerations);
  const oldGrace = oldSpec.terminationGracePeriodSeconds;
  if (typeof oldGrace === 'number' && oldGrace < 0 && munged.terminationGracePeriodSeconds === 1) munged.terminationGracePeriodSeconds = oldGrace;
  if ((oldSpec.schedulingGates ?? []).length > 0 && onlyAdditions(munged.nodeSelector, oldSpec.nodeSelector)) {
    setOrDelete(munged, 'nodeSelector', oldSpec.nodeSelector);
  }
  return munged;
}

function setOrDelete<K extends keyof PodSpec>(spec: PodSpec, key: K, value: PodSpec[K]): void {
  if (value === undefined) delete spec[key];
  else spec[key] = clone(value);
}

function onlyAdditions(next: Record<string, string> | undefined, prev: Record<string, string> | undefined): boolean {
  return Object.entries(prev ?? {}).every(([k, v]) => next?.[k] === v);
}
