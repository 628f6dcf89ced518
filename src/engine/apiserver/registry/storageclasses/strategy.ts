// The StorageClass strategy: reclaimPolicy Delete and volumeBindingMode Immediate by default,
// a qualified provisioner, and parameters/provisioner/reclaimPolicy/bindingMode fixed after create.
// Also the default-class lookup the DefaultStorageClass admission plugin uses (newest wins).
// Mirrors pkg/apis/storage/v1 defaults and pkg/apis/storage/validation (v1.31).

import { field, type FieldCause } from '../../../api/errors.ts';
import type { KubeObject } from '../../../api/types.ts';
import { isQualifiedName } from '../../../api/validation/names.ts';
import { deepEqual } from '../../../base/json.ts';
import type { AdmissionContext, ResourceStrategy } from '../../strategy.ts';
import { newestDefault } from '../common/objects.ts';
import { immutable } from '../common/validators.ts';

const DEFAULT_ANNOTATIONS = ['storageclass.kubernetes.io/is-default-class', 'storageclass.beta.kubernetes.io/is-default-class'];

/** util.GetDefaultClass: the newest class annotated as default (ties broken by name). */
export function defaultStorageClass(ctx: AdmissionContext): string | undefined {
  return newestDefault(ctx.list('storage.k8s.io', 'storageclasses'), DEFAULT_ANNOTATIONS);
}

function validateStorageClass(sc: KubeObject): FieldCause[] {
  const causes: FieldCause[] = [];
  const provisioner = String(sc.provisioner ?? '');
  if (provisioner === '') causes.push(field.required('provisioner'));
  else causes.push(...isQualifiedName(provisioner.toLowerCase()).map((m) => field.invalid('provisioner', provisioner.toLowerCase(), m)));
  const params = (sc.parameters ?? {}) as Record<string, string>;
  if (Object.keys(params).length > 512) causes.push(field.tooLong('parameters', 512));
  if (Object.keys(params).some((k) => k === '')) causes.push(field.invalid('parameters', params, 'key must not be empty'));
  const reclaim = sc.reclaimPolicy as string | undefined;
  if (reclaim !== undefined && reclaim !== 'Delete' && reclaim !== 'Retain') causes.push(field.notSupported('reclaimPolicy', reclaim, ['Delete', 'Retain']));
  const mode = sc.volumeBindingMode as string | undefined;
  if (mode === undefined) causes.push(field.required('volumeBindingMode'));
  else if (mode !== 'Immediate' && mode !== 'WaitForFirstConsumer') causes.push(field.notSupported('volumeBindingMode', mode, ['Immediate', 'WaitForFirstConsumer']));
  return causes;
}

function validateStorageClassUpdate(sc: KubeObject, old: KubeObject): FieldCause[] {
  const causes: FieldCause[] = [];
  if (!deepEqual(sc.parameters ?? {}, old.parameters ?? {})) causes.push(field.forbidden('parameters', 'updates to parameters are forbidden.'));
  if (sc.provisioner !== old.provisioner) causes.push(field.forbidden('provisioner', 'updates to provisioner are forbidden.'));
  if (sc.reclaimPolicy !== old.reclaimPolicy) causes.push(field.forbidden('reclaimPolicy', 'updates to reclaimPolicy are forbidden.'));
  causes.push(...immutable(sc.volumeBindingMode, old.volumeBindingMode, 'volumeBindingMode'));
  return [...validateStorageClass(sc), ...causes];
}

export const storageClassStrategy: ResourceStrategy = {
  hasStatus: false,
  tracksGeneration: false,
  default(sc) {
    sc.reclaimPolicy ??= 'Delete';
    sc.volumeBindingMode ??= 'Immediate';
  },
  validate: validateStorageClass,
  validateUpdate: validateStorageClassUpdate,
};
