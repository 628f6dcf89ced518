// A CRD's openAPIV3Schema applied to a custom resource: defaulting and pruning of unknown fields
// (apiextensions-apiserver schema/defaulting and schema/pruning), then validation with the messages
// of its kube-openapi validator (types, required, enum, pattern, bounds, lengths, item counts).

import { field, type FieldCause } from '../../api/errors.ts';
import { clone, isPlainObject } from '../../base/json.ts';

export interface SchemaProps {
  readonly type?: string;
  readonly properties?: Readonly<Record<string, SchemaProps>>;
  readonly additionalProperties?: SchemaProps | boolean;
  readonly items?: SchemaProps;
  readonly required?: readonly string[];
  readonly enum?: readonly unknown[];
  readonly pattern?: string;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly exclusiveMinimum?: boolean;
  readonly exclusiveMaximum?: boolean;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly minItems?: number;
  readonly maxItems?: number;
  readonly nullable?: boolean;
  readonly default?: unknown;
  readonly description?: string;
  readonly 'x-kubernetes-preserve-unknown-fields'?: boolean;
  readonly 'x-kubernetes-int-or-string'?: boolean;
  readonly 'x-kubernetes-embedded-resource'?: boolean;
}

/** Fields every object keeps whatever its schema says (the root's type meta and ObjectMeta). */
const ROOT_FIELDS: ReadonlySet<string> = new Set(['apiVersion', 'kind', 'metadata']);

const join = (path: string, key: string): string => (path === '' ? key : `${path}.${key}`);

/** Applies defaults and drops fields the schema does not know, in place; returns the dropped paths. */
export function pruneAndDefault(schema: SchemaProps, obj: Record<string, unknown>): string[] {
  const pruned: string[] = [];
  walkObject(schema, obj, '', pruned, true);
  return pruned;
}

function walk(schema: SchemaProps, value: unknown, path: string, pruned: string[]): void {
  if (isPlainObject(value)) walkObject(schema, value, path, pruned, schema['x-kubernetes-embedded-resource'] === true);
  else if (Array.isArray(value) && schema.items) value.forEach((v, i) => walk(schema.items!, v, `${path}[${i}]`, pruned));
}

function walkObject(schema: SchemaProps, obj: Record<string, unknown>, path: string, pruned: string[], root: boolean): void {
  const props = schema.properties ?? {};
  for (const [k, prop] of Object.entries(props)) {
    if (obj[k] === undefined && prop.default !== undefined) obj[k] = clone(prop.default);
  }
  const additional = typeof schema.additionalProperties === 'object' ? schema.additionalProperties : undefined;
  const keepsUnknown = schema['x-kubernetes-preserve-unknown-fields'] === true || schema.additionalProperties === true;
  for (const k of Object.keys(obj)) {
    if (root && ROOT_FIELDS.has(k)) continue;
    const child = props[k] ?? additional;
    if (child) walk(child, obj[k], join(path, k), pruned);
    else if (!keepsUnknown) {
      pruned.push(join(path, k));
      delete obj[k];
    }
  }
}

/** Validates `obj` against the schema; the causes read as the API server prints them. */
export function validateAgainstSchema(schema: SchemaProps, obj: Record<string, unknown>): FieldCause[] {
  const causes: FieldCause[] = [];
  for (const [k, prop] of Object.entries(schema.properties ?? {})) {
    if (ROOT_FIELDS.has(k) || obj[k] === undefined) continue;
    check(prop, obj[k], k, causes);
  }
  for (const r of schema.required ?? []) if (obj[r] === undefined) causes.push(field.required(r, ''));
  return causes;
}

function typeName(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v;
}

