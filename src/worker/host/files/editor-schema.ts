// The editor's JSON Schema (draft-07), derived from the OpenAPI documents the API server validates
// with: each YAML document is checked against its own kind, picked by `apiVersion` and `kind`
// (`allOf` of `if`/`then`), so a multi-document file validates document by document. Descriptions
// give the hover text; every struct rejects unknown fields, as the server's strict decoding does.

import { openApiDocument, RESOURCES, type OpenApiDocument } from '../../../engine/index.ts';
import type { JsonSchema } from './files-types.ts';

const OPENAPI_REF = '#/components/schemas/';
const SCHEMA_REF = '#/definitions/';
/** OpenAPI formats a JSON Schema validator would not know, or would check differently than the server. */
const DROPPED_FORMATS = new Set(['int32', 'int64', 'double', 'byte', 'int-or-string']);

interface KindEntry {
  readonly apiVersion: string;
  readonly kind: string;
  readonly definition: string;
}

let cached: JsonSchema | undefined;

/** The schema, built once per session (it is the same for every sandbox). */
export function editorSchema(): JsonSchema {
  cached ??= buildEditorSchema();
  return cached;
}

function buildEditorSchema(): JsonSchema {
  const definitions: Record<string, JsonSchema> = {};
  const kinds: KindEntry[] = [];
  for (const [group, version] of servedGroupVersions()) {
    const doc = openApiDocument(group, version);
    if (doc === undefined) continue;
    for (const [name, schema] of Object.entries(doc.components.schemas)) definitions[name] ??= toJsonSchema(schema);
    kinds.push(...kindsOf(doc, group, version));
  }
  kinds.sort((a, b) => (a.kind === b.kind ? compare(a.apiVersion, b.apiVersion) : compare(a.kind, b.kind)));
  const sample = definitions[kinds.find((k) => k.kind === 'Pod')?.definition ?? '']?.properties as Record<string, JsonSchema> | undefined;
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    type: 'object',
    properties: {
      apiVersion: { ...describedBy(sample?.apiVersion), type: 'string', enum: unique(kinds.map((k) => k.apiVersion)) },
      kind: { ...describedBy(sample?.kind), type: 'string', enum: unique([...kinds.map((k) => k.kind), 'List']) },
    },
    required: ['apiVersion', 'kind'],
    allOf: [...kinds.map(kindRule), listRule()],
    definitions,
  };
}

function servedGroupVersions(): Array<[string, string]> {
  const seen = new Map<string, [string, string]>();
  for (const r of RESOURCES) seen.set(`${r.group}/${r.version}`, [r.group, r.version]);
  return [...seen.values()];
}

function kindsOf(doc: OpenApiDocument, group: string, version: string): KindEntry[] {
  const apiVersion = group === '' ? version : `${group}/${version}`;
  const out: KindEntry[] = [];
  for (const [definition, schema] of Object.entries(doc.components.schemas)) {
    const gvks = schema['x-kubernetes-group-version-kind'] as ReadonlyArray<{ kind: string }> | undefined;
    for (const gvk of gvks ?? []) out.push({ apiVersion, kind: gvk.kind, definition });
  }
  return out;
}

/** The document is checked against its kind's definition once both `apiVersion` and `kind` say which. */
function kindRule(k: KindEntry): JsonSchema {
  return {
    if: { properties: { apiVersion: { const: k.apiVersion }, kind: { const: k.kind } }, required: ['apiVersion', 'kind'] },
    then: { $ref: `${SCHEMA_REF}${k.definition}` },
  };
}

/** `kind: List` (what kubectl edit opens for several objects): each item is a document of its own. */
function listRule(): JsonSchema {
  return {
    if: { properties: { apiVersion: { const: 'v1' }, kind: { const: 'List' } }, required: ['apiVersion', 'kind'] },
    then: {
      type: 'object',
      properties: {
        apiVersion: { type: 'string' },
        kind: { type: 'string' },
        metadata: { type: 'object' },
        items: { type: 'array', items: { $ref: '#' } },
      },
      additionalProperties: false,
    },
  };
}

/** An OpenAPI v3 schema as JSON Schema: refs re-rooted, extensions and foreign formats dropped, structs closed. */
export function toJsonSchema(schema: unknown): JsonSchema {
  if (Array.isArray(schema)) return schema.map(toJsonSchema) as unknown as JsonSchema;
  if (typeof schema !== 'object' || schema === null) return schema as JsonSchema;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key.startsWith('x-')) continue;
    if (key === 'format' && DROPPED_FORMATS.has(String(value))) continue;
    if (key === '$ref' && typeof value === 'string') out[key] = value.replace(OPENAPI_REF, SCHEMA_REF);
    else if (key === 'properties' || key === 'definitions') out[key] = mapValues(value as Record<string, unknown>, toJsonSchema);
    else if (key === 'enum' || key === 'required' || key === 'description') out[key] = value;
    else out[key] = toJsonSchema(value);
  }
  if (out.type === 'object' && out.properties !== undefined && out.additionalProperties === undefined) out.additionalProperties = false;
  return out;
}

function mapValues(record: Record<string, unknown>, f: (v: unknown) => JsonSchema): Record<string, JsonSchema> {
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, f(v)]));
}

function describedBy(schema: JsonSchema | undefined): JsonSchema {
  return typeof schema?.description === 'string' ? { description: schema.description } : {};
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)].sort(compare);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
