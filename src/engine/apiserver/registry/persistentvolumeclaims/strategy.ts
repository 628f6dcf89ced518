// The PersistentVolumeClaim strategy: volumeMode Filesystem, the default StorageClass and the
// pvc-protection finalizer (DefaultStorageClass, StorageObjectInUseProtection admission), status
// Pending, spec validation, LimitRanger's storage bounds, and the update rules (spec immutable
// except requests of bound claims, which grow only when their class allows it).
// Mirrors pkg/registry/core/persistentvolumeclaim and core validation (v1.31).

import type { PersistentVolumeClaimSpec } from 'kubernetes-types/core/v1';
import { field, forbidden, type FieldCause } from '../../../api/errors.ts';
import type { KubeObject } from '../../../api/types.ts';
import { compareQuantities, tryParseQuantity } from '../../../api/quantity.ts';
import { isDns1123Subdomain } from '../../../api/validation/names.ts';
import { clone, deepEqual } from '../../../base/json.ts';
import type { AdmissionContext, ResourceStrategy } from '../../strategy.ts';
import { validateLabelSelector } from '../common/labels.ts';
import { specOf } from '../common/objects.ts';
import { NOT_POSITIVE } from '../common/validators.ts';
import { defaultClaimSpec } from '../podtemplate/volume-defaults.ts';
import { validateQuantityValue } from '../podtemplate/resources.ts';
import { admitClaimLimitRanges } from '../pods/limitranger.ts';
import { defaultStorageClass } from '../storageclasses/strategy.ts';

export const PVC_PROTECTION_FINALIZER = 'kubernetes.io/pvc-protection';
export const ACCESS_MODES = ['ReadOnlyMany', 'ReadWriteMany', 'ReadWriteOnce', 'ReadWriteOncePod'];
export const VOLUME_MODES = ['Block', 'Filesystem'];
/** Deviation from upstream: the message continues with a go-cmp diff, which is not reproduced. */
export const PVC_UPDATE_FORBIDDEN = 'spec is immutable after creation except resources.requests and volumeAttributesClassName for bound claims';
const BETA_CLASS_ANNOTATION = 'volume.beta.kubernetes.io/storage-class';

const spec = (pvc: KubeObject): PersistentVolumeClaimSpec => (pvc.spec ?? {}) as PersistentVolumeClaimSpec;
const phase = (pvc: KubeObject): string | undefined => (pvc.status as { phase?: string } | undefined)?.phase;

export function validateClaimSpec(s: PersistentVolumeClaimSpec, path: string): FieldCause[] {
  const causes: FieldCause[] = [];
  const modes = s.accessModes ?? [];
  if (modes.length === 0) causes.push(field.required(`${path}.accessModes`, 'at least 1 access mode is required'));
  if (s.selector) causes.push(...validateLabelSelector(s.selector, `${path}.selector`));
  for (const mode of modes) if (!ACCESS_MODES.includes(mode)) causes.push(field.notSupported(`${path}.accessModes`, mode, ACCESS_MODES));
  if (modes.includes('ReadWriteOncePod') && modes.some((m) => m !== 'ReadWriteOncePod' && ACCESS_MODES.includes(m))) {
    causes.push(field.forbidden(`${path}.accessModes`, 'may not use ReadWriteOncePod with other access modes'));
  }
  const storagePath = `${path}.resources[storage]`;
  const storage = tryParseQuantity(s.resources?.requests?.storage);
  if (!storage) causes.push(field.required(storagePath));
  else if (storage.coef <= 0n) causes.push(field.invalid(storagePath, s.resources!.requests!.storage, NOT_POSITIVE));
  else causes.push(...validateQuantityValue('storage', storage, storagePath));
  if (s.storageClassName) causes.push(...isDns1123Subdomain(s.storageClassName).map((m) => field.invalid(`${path}.storageClassName`, s.storageClassName, m)));
  if (s.volumeMode && !VOLUME_MODES.includes(s.volumeMode)) causes.push(field.notSupported(`${path}.volumeMode`, s.volumeMode, VOLUME_MODES));
  return causes;
}

