// `kubectl explain` output from an OpenAPI v3 document: a port of kubectl v1.31's
// pkg/explain/v2/templates/plaintext.tmpl (output, fieldList, fieldDetail, description, typeGuess, extractEnum).
// Pure: the caller resolves the resource to group/version/kind and fetches the document.

import { indent, wrap } from './wrap.ts';

type Schema = { readonly [key: string]: unknown };
export interface ExplainDocument {
  readonly components: { readonly schemas: Readonly<Record<string, Schema>> };
}
export interface ExplainTarget {
  readonly group: string;
  readonly version: string;
  readonly kind: string;
}
export type ExplainResult =
  | { ok: true; text: string }
  /** `text` is what kubectl has already written to stdout (the header) when the template fails. */
  | { ok: false; text: string; error: string };

/** Ref names already followed on the current path; a repeat is a cycle and prints nothing. */
type History = ReadonlySet<string>;

export function fieldDoesNotExist(field: string): string {
  return `error: field "${field}" does not exist`;
}

export function explain(fieldPath: readonly string[], opts: { recursive: boolean }, target: ExplainTarget,
  document: ExplainDocument): ExplainResult {
  const header = `${target.group ? `GROUP:      ${target.group}\n` : ''}KIND:       ${target.kind}\nVERSION:    ${target.version}\n\n`;
  const root = rootSchema(document, target);
  if (!root) return { ok: false, text: header, error: `error: GVK map[group:${target.group} kind:${target.kind} version:${target.version}] not found in OpenAPI schema` };
  const body = new Renderer(document, opts.recursive).output(root, fieldPath, new Set());
  if (body === '') return { ok: false, text: header, error: fieldDoesNotExist(fieldPath[fieldPath.length - 1]!) };
  return { ok: true, text: `${header}${body}\n` };
}

/** The schema whose x-kubernetes-group-version-kind names the target (Go ranges over sorted keys). */
function rootSchema(document: ExplainDocument, target: ExplainTarget): Schema | undefined {
  const schemas = document.components.schemas;
  for (const name of Object.keys(schemas).sort(byCodeUnit)) {
    const gvks = schemas[name]!['x-kubernetes-group-version-kind'];
    if (Array.isArray(gvks) && gvks.some((g: ExplainTarget) => g.group === target.group && g.version === target.version && g.kind === target.kind)) {
      return schemas[name];
    }
  }
  return undefined;
}

class Renderer {
  constructor(private readonly document: ExplainDocument, private readonly recursive: boolean) {}

  /** Follows the field path, then prints FIELD, DESCRIPTION and FIELDS; '' when the path leads nowhere. */
  output(schema: Schema, fieldPath: readonly string[], history: History): string {
    const ref = refOf(schema);
    const next = withRef(history, ref);
    const resolved = this.resolve(ref) ?? schema;
    if (fieldPath.length === 0) {
      const description = wrap(76, this.description(resolved) || '<empty>');
      const fields = this.fieldList(resolved, 1, undefined);
      return `DESCRIPTION:\n${indent(4, description)}\n${fields ? `FIELDS:\n${fields}` : ''}`;
    }
    if (ref && history.has(ref)) return '';
    const [first, ...rest] = fieldPath as [string, ...string[]];
    const property = propertiesOf(resolved)?.[first];
    if (property) {
      const heading = rest.length === 0 ? `FIELD: ${first} <${this.typeGuess(property)}>\n${this.longEnum(property)}\n\n` : '';
      return heading + this.output(property, rest, new Set());
    }
    const items = objectAt(resolved, 'items');
    if (items) return this.output(items, fieldPath, next);
    const additional = objectAt(resolved, 'additionalProperties');
    if (additional) return this.output(additional, fieldPath, next);
    for (const alternative of allOf(resolved)) {
      const out = this.output(alternative, fieldPath, next);
      if (out) return out;
    }
    return '';
  }

  private fieldList(schema: Schema, level: number, history: History | undefined): string {
    const ref = refOf(schema);
    if (ref && history?.has(ref)) return '';
    const next = withRef(history ?? new Set(), ref);
    const resolved = this.resolve(ref) ?? schema;
    let out = '';
    const properties = propertiesOf(resolved) ?? {};
    for (const name of Object.keys(properties).sort(byCodeUnit)) {
      out += this.fieldDetail(name, resolved, level);
      if (this.recursive) out += this.fieldList(properties[name]!, level + 1, next);
    }
    for (const alternative of allOf(resolved)) out += this.fieldList(alternative, level, next);
    const items = objectAt(resolved, 'items');
    if (items) out += this.fieldList(items, level, next);
    const additional = objectAt(resolved, 'additionalProperties');
    if (additional) out += this.fieldList(additional, level, next);
    return out;
  }

