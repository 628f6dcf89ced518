// Pod volume validation: names (DNS-1123 labels, unique), exactly one source, and the rules of the
// sources a course uses (secret, configMap, PVC, hostPath, emptyDir, projected, downwardAPI, nfs, csi).
// Mirrors ValidateVolumes / validateVolumeSource in pkg/apis/core/validation/validation.go.

import type { Volume } from 'kubernetes-types/core/v1';
import { field, type FieldCause } from '../../../api/errors.ts';
import { isDns1123Label } from '../../../api/validation/names.ts';
import { compareQuantities, parseQuantity, tryParseQuantity } from '../../../api/quantity.ts';
import { asDict, type Dict } from '../common/objects.ts';
import { arrayOf, VOLUME_SOURCES } from './volume-defaults.ts';

export const FILE_MODE_ERROR = 'must be a number between 0 and 0777 (octal), both inclusive';
const HOST_PATH_TYPES = ['', 'BlockDevice', 'CharDevice', 'Directory', 'DirectoryOrCreate', 'File', 'FileOrCreate', 'Socket'];

export interface VolumeCheck {
  /** Names of the valid volumes, which volumeMounts may reference. */
  readonly names: ReadonlySet<string>;
  readonly causes: FieldCause[];
}

export function validateVolumes(volumes: readonly Volume[], path: string): VolumeCheck {
  const names = new Set<string>();
  const causes: FieldCause[] = [];
  volumes.forEach((volume, i) => {
    const p = `${path}[${i}]`;
    const own = validateVolumeSource(volume as unknown as Dict, p);
    if (!volume.name) own.push(field.required(`${p}.name`));
    else own.push(...isDns1123Label(volume.name).map((m) => field.invalid(`${p}.name`, volume.name, m)));
    if (names.has(volume.name)) own.push(field.duplicate(`${p}.name`, volume.name));
    if (own.length === 0) names.add(volume.name);
    causes.push(...own);
  });
  return { names, causes };
}

function validateVolumeSource(v: Dict, path: string): FieldCause[] {
  const causes: FieldCause[] = [];
  let count = 0;
  for (const key of VOLUME_SOURCES) {
    const source = v[key];
    if (source === undefined || source === null) continue;
    if (count > 0) {
      causes.push(field.forbidden(`${path}.${key}`, 'may not specify more than 1 volume type'));
      continue;
    }
    count++;
    causes.push(...validateSource(key, asDict(source) ?? {}, `${path}.${key}`));
  }
  if (count === 0) causes.push(field.required(path, 'must specify a volume type'));
  return causes;
}

function validateSource(key: string, s: Dict, path: string): FieldCause[] {
  switch (key) {
    case 'emptyDir': {
      const limit = tryParseQuantity(s.sizeLimit);
      return limit && compareQuantities(limit, parseQuantity(0)) < 0
        ? [field.forbidden(`${path}.sizeLimit`, 'SizeLimit field must be a valid resource quantity')] : [];
    }
    case 'hostPath': return validateHostPath(s, path);
    case 'secret': return [...requiredString(s.secretName, `${path}.secretName`), ...fileModes(s, path)];
    case 'configMap': return [...requiredString(s.name, `${path}.name`), ...fileModes(s, path)];
    case 'persistentVolumeClaim': return requiredString(s.claimName, `${path}.claimName`);
    case 'nfs': return validateNfs(s, path);
    case 'csi': return requiredString(s.driver, `${path}.driver`);
    case 'downwardAPI': return modeCauses(s.defaultMode, `${path}.defaultMode`);
    case 'projected': return validateProjected(s, path);
    default: return [];
  }
}

function requiredString(value: unknown, path: string): FieldCause[] {
  return typeof value === 'string' && value !== '' ? [] : [field.required(path)];
}

function modeCauses(mode: unknown, path: string): FieldCause[] {
  return typeof mode === 'number' && (mode > 0o777 || mode < 0) ? [field.invalid(path, mode, FILE_MODE_ERROR)] : [];
}

function fileModes(s: Dict, path: string): FieldCause[] {
  const causes = modeCauses(s.defaultMode, `${path}.defaultMode`);
  arrayOf(s.items).forEach((item, i) => causes.push(...keyToPath(item, `${path}.items[${i}]`)));
  return causes;
}

function keyToPath(item: Dict, path: string): FieldCause[] {
  const causes: FieldCause[] = [];
  if (!item.key) causes.push(field.required(`${path}.key`));
  if (!item.path) causes.push(field.required(`${path}.path`));
  causes.push(...localNonReservedPath(String(item.path ?? ''), `${path}.path`));
  causes.push(...modeCauses(item.mode, `${path}.mode`));
  return causes;
}

/** ValidateLocalNonReservedPath: relative, no `..`, not starting with `..`. */
export function localNonReservedPath(target: string, path: string): FieldCause[] {
  const causes: FieldCause[] = [];
  if (target.startsWith('/')) causes.push(field.invalid(path, target, 'must be a relative path'));
  if (target.split('/').includes('..')) causes.push(field.invalid(path, target, "must not contain '..'"));
  if (target.startsWith('..') && !target.startsWith('../')) causes.push(field.invalid(path, target, "must not start with '..'"));
  return causes;
}

function validateHostPath(s: Dict, path: string): FieldCause[] {
  const target = typeof s.path === 'string' ? s.path : '';
  if (target === '') return [field.required(`${path}.path`)];
  const causes: FieldCause[] = [];
  if (target.split('/').includes('..')) causes.push(field.invalid(`${path}.path`, target, "must not contain '..'"));
  const type = s.type;
  if (typeof type === 'string' && !HOST_PATH_TYPES.includes(type)) causes.push(field.notSupported(`${path}.type`, type, HOST_PATH_TYPES));
  return causes;
}

function validateNfs(s: Dict, path: string): FieldCause[] {
  const causes = [...requiredString(s.server, `${path}.server`), ...requiredString(s.path, `${path}.path`)];
  if (!String(s.path ?? '').startsWith('/')) causes.push(field.invalid(`${path}.path`, String(s.path ?? ''), 'must be an absolute path'));
  return causes;
}

function validateProjected(s: Dict, path: string): FieldCause[] {
  const causes = modeCauses(s.defaultMode, `${path}.defaultMode`);
  arrayOf(s.sources).forEach((source, i) => {
    const p = `${path}.sources[${i}]`;
    for (const kind of ['secret', 'configMap'] as const) {
      const ref = asDict(source[kind]);
      if (!ref) continue;
      if (!ref.name) causes.push(field.required(`${p}.${kind}.name`));
      arrayOf(ref.items).forEach((item, j) => causes.push(...keyToPath(item, `${p}.${kind}.items[${j}]`)));
    }
    const token = asDict(source.serviceAccountToken);
    if (token && typeof token.expirationSeconds === 'number' && token.expirationSeconds < 600) {
      causes.push(field.invalid(`${p}.serviceAccountToken.expirationSeconds`, token.expirationSeconds, 'may not specify a duration less than 10 minutes'));
    }
  });
  return causes;
}
