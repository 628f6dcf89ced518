import { loadAll } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { editorSchema, toJsonSchema } from './editor-schema.ts';
import type { JsonSchema } from './files-types.ts';

type Schema = Record<string, unknown>;

/** The draft-07 keywords the editor schema uses, checked as a validator would: the failing paths. */
function violations(root: Schema, schema: Schema, value: unknown, path: string): string[] {
  const at = (s: unknown, v: unknown, p: string): string[] => violations(root, s as Schema, v, p);
  if (typeof schema.$ref === 'string') {
    const target = schema.$ref === '#' ? root : (root.definitions as Record<string, Schema>)[schema.$ref.slice('#/definitions/'.length)];
    return at(target, value, path);
  }
  const out: string[] = [];
  for (const sub of (schema.allOf as Schema[] | undefined) ?? []) out.push(...at(sub, value, path));
  if (schema.if !== undefined && at(schema.if, value, path).length === 0) out.push(...at(schema.then, value, path));
  if (schema.oneOf !== undefined && (schema.oneOf as Schema[]).filter((s) => at(s, value, path).length === 0).length !== 1) out.push(`${path}: oneOf`);
  if (schema.const !== undefined && value !== schema.const) out.push(`${path}: const`);
  if (schema.enum !== undefined && !(schema.enum as unknown[]).includes(value)) out.push(`${path}: enum`);
  if (schema.type !== undefined && !hasType(value, schema.type as string)) return [...out, `${path}: type`];
  if (typeof value !== 'object' || value === null) return out;
  if (Array.isArray(value)) {
    if (schema.items !== undefined) value.forEach((v, i) => out.push(...at(schema.items, v, `${path}[${i}]`)));
    return out;
  }
  const props = (schema.properties as Record<string, Schema> | undefined) ?? {};
  for (const name of (schema.required as string[] | undefined) ?? []) if (!(name in value)) out.push(`${path}.${name}: required`);
  for (const [name, v] of Object.entries(value)) {
    if (props[name] !== undefined) out.push(...at(props[name], v, `${path}.${name}`));
    else if (schema.additionalProperties === false) out.push(`${path}.${name}: not allowed`);
    else if (typeof schema.additionalProperties === 'object') out.push(...at(schema.additionalProperties, v, `${path}.${name}`));
  }
  return out;
}

function hasType(value: unknown, type: string): boolean {
  switch (type) {
    case 'object': return typeof value === 'object' && value !== null && !Array.isArray(value);
    case 'array': return Array.isArray(value);
    case 'integer': return Number.isInteger(value);
    case 'number': return typeof value === 'number';
    default: return typeof value === type;
  }
}

function check(yaml: string): string[][] {
  const schema = editorSchema() as Schema;
  return loadAll(yaml).map((doc) => violations(schema, schema, doc, ''));
}

const POD = `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  restartPolicy: Always
  containers:
  - name: web
    image: nginx:1.25
    ports:
    - containerPort: 80
`;

describe('the editor schema', () => {
  it('accepts a valid Pod', () => {
    expect(check(POD)).toEqual([[]]);
  });

  it('flags an unknown field of a Pod', () => {
    expect(check(POD.replace('  containers:', '  containerz:'))).toEqual([['.spec.containers: required', '.spec.containerz: not allowed']]);
  });

  it('checks each document of a file against its own kind', () => {
    const deployment = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 2
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      containers:
      - name: web
        image: nginx
`;
    expect(check(`${POD}---\n${deployment}`)).toEqual([[], []]);
    expect(check(`${POD}---\n${deployment.replace('replicas: 2', 'replicas: 2\n  restartPolicy: Always')}`))
      .toEqual([[], ['.spec.restartPolicy: not allowed']]);
  });

  it('checks enums and value types', () => {
    expect(check(POD.replace('Always', 'Sometimes').replace('80', '"eighty"'))).toEqual([[
      '.spec.restartPolicy: enum',
      '.spec.containers[0].ports[0].containerPort: type',
    ]]);
  });

  it('checks each item of a List, as kubectl edit opens several objects', () => {
    const list = { apiVersion: 'v1', kind: 'List', metadata: {}, items: [{ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'a' }, datta: {} }] };
    const schema = editorSchema() as Schema;
    expect(violations(schema, schema, list, '')).toEqual(['.items[0].datta: not allowed']);
  });

  it('asks for apiVersion and kind, and offers the known ones', () => {
    const schema = editorSchema() as { properties: Record<string, { enum: string[] }> };
    expect(check('metadata: {name: x}\n')).toEqual([['.apiVersion: required', '.kind: required']]);
    expect(schema.properties.kind!.enum).toEqual(expect.arrayContaining(['Deployment', 'NetworkPolicy', 'StorageClass', 'List']));
    expect(schema.properties.apiVersion!.enum).toEqual(expect.arrayContaining(['v1', 'apps/v1', 'networking.k8s.io/v1']));
  });

  it('turns OpenAPI shapes into JSON Schema: refs re-rooted, structs closed, server formats dropped', () => {
    const converted: JsonSchema = toJsonSchema({
      type: 'object',
      'x-kubernetes-group-version-kind': [],
      properties: { spec: { allOf: [{ $ref: '#/components/schemas/a.B' }], description: 'd' }, n: { type: 'integer', format: 'int32' } },
    });
    expect(converted).toEqual({
      type: 'object',
      properties: { spec: { allOf: [{ $ref: '#/definitions/a.B' }], description: 'd' }, n: { type: 'integer' } },
      additionalProperties: false,
    });
  });

  it('gives hover text from the upstream descriptions', () => {
    const defs = (editorSchema() as { definitions: Record<string, { properties: Record<string, { description?: string }> }> }).definitions;
    expect(defs['io.k8s.api.core.v1.PodSpec']!.properties.restartPolicy!.description).toMatch(/^Restart policy for all containers within the pod/);
  });
});
