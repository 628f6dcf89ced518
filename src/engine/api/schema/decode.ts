// Strict field decoding of a create/update body, as the API server does it with fieldValidation=Strict
// (sigs.k8s.io/json over encoding/json): unknown fields by full path, else the first Go type error.
// Deviation from upstream: metav1.Time strings are not parsed as RFC 3339 here.

import { base64Error } from './base64.ts';
import { definitionForKind, fieldsOf, scalarKindOf, type Descriptor, type Field } from './model.ts';
import { quantitySyntaxError } from './quantity-syntax.ts';

export interface DecodeResult {
  /** Unknown field paths in order of appearance (`spec.containers[0].imagePullPolice`), deduplicated. */
  unknownFields: string[];
  /** The decoding error that fails the request outright (reported instead of unknown fields). */
  typeError?: string;
}

/** `Deployment in version "v1" cannot be handled as a Deployment: <detail>` (apiserver transformDecodeError). */
export function decodeErrorMessage(kind: string, version: string, detail: string): string {
  return `${kind} in version "${version}" cannot be handled as a ${kind}: ${detail}`;
}

export function strictDecodingMessage(kind: string, version: string, unknown: readonly string[]): string {
  return decodeErrorMessage(kind, version, `strict decoding error: ${unknown.map((p) => `unknown field "${p}"`).join(', ')}`);
}

/** The decode error message for a result, or undefined when the body decodes cleanly. */
export function decodeResultMessage(kind: string, version: string, result: DecodeResult): string | undefined {
  if (result.typeError !== undefined) return decodeErrorMessage(kind, version, result.typeError);
  return result.unknownFields.length ? strictDecodingMessage(kind, version, result.unknownFields) : undefined;
}

/** Strict errors stop accumulating at 100, as sigs.k8s.io/json caps them. */
const MAX_STRICT_ERRORS = 100;

/** A custom UnmarshalJSON failed: Go aborts the whole decode with this error. */
class FatalDecodeError extends Error {}

interface ErrorContext {
  /** Name of the innermost Go struct being decoded. */
  struct: string;
  /** JSON names of the struct fields from the root (map keys and list indexes are not included). */
  fields: string[];
}

class Decoder {
  readonly unknown: string[] = [];
  private readonly seen = new Set<string>();
  savedError: string | undefined;
  private context: ErrorContext = { struct: '', fields: [] };

  value(value: unknown, desc: Descriptor, goType: string, path: string): void {
    if (value === null || value === undefined) return;
    switch (desc.kind) {
      case 'primitive': return this.primitive(value, desc.type, goType);
      case 'list': return this.list(value, desc.of, goType, path);
      case 'map': return this.map(value, desc.of, goType, path);
      case 'ref': return this.ref(value, desc.name, goType, path);
    }
  }

  private primitive(value: unknown, type: string, goType: string): void {
    const json = jsonKind(value);
    switch (type) {
      case 'string': return json === 'string' ? undefined : this.typeError(json, goType);
      case 'boolean': return json === 'bool' ? undefined : this.typeError(json, goType);
      case 'number': return json === 'number' ? undefined : this.typeError(json, goType);
      case 'integer':
      case 'int64': return this.integer(value, json, goType, type === 'int64' ? 64 : 32);
      case 'bytes': return this.bytes(value, json, goType);
    }
  }

  private integer(value: unknown, json: string, goType: string, bits: IntBits, fatal = false): void {
    const error = json !== 'number' ? json : integerError(value as number, bits);
    if (error === undefined) return;
    if (fatal) throw new FatalDecodeError(this.describe(error, goType));
    this.typeError(error, goType);
  }

  private bytes(value: unknown, json: string, goType: string): void {
    if (json === 'string') {
      const error = base64Error(value as string);
      if (error !== undefined) this.savedError ??= error;
    } else if (json === 'array') {
      for (const item of value as unknown[]) if (item !== null) this.integer(item, jsonKind(item), 'uint8', 8);
    } else this.typeError(json, goType);
  }

  private list(value: unknown, of: Descriptor, goType: string, path: string): void {
    if (!Array.isArray(value)) return this.typeError(jsonKind(value), goType);
    const itemGoType = goType.startsWith('[]') ? goType.slice(2) : goTypeOf(of);
    value.forEach((item, i) => this.value(item, of, itemGoType, `${path}[${i}]`));
  }

  private map(value: unknown, of: Descriptor, goType: string, path: string): void {
    if (jsonKind(value) !== 'object') return this.typeError(jsonKind(value), goType);
    const valueGoType = goType.startsWith('map[string]') ? goType.slice('map[string]'.length) : goTypeOf(of);
    for (const [key, item] of Object.entries(value as object)) this.value(item, of, valueGoType, join(path, key));
  }