function typeMatches(schema: SchemaProps, v: unknown): boolean {
  if (v === null) return schema.nullable === true;
  if (schema['x-kubernetes-int-or-string']) return typeof v === 'string' || (typeof v === 'number' && Number.isInteger(v));
  switch (schema.type) {
    case undefined: return true;
    case 'object': return isPlainObject(v);
    case 'array': return Array.isArray(v);
    case 'integer': return typeof v === 'number' && Number.isInteger(v);
    case 'number': return typeof v === 'number';
    default: return typeof v === schema.type;
  }
}

function check(schema: SchemaProps, v: unknown, path: string, causes: FieldCause[]): void {
  if (!typeMatches(schema, v)) {
    const type = schema['x-kubernetes-int-or-string'] ? 'integer,string' : schema.type ?? '';
    causes.push(field.typeInvalid(path, typeName(v), `${path} in body must be of type ${type}: "${typeName(v)}"`));
    return;
  }
  if (v === null) return;
  if (schema.enum && !schema.enum.some((e) => JSON.stringify(e) === JSON.stringify(v))) {
    causes.push(field.notSupported(path, v, schema.enum.map((e) => (typeof e === 'string' ? e : JSON.stringify(e)))));
  }
  if (typeof v === 'string') checkString(schema, v, path, causes);
  else if (typeof v === 'number') checkNumber(schema, v, path, causes);
  else if (Array.isArray(v)) checkArray(schema, v, path, causes);
  else if (isPlainObject(v)) checkObject(schema, v, path, causes);
}

function checkString(schema: SchemaProps, v: string, path: string, causes: FieldCause[]): void {
  if (schema.maxLength !== undefined && [...v].length > schema.maxLength) causes.push(field.tooLong(path, schema.maxLength));
  if (schema.minLength !== undefined && [...v].length < schema.minLength) {
    causes.push(field.invalid(path, v, `${path} in body should be at least ${schema.minLength} chars long`));
  }
  if (schema.pattern !== undefined && !new RegExp(schema.pattern, 'u').test(v)) {
    causes.push(field.invalid(path, v, `${path} in body should match '${schema.pattern}'`));
  }
}

function checkNumber(schema: SchemaProps, v: number, path: string, causes: FieldCause[]): void {
  if (schema.minimum !== undefined && (schema.exclusiveMinimum ? v <= schema.minimum : v < schema.minimum)) {
    causes.push(field.invalid(path, v, `${path} in body should be greater than ${schema.exclusiveMinimum ? '' : 'or equal to '}${schema.minimum}`));
  }
  if (schema.maximum !== undefined && (schema.exclusiveMaximum ? v >= schema.maximum : v > schema.maximum)) {
    causes.push(field.invalid(path, v, `${path} in body should be less than ${schema.exclusiveMaximum ? '' : 'or equal to '}${schema.maximum}`));
  }
}

function checkArray(schema: SchemaProps, v: readonly unknown[], path: string, causes: FieldCause[]): void {
  if (schema.maxItems !== undefined && v.length > schema.maxItems) {
    causes.push({ reason: 'FieldValueTooMany', field: path, message: `Too many: ${v.length}: must have at most ${schema.maxItems} items` });
  }
  if (schema.minItems !== undefined && v.length < schema.minItems) {
    causes.push(field.invalid(path, v.length, `${path} in body should have at least ${schema.minItems} items`));
  }
  if (schema.items) v.forEach((item, i) => check(schema.items!, item, `${path}[${i}]`, causes));
}

function checkObject(schema: SchemaProps, v: Record<string, unknown>, path: string, causes: FieldCause[]): void {
  const props = schema.properties ?? {};
  const additional = typeof schema.additionalProperties === 'object' ? schema.additionalProperties : undefined;
  if (!schema['x-kubernetes-embedded-resource']) {
    for (const [k, child] of Object.entries(v)) {
      const prop = props[k] ?? additional;
      if (prop && child !== undefined) check(prop, child, join(path, k), causes);
    }
  }
  for (const r of schema.required ?? []) if (v[r] === undefined) causes.push(field.required(join(path, r), ''));
}
