// The ConfigMap strategy: config-key names in data and binaryData (no key in both), the 1 MiB
// limit, binaryData decoded as Go decodes []byte, and immutability once `immutable: true`.
// Mirrors ValidateConfigMap / ValidateConfigMapUpdate (core validation, v1.31).

import { field, type FieldCause } from '../../../api/errors.ts';
import type { KubeObject } from '../../../api/types.ts';
import { isConfigMapKey } from '../../../api/validation/names.ts';
import { deepEqual, isPlainObject } from '../../../base/json.ts';
import type { ResourceStrategy } from '../../strategy.ts';
import { decodeBase64 } from '../../../base/base64.ts';
import { utf8Encode } from '../../../base/utf8.ts';
import { decodeByteMap, IMMUTABLE_WHEN_SET, MAX_SECRET_SIZE } from '../secrets/strategy.ts';

type Data = Record<string, string>;
const mapOf = (value: unknown): Data => (isPlainObject(value) ? value : {}) as Data;

function validateConfigMap(cm: KubeObject): FieldCause[] {
  const causes: FieldCause[] = [];
  const binary = mapOf(cm.binaryData);
  let size = 0;
  for (const [key, value] of Object.entries(mapOf(cm.data))) {
    causes.push(...isConfigMapKey(key).map((m) => field.invalid(`data[${key}]`, key, m)));
    if (key in binary) causes.push(field.invalid(`data[${key}]`, key, 'duplicate of key present in binaryData'));
    size += utf8Encode(String(value)).length;
  }
  for (const [key, value] of Object.entries(binary)) {
    causes.push(...isConfigMapKey(key).map((m) => field.invalid(`binaryData[${key}]`, key, m)));
    size += decodeBase64(value).length;
  }
  if (size > MAX_SECRET_SIZE) causes.push(field.tooLong('', MAX_SECRET_SIZE));
  return causes;
}

function validateConfigMapUpdate(cm: KubeObject, old: KubeObject): FieldCause[] {
  const causes: FieldCause[] = [];
  if (old.immutable === true) {
    if (cm.immutable !== true) causes.push(field.forbidden('immutable', IMMUTABLE_WHEN_SET));
    if (!deepEqual(mapOf(cm.data), mapOf(old.data))) causes.push(field.forbidden('data', IMMUTABLE_WHEN_SET));
    if (!deepEqual(mapOf(cm.binaryData), mapOf(old.binaryData))) causes.push(field.forbidden('binaryData', IMMUTABLE_WHEN_SET));
  }
  return [...causes, ...validateConfigMap(cm)];
}

export const configMapStrategy: ResourceStrategy = {
  hasStatus: false,
  tracksGeneration: false,
  default: (cm) => void decodeByteMap(cm, cm.binaryData),
  validate: validateConfigMap,
  validateUpdate: validateConfigMapUpdate,
};
