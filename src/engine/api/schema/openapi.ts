// The OpenAPI v3 document the API server serves per group version (/openapi/v3/apis/<group>/<version>),
// built from the generated schemas: what `kubectl explain` reads. Shapes follow kube-openapi's v3 output
// (struct refs with a description wrapped in allOf, IntOrString and Quantity as oneOf without a type).

import descriptionsJson from './generated/descriptions.json' with { type: 'json' };
import { definition, definitionForKind, fieldsOf, requiredFieldsOf, type Descriptor, type ScalarKind } from './model.ts';
import { RESOURCES } from '../kinds.ts';

export type OpenApiSchema = { readonly [key: string]: unknown };
export interface OpenApiDocument {
  readonly components: { readonly schemas: Readonly<Record<string, OpenApiSchema>> };
}

const DESCRIPTIONS = descriptionsJson as Record<string, Record<string, string>>;
const REF_PREFIX = '#/components/schemas/';

const SCALAR_SCHEMAS: Record<ScalarKind, OpenApiSchema> = {
  quantity: { oneOf: [{ type: 'string' }, { type: 'number' }] },
  'int-or-string': { oneOf: [{ type: 'integer' }, { type: 'string' }], format: 'int-or-string' },
  time: { type: 'string', format: 'date-time' },
  object: { type: 'object' },
  any: {},
};

const PRIMITIVE_SCHEMAS = {
  string: { type: 'string' },
  integer: { type: 'integer', format: 'int32' },
  int64: { type: 'integer', format: 'int64' },
  number: { type: 'number', format: 'double' },
  boolean: { type: 'boolean' },
  bytes: { type: 'string', format: 'byte' },
} as const;

const documents = new Map<string, OpenApiDocument>();

/** The v3 document of one group version (`''`/`v1` for the core group), or undefined if none is served. */
export function openApiDocument(group: string, version: string): OpenApiDocument | undefined {
  const key = `${group}/${version}`;
  let doc = documents.get(key);
  if (!doc) {
    const kinds = RESOURCES.filter((r) => r.group === group && r.version === version);
    if (kinds.length === 0) return undefined;
    doc = buildDocument(group, version, kinds.map((r) => r.kind));
    documents.set(key, doc);
  }
  return doc;
}

function buildDocument(group: string, version: string, kinds: readonly string[]): OpenApiDocument {
  const schemas: Record<string, OpenApiSchema> = {};
  const pending = kinds.map((kind) => definitionForKind(group, version, kind)!);
  while (pending.length > 0) {
    const name = pending.pop()!;
    if (schemas[name]) continue;
    schemas[name] = definitionSchema(name, pending);
  }
  for (const kind of kinds) {
    const name = definitionForKind(group, version, kind)!;
    schemas[name] = { ...schemas[name], 'x-kubernetes-group-version-kind': [{ group, kind, version }] };
  }
  return { components: { schemas } };
}

function definitionSchema(name: string, pending: string[]): OpenApiSchema {
  const docs = DESCRIPTIONS[name] ?? {};
  const description = docs[''] ? { description: docs[''] } : {};
  const def = definition(name);
  if ('s' in def) return { ...description, ...SCALAR_SCHEMAS[def.s] };
  const properties: Record<string, OpenApiSchema> = {};
  for (const [field, { descriptor, enum: values }] of fieldsOf(name)) {
    const schema = valueSchema(descriptor, pending);
    const text = docs[field];
    const withDescription = text && '$ref' in schema ? { allOf: [schema], description: text } : { ...schema, ...(text ? { description: text } : {}) };
    properties[field] = values ? { ...withDescription, enum: values } : withDescription;
  }
  const required = requiredFieldsOf(name);
  return { ...description, type: 'object', properties, ...(required.length ? { required } : {}) };
}

function valueSchema(desc: Descriptor, pending: string[]): OpenApiSchema {
  switch (desc.kind) {
    case 'primitive': return PRIMITIVE_SCHEMAS[desc.type];
    case 'list': return { type: 'array', items: valueSchema(desc.of, pending) };
    case 'map': return { type: 'object', additionalProperties: valueSchema(desc.of, pending) };
    case 'ref':
      pending.push(desc.name);
      return { $ref: `${REF_PREFIX}${desc.name}` };
  }
}