function admitClaim(pvc: KubeObject, ctx: AdmissionContext): void {
  const s = specOf(pvc) as PersistentVolumeClaimSpec;
  const hasClass = s.storageClassName !== undefined && s.storageClassName !== null;
  if (!hasClass && pvc.metadata.annotations?.[BETA_CLASS_ANNOTATION] === undefined) {
    const def = defaultStorageClass(ctx);
    if (def) s.storageClassName = def;
  }
  const finalizers = pvc.metadata.finalizers ?? [];
  if (!finalizers.includes(PVC_PROTECTION_FINALIZER)) pvc.metadata.finalizers = [...finalizers, PVC_PROTECTION_FINALIZER];
}

function validateClaimUpdate(pvc: KubeObject, old: KubeObject, ctx: AdmissionContext): FieldCause[] {
  checkResize(pvc, old, ctx);
  const causes = validateClaimSpec(spec(pvc), 'spec');
  const next = clone(spec(pvc));
  const prev = clone(spec(old));
  if (!prev.volumeName) prev.volumeName = next.volumeName;
  if (prev.storageClassName === undefined && next.storageClassName !== undefined) prev.storageClassName = next.storageClassName;
  if (phase(pvc) === 'Bound' && next.resources?.requests) next.resources.requests.storage = prev.resources?.requests?.storage ?? '';
  if (!deepEqual(next, prev)) causes.push(field.forbidden('spec', PVC_UPDATE_FORBIDDEN));
  const oldSize = tryParseQuantity(spec(old).resources?.requests?.storage);
  const newSize = tryParseQuantity(spec(pvc).resources?.requests?.storage);
  if (oldSize && newSize && compareQuantities(newSize, oldSize) < 0) {
    causes.push(field.forbidden('spec.resources.requests.storage', 'field can not be less than previous value'));
  }
  if (spec(pvc).volumeMode !== spec(old).volumeMode) causes.push(field.invalid('volumeMode', spec(pvc).volumeMode ?? null, 'field is immutable'));
  if (causes.length === 0 && oldSize && newSize && compareQuantities(newSize, oldSize) !== 0) admitClaimLimitRanges(pvc, ctx);
  return causes;
}

/** PersistentVolumeClaimResize admission: growth needs a bound claim and an expandable class. */
function checkResize(pvc: KubeObject, old: KubeObject, ctx: AdmissionContext): void {
  const oldSize = tryParseQuantity(spec(old).resources?.requests?.storage);
  const newSize = tryParseQuantity(spec(pvc).resources?.requests?.storage);
  if (!oldSize || !newSize || compareQuantities(newSize, oldSize) <= 0) return;
  const name = pvc.metadata.name ?? '';
  if (phase(old) !== 'Bound') throw forbidden('', 'persistentvolumeclaims', name, 'Only bound persistent volume claims can be expanded');
  const className = spec(pvc).storageClassName;
  const sc = className ? ctx.get('storage.k8s.io', 'storageclasses', undefined, className) : undefined;
  if (sc?.allowVolumeExpansion !== true) {
    throw forbidden('', 'persistentvolumeclaims', name, 'only dynamically provisioned pvc can be resized and the storageclass that provisions the pvc must support resize');
  }
}

export const persistentVolumeClaimStrategy: ResourceStrategy = {
  hasStatus: true,
  tracksGeneration: false,
  default: (pvc) => defaultClaimSpec(pvc, specOf(pvc)),
  admit: admitClaim,
  validate(pvc, ctx) {
    const causes = validateClaimSpec(spec(pvc), 'spec');
    if (causes.length === 0) admitClaimLimitRanges(pvc, ctx);
    return causes;
  },
  prepareForCreate(pvc) {
    pvc.status = { phase: 'Pending' };
  },
  validateUpdate: validateClaimUpdate,
};
