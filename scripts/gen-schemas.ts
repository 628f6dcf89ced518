// Generates the field schemas behind strict decoding and `kubectl explain`: reads the kubernetes-types
// .d.ts files with the TypeScript compiler API, walks every definition reachable from the kinds registry,
// applies the Go facts in src/engine/api/schema/go-facts.json (int64, named Go types, enums, 1.31 fields),
// and writes src/engine/api/schema/generated/{types,descriptions}.json. Run: npx tsx scripts/gen-schemas.ts

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import ts from 'typescript';
import { RESOURCES } from '../src/engine/api/kinds.ts';
import type { DefinitionJson, FieldJson, ScalarKind } from '../src/engine/api/schema/model.ts';

type AddedField = [descriptor: string, description: string, required: boolean];
interface GoFacts {
  goTypes: Record<string, string>;
  enums: Record<string, Array<[value: string, comment: string]>>;
  addedFields: Record<string, Record<string, AddedField>>;
  removedFields: string[];
  addedDefinitions: Record<string, { doc: string; fields: Record<string, AddedField> }>;
}

const SCHEMA_DIR = join(import.meta.dirname, '../src/engine/api/schema');
const TYPES_ROOT = dirname(createRequire(import.meta.url).resolve('kubernetes-types/package.json'));
const FACTS = JSON.parse(readFileSync(join(SCHEMA_DIR, 'go-facts.json'), 'utf8')) as GoFacts;

const INT_OR_STRING = 'io.k8s.apimachinery.pkg.util.intstr.IntOrString';
/** kubernetes-types inlines IntOrString as `number | string`, so its doc comment (apimachinery intstr.go) lives here. */
const INT_OR_STRING_DESCRIPTION = 'IntOrString is a type that can hold an int32 or a string.  When used in JSON or YAML marshalling and unmarshalling, it produces or consumes the inner type.  This allows you to have, for example, a JSON field that can accept a name or number.';

/** Definitions with custom JSON decoding upstream: their scalar kind (see ScalarKind in schema/model.ts). */
const SCALAR_DEFS: Record<string, ScalarKind> = {
  'io.k8s.apimachinery.pkg.api.resource.Quantity': 'quantity',
  'io.k8s.apimachinery.pkg.apis.meta.v1.Time': 'time',
  'io.k8s.apimachinery.pkg.apis.meta.v1.MicroTime': 'time',
  [INT_OR_STRING]: 'int-or-string',
  'io.k8s.apimachinery.pkg.runtime.RawExtension': 'object',
  'io.k8s.apimachinery.pkg.apis.meta.v1.FieldsV1': 'object',
  'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.JSON': 'any',
  'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.JSONSchemaPropsOrArray': 'any',
  'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.JSONSchemaPropsOrBool': 'any',
  'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.JSONSchemaPropsOrStringArray': 'any',
};

/** kubernetes-types file (`core/v1`) → OpenAPI definition prefix, so names read as upstream's do. */
function openApiPrefix(file: string): string {
  const [folder, version] = file.split('/');
  switch (folder) {
    case 'meta': return `io.k8s.apimachinery.pkg.apis.meta.${version}`;
    case 'api': return `io.k8s.apimachinery.pkg.api.${version}`;
    case 'runtime': return 'io.k8s.apimachinery.pkg.runtime';
    case 'apiextensions': return `io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.${version}`;
    default: return `io.k8s.api.${folder}.${version}`;
  }
}

/** API group → kubernetes-types file: core for the legacy group, else the group's first label. */
function typesFileOf(group: string, version: string): string {
  return join(TYPES_ROOT, `${group === '' ? 'core' : group.split('.')[0]}/${version}.d.ts`);
}

/** `core.v1.PodSpec.restartPolicy`: the key go-facts.json uses (package, version, type, field). */
function factKey(def: string, field: string): string {
  return `${def.split('.').slice(-3).join('.')}.${field}`;
}

class SchemaWalker {
  readonly defs = new Map<string, DefinitionJson>();
  readonly docs = new Map<string, Record<string, string>>();
  private readonly queue: ts.Declaration[] = [];
  private readonly queued = new Set<ts.Declaration>();

  constructor(private readonly checker: ts.TypeChecker) {}

