// The PersistentVolume strategy: reclaim policy Retain and volumeMode Filesystem by default,
// the pv-protection finalizer, `status: {phase: Pending, lastPhaseTransitionTime}` on create,
// spec validation and an immutable volume source. Mirrors pkg/registry/core/persistentvolume (v1.31).

import type { PersistentVolumeSpec } from 'kubernetes-types/core/v1';
import { field, type FieldCause } from '../../../api/errors.ts';
import type { KubeObject } from '../../../api/types.ts';
import { tryParseQuantity } from '../../../api/quantity.ts';
import { isDns1123Subdomain } from '../../../api/validation/names.ts';
import { deepEqual } from '../../../base/json.ts';
import type { ResourceStrategy } from '../../strategy.ts';
import { canonicalizeResourceList, specOf } from '../common/objects.ts';
import { NOT_POSITIVE } from '../common/validators.ts';
import { ACCESS_MODES, VOLUME_MODES } from '../persistentvolumeclaims/strategy.ts';

export const PV_PROTECTION_FINALIZER = 'kubernetes.io/pv-protection';
const RECLAIM_POLICIES = ['Delete', 'Recycle', 'Retain'];
/** The PersistentVolumeSource fields (one of them must be set, and it never changes). */
const PV_SOURCES = ['gcePersistentDisk', 'awsElasticBlockStore', 'hostPath', 'glusterfs', 'nfs', 'rbd', 'iscsi', 'cinder',
  'cephfs', 'fc', 'flocker', 'flexVolume', 'azureFile', 'vsphereVolume', 'quobyte', 'azureDisk', 'photonPersistentDisk',
  'portworxVolume', 'scaleIO', 'local', 'storageos', 'csi'];

const spec = (pv: KubeObject): PersistentVolumeSpec => (pv.spec ?? {}) as PersistentVolumeSpec;
const sources = (pv: KubeObject): Record<string, unknown> => Object.fromEntries(PV_SOURCES.map((k) => [k, (pv.spec as Record<string, unknown> | undefined)?.[k]]));

function validatePV(pv: KubeObject): FieldCause[] {
  const s = spec(pv);
  const causes: FieldCause[] = [];
  const modes = s.accessModes ?? [];
  if (modes.length === 0) causes.push(field.required('spec.accessModes'));
  for (const mode of modes) if (!ACCESS_MODES.includes(mode)) causes.push(field.notSupported('spec.accessModes', mode, ACCESS_MODES));
  const capacity = s.capacity ?? {};
  if (Object.keys(capacity).length === 0) causes.push(field.required('spec.capacity'));
  if (!('storage' in capacity) || Object.keys(capacity).length > 1) causes.push(field.notSupported('spec.capacity', capacity, ['storage']));
  for (const [name, raw] of Object.entries(capacity)) {
    const q = tryParseQuantity(raw);
    if (q && q.coef <= 0n) causes.push(field.invalid(`spec.capacity[${name}]`, raw, NOT_POSITIVE));
  }
  if (s.storageClassName) causes.push(...isDns1123Subdomain(s.storageClassName).map((m) => field.invalid('spec.storageClassName', s.storageClassName, m)));
  if (s.volumeMode && !VOLUME_MODES.includes(s.volumeMode)) causes.push(field.notSupported('spec.volumeMode', s.volumeMode, VOLUME_MODES));
  const reclaim = s.persistentVolumeReclaimPolicy;
  if (reclaim && !RECLAIM_POLICIES.includes(reclaim)) causes.push(field.notSupported('spec.persistentVolumeReclaimPolicy', reclaim, RECLAIM_POLICIES));
  const set = PV_SOURCES.filter((k) => (s as Record<string, unknown>)[k] !== undefined);
  if (set.length === 0) causes.push(field.required('spec', 'must specify a volume type'));
  set.slice(1).forEach((k) => causes.push(field.forbidden(`spec.${k}`, 'may not specify more than 1 volume type')));
  if (s.hostPath && !s.hostPath.path) causes.push(field.required('spec.hostPath.path'));
  if (s.local && !s.local.path) causes.push(field.required('spec.local.path'));
  if (s.local && !s.nodeAffinity) causes.push(field.required('spec.nodeAffinity', 'Local volume requires node affinity'));
  return causes;
}

function validatePVUpdate(pv: KubeObject, old: KubeObject): FieldCause[] {
  const causes = validatePV(pv);
  if (!deepEqual(sources(pv), sources(old))) {
    // Deviation from upstream: the go-cmp diff that follows this line is not reproduced.
    causes.push(field.forbidden('spec.persistentvolumesource', 'spec.persistentvolumesource is immutable after creation'));
  }
  if (spec(pv).volumeMode !== spec(old).volumeMode) causes.push(field.invalid('volumeMode', spec(pv).volumeMode ?? null, 'field is immutable'));
  return causes;
}

export const persistentVolumeStrategy: ResourceStrategy = {
  hasStatus: true,
  tracksGeneration: false,
  default(pv) {
    const s = specOf(pv) as PersistentVolumeSpec;
    if (!s.persistentVolumeReclaimPolicy) s.persistentVolumeReclaimPolicy = 'Retain';
    if (!s.volumeMode) s.volumeMode = 'Filesystem';
    if (s.hostPath && s.hostPath.type === undefined) s.hostPath.type = '';
    canonicalizeResourceList(pv, s.capacity);
  },
  admit(pv) {
    const finalizers = pv.metadata.finalizers ?? [];
    if (!finalizers.includes(PV_PROTECTION_FINALIZER)) pv.metadata.finalizers = [...finalizers, PV_PROTECTION_FINALIZER];
  },
  validate: validatePV,
  prepareForCreate(pv) {
    pv.status = { phase: 'Pending', lastPhaseTransitionTime: pv.metadata.creationTimestamp };
  },
  validateUpdate: validatePVUpdate,
};