  private fieldDetail(name: string, parent: Schema, level: number): string {
    const indentAmount = level * 2;
    const field = propertiesOf(parent)![name]!;
    const required = Array.isArray(parent.required) && parent.required.includes(name) ? ' -required-' : '';
    let out = `${indent(indentAmount, name)}\t<${this.typeGuess(field)}>${required}${shortEnum(field, indentAmount)}\n`;
    if (!this.recursive) {
      const description = typeof field.description === 'string' && field.description ? field.description : '<no description>';
      out += `${indent(indentAmount + 2, wrap(78 - indentAmount, description))}\n\n`;
    }
    return out;
  }

  /** The schema's description and those of the schemas it stands for (allOf, items, map values). */
  private description(schema: Schema): string {
    const s = this.resolve(refOf(schema)) ?? schema;
    let out = typeof s.description === 'string' && s.description ? `${s.description}\n` : '';
    for (const alternative of allOf(s)) out += this.description(alternative);
    const items = objectAt(s, 'items');
    if (items) out += this.description(items);
    const additional = objectAt(s, 'additionalProperties');
    if (additional) out += this.description(additional);
    return out;
  }

  /** `string`, `[]Container`, `map[string]string`, `PodSpec`, `Object`: kubectl's guess at a type name. */
  private typeGuess(schema: Schema): string {
    const items = objectAt(schema, 'items');
    if (items) return `[]${this.typeGuess(items)}`;
    const additional = objectAt(schema, 'additionalProperties');
    if (additional) return `map[string]${this.typeGuess(additional)}`;
    const alternatives = allOf(schema);
    if (alternatives.length === 1 && !propertiesOf(schema)) return this.typeGuess(alternatives[0]!);
    const ref = refOf(schema);
    if (ref) {
      const target = this.resolve(ref);
      if (!target || !target.type || target.type === 'object') return ref.slice(ref.lastIndexOf('/') + 1).split('.').pop() || 'Object';
      return String(target.type);
    }
    return schema.type === 'object' || !schema.type ? 'Object' : String(schema.type);
  }

  private longEnum(schema: Schema): string {
    const values = enumOf(schema);
    return values ? `ENUM:${values.map((v) => `\n    ${v}`).join('')}` : '';
  }

  private resolve(ref: string): Schema | undefined {
    const prefix = '#/components/schemas/';
    return ref.startsWith(prefix) ? this.document.components.schemas[ref.slice(prefix.length)] : undefined;
  }
}

/** The one-line enum of the field list: at most four values, then `, ....`. */
function shortEnum(schema: Schema, indentAmount: number): string {
  const values = enumOf(schema);
  if (!values) return '';
  const shown = values.length > 4 ? `${values.slice(0, 4).join(', ')}, ....` : values.join(', ');
  return `\n${' '.repeat(indentAmount)}enum: ${shown}`;
}

function enumOf(schema: Schema): string[] | undefined {
  const values = schema.enum;
  if (!Array.isArray(values) || values.length === 0) return undefined;
  return values.map((v) => (v === '' ? '""' : String(v)));
}

function refOf(schema: Schema): string {
  return typeof schema.$ref === 'string' ? schema.$ref : '';
}

function withRef(history: History, ref: string): History {
  return ref ? new Set([...history, ref]) : history;
}

function propertiesOf(schema: Schema): Record<string, Schema> | undefined {
  const properties = objectAt(schema, 'properties') as Record<string, Schema> | undefined;
  return properties && Object.keys(properties).length > 0 ? properties : undefined;
}

/** A non-empty object member (Go templates treat empty maps and booleans as absent). */
function objectAt(schema: Schema, key: string): Schema | undefined {
  const value = schema[key];
  return value !== null && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length > 0 ? value as Schema : undefined;
}

function allOf(schema: Schema): Schema[] {
  return Array.isArray(schema.allOf) ? schema.allOf as Schema[] : [];
}

function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