  enqueue(decl: ts.Declaration): string {
    if (!this.queued.has(decl)) {
      this.queued.add(decl);
      this.queue.push(decl);
    }
    return this.nameOf(decl);
  }

  drain(): void {
    for (let i = 0; i < this.queue.length; i++) this.visit(this.queue[i]!);
  }

  private nameOf(decl: ts.Declaration): string {
    const file = relative(TYPES_ROOT, decl.getSourceFile().fileName).replace(/\.d\.ts$/, '');
    return `${openApiPrefix(file)}.${(decl as ts.InterfaceDeclaration | ts.TypeAliasDeclaration).name.text}`;
  }

  private documentation(node: ts.NamedDeclaration): string {
    const symbol = this.checker.getSymbolAtLocation(node.name!);
    return symbol ? ts.displayPartsToString(symbol.getDocumentationComment(this.checker)) : '';
  }

  private visit(decl: ts.Declaration): void {
    const name = this.nameOf(decl);
    const doc: Record<string, string> = { '': this.documentation(decl as ts.NamedDeclaration) };
    this.docs.set(name, doc);
    const scalar = SCALAR_DEFS[name];
    if (scalar) {
      this.defs.set(name, { s: scalar });
      return;
    }
    if (!ts.isInterfaceDeclaration(decl)) throw new Error(`unexpected declaration ${name}`);
    const fields: Record<string, FieldJson> = {};
    const required: string[] = [];
    for (const member of decl.members) {
      if (!ts.isPropertySignature(member) || !member.type) continue;
      const field = (member.name as ts.Identifier | ts.StringLiteral).text;
      fields[field] = this.describe(member.type);
      if (!member.questionToken) required.push(field);
      const text = this.documentation(member);
      if (text) doc[field] = text;
    }
    this.defs.set(name, { f: fields, ...(required.length ? { r: required } : {}) });
  }

  /** The compact descriptor of a member's type (grammar in schema/model.ts). */
  private describe(node: ts.TypeNode): string {
    if (node.kind === ts.SyntaxKind.StringKeyword || ts.isLiteralTypeNode(node)) return 'string';
    if (node.kind === ts.SyntaxKind.NumberKeyword) return 'integer';
    if (node.kind === ts.SyntaxKind.BooleanKeyword) return 'boolean';
    if (ts.isArrayTypeNode(node)) return `[]${this.describe(node.elementType)}`;
    if (ts.isUnionTypeNode(node) && node.types.every((t) => t.kind === ts.SyntaxKind.NumberKeyword || t.kind === ts.SyntaxKind.StringKeyword)) {
      return `@${INT_OR_STRING}`;
    }
    if (ts.isTypeLiteralNode(node) && node.members[0] && ts.isIndexSignatureDeclaration(node.members[0])) {
      return `{}${this.describe(node.members[0].type)}`;
    }
    if (ts.isTypeReferenceNode(node)) {
      if (ts.isIdentifier(node.typeName) && node.typeName.text === 'Array') return `[]${this.describe(node.typeArguments![0]!)}`;
      let symbol = this.checker.getSymbolAtLocation(node.typeName);
      if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = this.checker.getAliasedSymbol(symbol);
      const decl = symbol?.declarations?.[0];
      if (decl) return `@${this.enqueue(decl)}`;
    }
    throw new Error(`unsupported type ${node.getText()} in ${node.getSourceFile().fileName}`);
  }
}

/** Adds what kubernetes-types lacks: 1.31 definitions and fields, and fields its generator dropped. */
function applyAdditions(defs: Map<string, DefinitionJson>, docs: Map<string, Record<string, string>>): void {
  const add = (def: string, fields: Record<string, AddedField>): void => {
    const target = structOf(defs, def);
    const doc = docs.get(def)!;
    for (const [field, [descriptor, description, required]] of Object.entries(fields)) {
      target.f[field] = descriptor;
      if (description) doc[field] = description;
      if (required) target.r = [...(target.r ?? []), field];
    }
  };
  for (const [def, { doc, fields }] of Object.entries(FACTS.addedDefinitions)) {
    defs.set(def, { f: {} });
    docs.set(def, { '': doc });
    add(def, fields);
  }
  for (const [def, fields] of Object.entries(FACTS.addedFields)) add(def, fields);
  for (const path of FACTS.removedFields) {
    const dot = path.lastIndexOf('.');
    delete structOf(defs, path.slice(0, dot)).f[path.slice(dot + 1)];
    delete docs.get(path.slice(0, dot))![path.slice(dot + 1)];
  }
}

