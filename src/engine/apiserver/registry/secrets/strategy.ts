// The Secret strategy: type Opaque by default, data decoded as Go decodes []byte (bad base64 is a
// decode error), stringData merged into data, config-key names, type-specific required keys, and
// immutability (type always; data when `immutable`). Mirrors core validation ValidateSecret (v1.31).

import { field, type FieldCause } from '../../../api/errors.ts';
import type { KubeObject } from '../../../api/types.ts';
import { isConfigMapKey } from '../../../api/validation/names.ts';
import { deepEqual, isPlainObject } from '../../../base/json.ts';
import type { ResourceStrategy } from '../../strategy.ts';
import { decodeError } from '../common/objects.ts';
import { immutable } from '../common/validators.ts';
import { Base64Error, decodeBase64, encodeBase64 } from '../../../base/base64.ts';
import { utf8Decode, utf8Encode } from '../../../base/utf8.ts';

export const MAX_SECRET_SIZE = 1024 * 1024;
export const IMMUTABLE_WHEN_SET = 'field is immutable when `immutable` is set';
const REDACTED = '<secret contents redacted>';

type Data = Record<string, string>;
const dataOf = (obj: KubeObject): Data => (isPlainObject(obj.data) ? obj.data : {}) as Data;

/** Canonicalises base64 values of a []byte map in place; corrupt input is a decode error. */
export function decodeByteMap(obj: KubeObject, map: unknown): number {
  if (!isPlainObject(map)) return 0;
  let size = 0;
  for (const [key, value] of Object.entries(map)) {
    if (typeof value !== 'string') continue;
    try {
      const bytes = decodeBase64(value);
      size += bytes.length;
      map[key] = encodeBase64(bytes);
    } catch (e) {
      if (e instanceof Base64Error) throw decodeError(obj, e.message);
      throw e;
    }
  }
  return size;
}

function defaultSecret(secret: KubeObject): void {
  if (!secret.type) secret.type = 'Opaque';
  decodeByteMap(secret, secret.data);
  const stringData = secret.stringData;
  if (isPlainObject(stringData) && Object.keys(stringData).length > 0) {
    const data = { ...dataOf(secret) };
    for (const [k, v] of Object.entries(stringData)) data[k] = encodeBase64(utf8Encode(String(v)));
    secret.data = data;
  }
  delete secret.stringData;
}

function validateSecret(secret: KubeObject): FieldCause[] {
  const data = dataOf(secret);
  const causes: FieldCause[] = [];
  let size = 0;
  for (const [key, value] of Object.entries(data)) {
    causes.push(...isConfigMapKey(key).map((m) => field.invalid(`data[${key}]`, key, m)));
    size += decodeBase64(value).length;
  }
  if (size > MAX_SECRET_SIZE) causes.push(field.tooLong('data', MAX_SECRET_SIZE));
  return [...causes, ...typeRules(secret, data)];
}

function typeRules(secret: KubeObject, data: Data): FieldCause[] {
  const required = (key: string): FieldCause => field.required(`data[${key}]`);
  switch (secret.type) {
    case 'kubernetes.io/service-account-token': {
      const key = 'kubernetes.io/service-account.name';
      return secret.metadata.annotations?.[key] ? [] : [field.required(`metadata.annotations[${key}]`)];
    }
    case 'kubernetes.io/dockercfg': return dockerConfig(data, '.dockercfg');
    case 'kubernetes.io/dockerconfigjson': return dockerConfig(data, '.dockerconfigjson');
    case 'kubernetes.io/basic-auth':
      return !('username' in data) && !('password' in data) ? [required('username'), required('password')] : [];
    case 'kubernetes.io/ssh-auth': return data['ssh-privatekey'] ? [] : [required('ssh-privatekey')];
    case 'kubernetes.io/tls': return ['tls.crt', 'tls.key'].filter((k) => !(k in data)).map(required);
    default: return [];
  }
}

function dockerConfig(data: Data, key: string): FieldCause[] {
  const value = data[key];
  if (value === undefined) return [field.required(`data[${key}]`)];
  const problem = goJsonObjectError(utf8Decode(decodeBase64(value)));
  return problem ? [field.invalid(`data[${key}]`, REDACTED, problem)] : [];
}

/**
 * json.Unmarshal into map[string]interface{}. Deviation from upstream: syntax errors past the first
 * character are reported with a simplified message.
 */
export function goJsonObjectError(text: string): string | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return 'unexpected end of JSON input';
  let parsed: unknown;
  try {
    parsed = JSON.parse(trimmed);
  } catch (e) {
    const first = trimmed[0]!;
    const truncated = e instanceof SyntaxError && /end of JSON/i.test(e.message) && '{["-0123456789tfn'.includes(first);
    return truncated ? 'unexpected end of JSON input' : `invalid character '${first}' looking for beginning of value`;
  }
  if (parsed === null || isPlainObject(parsed)) return undefined;
  const type = Array.isArray(parsed) ? 'array' : typeof parsed === 'boolean' ? 'bool' : typeof parsed;
  return `json: cannot unmarshal ${type} into Go value of type map[string]interface {}`;
}

function validateSecretUpdate(secret: KubeObject, old: KubeObject): FieldCause[] {
  const causes = immutable(secret.type, old.type, 'type');
  if (old.immutable === true) {
    if (secret.immutable !== true) causes.push(field.forbidden('immutable', IMMUTABLE_WHEN_SET));
    if (!deepEqual(dataOf(secret), dataOf(old))) causes.push(field.forbidden('data', IMMUTABLE_WHEN_SET));
  }
  return [...causes, ...validateSecret(secret)];
}

export const secretStrategy: ResourceStrategy = {
  hasStatus: false,
  tracksGeneration: false,
  default: defaultSecret,
  validate: validateSecret,
  validateUpdate: validateSecretUpdate,
  fieldLabels: {
    type: (secret) => String(secret.type ?? ''),
  },
};