  private ref(value: unknown, name: string, goType: string, path: string): void {
    const scalar = scalarKindOf(name);
    if (scalar) return this.scalar(value, scalar);
    if (jsonKind(value) !== 'object') return this.typeError(jsonKind(value), goType);
    this.struct(value as Record<string, unknown>, name, path);
  }

  struct(value: Record<string, unknown>, name: string, path: string): void {
    const fields = fieldsOf(name);
    for (const [key, item] of Object.entries(value)) {
      const field = fields.get(key);
      if (!field) {
        this.unknownField(join(path, key));
        continue;
      }
      const outer = this.context;
      this.context = { struct: name.slice(name.lastIndexOf('.') + 1), fields: [...outer.fields, key] };
      this.value(item, field.descriptor, fieldGoType(field), join(path, key));
      this.context = outer;
    }
  }

  /** Types with their own UnmarshalJSON: their errors end the decode at once. */
  private scalar(value: unknown, kind: string): void {
    const json = jsonKind(value);
    if (kind === 'quantity') {
      const text = json === 'string' ? (value as string).trim() : json === 'object' || json === 'array' ? '{' : String(value);
      const error = quantitySyntaxError(text);
      if (error !== undefined) throw new FatalDecodeError(error);
    } else if (kind === 'int-or-string') {
      if (json !== 'string') this.integer(value, json, 'int32', 32, true);
    } else if (kind === 'time' && json !== 'string') {
      throw new FatalDecodeError(this.describe(json, 'string'));
    }
  }

  private unknownField(path: string): void {
    if (this.seen.has(path) || this.unknown.length >= MAX_STRICT_ERRORS) return;
    this.seen.add(path);
    this.unknown.push(path);
  }

  private typeError(json: string, goType: string): void {
    this.savedError ??= this.describe(json, goType);
  }

  /** encoding/json UnmarshalTypeError.Error() with the current error context. */
  private describe(json: string, goType: string): string {
    const { struct, fields } = this.context;
    const target = struct || fields.length ? `Go struct field ${struct}.${fields.join('.')}` : 'Go value';
    return `json: cannot unmarshal ${json} into ${target} of type ${goType}`;
  }
}

export function strictDecode(group: string, version: string, kind: string, obj: unknown): DecodeResult {
  const root = definitionForKind(group, version, kind);
  if (!root) throw new Error(`no schema for ${group}/${version} ${kind}`);
  const decoder = new Decoder();
  try {
    if (jsonKind(obj) !== 'object') decoder.value(obj, { kind: 'ref', name: root }, goTypeOf({ kind: 'ref', name: root }), '');
    else decoder.struct(obj as Record<string, unknown>, root, '');
  } catch (e) {
    if (e instanceof FatalDecodeError) return { unknownFields: [], typeError: e.message };
    throw e;
  }
  if (decoder.savedError !== undefined) return { unknownFields: [], typeError: decoder.savedError };
  return { unknownFields: decoder.unknown };
}

/** The JSON kind as encoding/json names it in errors. */
function jsonKind(value: unknown): 'string' | 'number' | 'bool' | 'array' | 'object' {
  if (typeof value === 'string') return 'string';
  if (typeof value === 'number') return 'number';
  if (typeof value === 'boolean') return 'bool';
  return Array.isArray(value) ? 'array' : 'object';
}

type IntBits = 8 | 32 | 64;
const INT_RANGES = { 8: [0n, 255n], 32: [-(2n ** 31n), 2n ** 31n - 1n], 64: [-(2n ** 63n), 2n ** 63n - 1n] } as const;

/** `number 1.5` when a JSON number is not an integer of the Go type (the literal as Go's json prints it). */
function integerError(value: number, bits: IntBits): string | undefined {
  const literal = String(value);
  if (!/^-?[0-9]+$/.test(literal)) return `number ${literal}`;
  const [min, max] = INT_RANGES[bits];
  const n = BigInt(literal);
  return n < min || n > max ? `number ${literal}` : undefined;
}

function fieldGoType(field: Field): string {
  return field.goType ?? goTypeOf(field.descriptor);
}

/** Go's reflect name for a descriptor: `int32`, `[]v1.Container`, `map[string]string`, `v1.PodSpec`. */
function goTypeOf(desc: Descriptor): string {
  switch (desc.kind) {
    case 'primitive': return PRIMITIVE_GO_TYPES[desc.type];
    case 'list': return `[]${goTypeOf(desc.of)}`;
    case 'map': return `map[string]${goTypeOf(desc.of)}`;
    case 'ref': return desc.name.split('.').slice(-2).join('.');
  }
}

const PRIMITIVE_GO_TYPES = { string: 'string', integer: 'int32', int64: 'int64', number: 'float64', boolean: 'bool', bytes: '[]uint8' } as const;

function join(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`;
}
