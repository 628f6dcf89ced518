// The JSONPath template API kubectl's printers use: parse once, then execute against objects and
// print each result group as client-go's PrintResults does (scalars as text, maps and lists as
// compact JSON, space-separated; or one indented JSON array per group for jsonpath-as-json).

import { goJson, goNumber } from '../go-format.ts';
import { JsonPathEvaluator } from './evaluate.ts';
import type { ListNode } from './nodes.ts';
import { parseJsonPath } from './parser.ts';
import { GoFloat, plainValue } from './values.ts';

export interface JsonPathTemplate {
  readonly raw: string;
  readonly root: ListNode;
}

export interface JsonPathOptions {
  readonly allowMissingKeys: boolean;
  /** jsonpath-as-json: each result group printed as an indented JSON array. */
  readonly outputJson?: boolean;
}

/** Parses a template; throws JsonPathError with client-go's message. */
export function compileJsonPath(raw: string): JsonPathTemplate {
  return { raw, root: parseJsonPath(raw) };
}

export function findJsonPathResults(template: JsonPathTemplate, data: unknown, allowMissingKeys: boolean): unknown[][] {
  return new JsonPathEvaluator(allowMissingKeys).findResults(data, template.root.nodes);
}

/** Executes and prints; throws JsonPathError when evaluation fails. */
export function executeJsonPath(template: JsonPathTemplate, data: unknown, opts: JsonPathOptions): string {
  return findJsonPathResults(template, data, opts.allowMissingKeys).map((group) => printGroup(group, opts.outputJson === true)).join('');
}

function printGroup(group: unknown[], outputJson: boolean): string {
  if (outputJson) return `${goJson(group.map(plainValue), '    ')}\n`;
  return group.map(printValue).join(' ');
}

/** One result as text: compact JSON for maps and lists, fmt.Print for scalars. */
export function printValue(value: unknown): string {
  if (value instanceof GoFloat) return value.toString();
  if (value === null || value === undefined) return '<nil>';
  if (typeof value === 'object') return goJson(value);
  if (typeof value === 'number') return goNumber(value);
  return String(value);
}