function structOf(defs: Map<string, DefinitionJson>, name: string): { f: Record<string, FieldJson>; r?: string[] } {
  const def = defs.get(name);
  if (!def || !('f' in def)) throw new Error(`go-facts.json names ${name}, which is not a struct definition`);
  return def;
}

/** Applies the Go field types (int64, []byte, named types) and enums; appends upstream's enum paragraph. */
function applyGoTypes(defs: Map<string, DefinitionJson>, docs: Map<string, Record<string, string>>): void {
  for (const [def, definition] of defs) {
    if (!('f' in definition)) continue;
    for (const [field, descriptor] of Object.entries(definition.f)) {
      const go = FACTS.goTypes[factKey(def, field)];
      if (go === undefined || typeof descriptor !== 'string') continue;
      if (go === 'int64' || go === 'float64') definition.f[field] = descriptor.replace('integer', go === 'int64' ? 'int64' : 'number');
      else if (go === '[]uint8' || go === 'map[string][]uint8') definition.f[field] = descriptor.replace(/string$/, 'bytes');
      else definition.f[field] = namedTypeField(descriptor, go, docs.get(def)!, field);
    }
  }
}

/** Go's reflect name drops the group: `[]core.v1.Capability` → `[]v1.Capability`. */
function reflectName(go: string): string {
  return go.replace(/\b[a-z]+\.(v\d\w*)\./g, '$1.');
}

/** A field of a named Go type; an enum type also lists its values and gets kube-openapi's paragraph. */
function namedTypeField(descriptor: string, go: string, doc: Record<string, string>, field: string): FieldJson {
  const values = FACTS.enums[go];
  if (!values) return { t: descriptor, go: reflectName(go) };
  const lines = values.map(([value, comment]) => ` - \`${JSON.stringify(value)}\`${comment ? ` ${comment}` : ''}`);
  doc[field] = `${doc[field] ?? ''}\n\nPossible enum values:\n${lines.join('\n')}`;
  return { t: descriptor, go: reflectName(go), enum: values.map(([value]) => value).sort() };
}

function main(): void {
  const files = [...new Set(RESOURCES.map((r) => typesFileOf(r.group, r.version)))].filter((f) => ts.sys.fileExists(f));
  const program = ts.createProgram(files, { noEmit: true, skipLibCheck: true });
  const walker = new SchemaWalker(program.getTypeChecker());
  const kinds: Record<string, string> = {};
  for (const r of RESOURCES) {
    const key = `${r.group === '' ? '' : `${r.group}/`}${r.version}/${r.kind}`;
    const decl = program.getSourceFile(typesFileOf(r.group, r.version))?.statements
      .find((s): s is ts.InterfaceDeclaration => ts.isInterfaceDeclaration(s) && s.name.text === r.kind);
    const added = Object.keys(FACTS.addedDefinitions).find((d) => d.endsWith(`.${r.group.split('.')[0]}.${r.version}.${r.kind}`));
    if (!decl && !added) throw new Error(`no schema for ${key}`);
    kinds[key] = decl ? walker.enqueue(decl) : added!;
  }
  walker.drain();
  walker.defs.set(INT_OR_STRING, { s: 'int-or-string' });
  walker.docs.set(INT_OR_STRING, { '': INT_OR_STRING_DESCRIPTION });
  applyAdditions(walker.defs, walker.docs);
  applyGoTypes(walker.defs, walker.docs);
  const sorted = <T>(entries: Iterable<[string, T]>): Record<string, T> => Object.fromEntries([...entries].sort(([a], [b]) => (a < b ? -1 : 1)));
  const defs = [...walker.defs].map(([name, def]): [string, DefinitionJson] => [name, 'f' in def ? { ...def, f: sorted(Object.entries(def.f)) } : def]);
  const outDir = join(SCHEMA_DIR, 'generated');
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'types.json'), `${JSON.stringify({ kinds, defs: sorted(defs) })}\n`);
  writeFileSync(join(outDir, 'descriptions.json'), `${JSON.stringify(sorted(walker.docs))}\n`);
  process.stdout.write(`${walker.defs.size} definitions, ${Object.keys(kinds).length} kinds\n`);
}

main();
