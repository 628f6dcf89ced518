// `-o custom-columns=NAME:.metadata.name,...` (kubectl get/customcolumn.go): a header of the given
// names and one row per object, each cell the JSONPath results joined by `,`, `<none>` when empty.

import type { KubeObject } from '../../../engine/index.ts';
import { KubectlError } from '../command.ts';
import { escapeTerminal, goSprint } from './go-format.ts';
import { compileJsonPath, findJsonPathResults, type JsonPathTemplate } from './jsonpath/template.ts';
import { JsonPathError } from './jsonpath/nodes.ts';
import { plainValue } from './jsonpath/values.ts';
import type { TabWriter } from './tabwriter.ts';
import { ERR_CUSTOM_COLUMNS_SPEC, ERR_NO_CUSTOM_COLUMNS, ERR_TEMPLATE_MISMATCH, ERR_TEMPLATE_NO_HEADER, ERR_TEMPLATE_NO_SPEC, ERR_UNEXPECTED_PATH } from './errors.ts';

const RELAXED = /^\{\.?([^{}]+)\}$|^\.?([^{}]+)$/;

export interface CustomColumn {
  readonly header: string;
  /** The field spec as a full JSONPath template (`{.metadata.name}`). */
  readonly fieldSpec: string;
}

/** RelaxedJSONPathExpression: `metadata.name`, `.metadata.name`, `{metadata.name}` → `{.metadata.name}`. */
export function relaxedJsonPath(expression: string): string {
  if (expression === '') return expression;
  const m = RELAXED.exec(expression);
  if (!m) throw new KubectlError(ERR_UNEXPECTED_PATH);
  return `{.${m[1] ?? m[2]!}}`;
}

export function parseCustomColumnsSpec(spec: string): CustomColumn[] {
  if (spec === '') throw new KubectlError(ERR_NO_CUSTOM_COLUMNS);
  return spec.split(',').map((part) => {
    const colon = part.indexOf(':');
    if (colon < 0) throw new KubectlError(ERR_CUSTOM_COLUMNS_SPEC(part));
    return { header: part.slice(0, colon), fieldSpec: relaxedJsonPath(part.slice(colon + 1)) };
  });
}

/** custom-columns-file: a line of headers and a line of field specs, whitespace separated. */
export function parseCustomColumnsTemplate(text: string): CustomColumn[] {
  const lines = text.split('\n');
  const headers = (lines[0] ?? '').split(/\s+/).filter((s) => s !== '');
  if (lines.length < 1 || lines[0] === undefined) throw new KubectlError(ERR_TEMPLATE_NO_HEADER);
  if (lines[1] === undefined) throw new KubectlError(ERR_TEMPLATE_NO_SPEC);
  const specs = lines[1].split(/\s+/).filter((s) => s !== '');
  if (headers.length !== specs.length) throw new KubectlError(ERR_TEMPLATE_MISMATCH(headers.length, specs.length));
  return headers.map((header, i) => ({ header, fieldSpec: relaxedJsonPath(specs[i]!) }));
}

export class CustomColumnsPrinter {
  private printedHeader = false;

  constructor(private readonly columns: readonly CustomColumn[], private readonly noHeaders: boolean) {}

  /** Prints one object, or every item of a List. */
  print(obj: KubeObject, w: TabWriter): void {
    if (!this.noHeaders && !this.printedHeader) {
      w.write(`${this.columns.map((c) => c.header).join('\t')}\n`);
      this.printedHeader = true;
    }
    const templates = this.columns.map((c) => compile(c.fieldSpec));
    const items = Array.isArray(obj.items) && typeof obj.kind === 'string' && obj.kind.endsWith('List') ? obj.items as KubeObject[] : [obj];
    for (const item of items) w.write(`${templates.map((t) => cellOf(t, item)).join('\t')}\n`);
  }
}

function compile(spec: string): JsonPathTemplate {
  try {
    return compileJsonPath(spec);
  } catch (e) {
    if (e instanceof JsonPathError) throw new KubectlError(e.message);
    throw e;
  }
}

function cellOf(template: JsonPathTemplate, obj: KubeObject): string {
  let groups: unknown[][];
  try {
    groups = findJsonPathResults(template, obj, true);
  } catch (e) {
    if (e instanceof JsonPathError) throw new KubectlError(e.message);
    throw e;
  }
  const values: string[] = groups.length === 0 || groups[0]!.length === 0 ? ['<none>'] : [];
  for (const group of groups) for (const v of group) values.push(escapeTerminal(goSprint(plainValue(v))));
  return values.join(',');
}
