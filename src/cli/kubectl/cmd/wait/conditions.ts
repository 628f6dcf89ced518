// `kubectl wait --for=…` (pkg/cmd/wait: conditionFuncFor, condition.go, json.go): the value parsed into
// what to wait for, and the checks of a status condition or a JSONPath value against one object.

import { goQuote, type KubeObject } from '../../../../engine/index.ts';
import { KubectlError } from '../../command.ts';
import { relaxedJsonPath } from '../../printers/custom-columns.ts';
import { JsonPathError } from '../../printers/jsonpath/nodes.ts';
import { compileJsonPath, findJsonPathResults, printValue, type JsonPathTemplate } from '../../printers/jsonpath/template.ts';
import { GoFloat } from '../../printers/jsonpath/values.ts';

export const ERR_UNRECOGNIZED_CONDITION = (condition: string): string => `unrecognized condition: ${goQuote(condition)}`;
export const ERR_JSONPATH_FORMAT = "jsonpath wait format must be --for=jsonpath='{.status.readyReplicas}'=3 or --for=jsonpath='{.status.readyReplicas}'";
export const ERR_JSONPATH_NO_VALUE = "jsonpath wait has to have a value after equal sign, like --for=jsonpath='{.status.readyReplicas}'=3";
export const ERR_JSONPATH_EMPTY = 'jsonpath expression cannot be empty';
export const ERR_MORE_THAN_ONE_LIST = 'given jsonpath expression matches more than one list';
export const ERR_MORE_THAN_ONE_VALUE = 'given jsonpath expression matches more than one value';
export const ERR_NESTED_VALUE = 'jsonpath leads to a nested object or list which is not supported';

/** What `--for` asks: the object gone, the object there, or a check of the object's content. */
export type WaitFor =
  | { readonly kind: 'delete' }
  | { readonly kind: 'create' }
  | { readonly kind: 'check'; readonly met: (obj: KubeObject) => boolean };

export function parseWaitFor(condition: string): WaitFor {
  const lower = condition.toLowerCase();
  if (lower === 'delete') return { kind: 'delete' };
  if (lower === 'create') return { kind: 'create' };
  if (condition.startsWith('condition=')) {
    const spec = condition.slice('condition='.length);
    const eq = spec.indexOf('=');
    const name = eq < 0 ? spec : spec.slice(0, eq);
    const status = eq < 0 ? 'true' : spec.slice(eq + 1);
    return { kind: 'check', met: (obj) => conditionMet(obj, name, status) };
  }
  if (condition.startsWith('jsonpath=')) return jsonPathWait(condition.slice('jsonpath='.length));
  throw new KubectlError(ERR_UNRECOGNIZED_CONDITION(condition));
}

/** strings.EqualFold, close enough for condition types and statuses. */
function equalFold(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/** ConditionalWait.checkCondition: the first condition of that type decides; a stale one does not count. */
export function conditionMet(obj: KubeObject, name: string, status: string): boolean {
  const st = record(obj.status);
  const conditions = st?.conditions;
  if (!Array.isArray(conditions)) return false;
  for (const c of conditions) {
    const condition = record(c);
    if (typeof condition?.type !== 'string' || !equalFold(condition.type, name)) continue;
    if (typeof condition.status !== 'string') continue;
    const generation = obj.metadata.generation;
    const observed = typeof condition.observedGeneration === 'number' ? condition.observedGeneration : st?.observedGeneration;
    if (typeof generation === 'number' && typeof observed === 'number' && observed < generation) return false;
    return equalFold(condition.status, status);
  }
  return false;
}

function record(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? value as Record<string, unknown> : undefined;
}

/** processJSONPathInput + newJSONPathParser: `{.status.phase}=Running`, or an expression alone (any value). */
function jsonPathWait(input: string): WaitFor {
  const parts = splitJsonPathInput(input);
  if (parts.length > 2) throw new KubectlError(ERR_JSONPATH_FORMAT);
  const expression = relaxedJsonPath(parts[0]!);
  const expected = parts.length === 2 ? trimQuotes(parts[1]!) : undefined;
  if (expected === '') throw new KubectlError(ERR_JSONPATH_NO_VALUE);
  if (expression === '') throw new KubectlError(ERR_JSONPATH_EMPTY);
  const template = jsonPathCall(() => compileJsonPath(expression));
  return { kind: 'check', met: (obj) => jsonPathMet(template, obj, expected) };
}

/** Splits on single `=`; `==` (a filter's comparison) stays in the element. */
export function splitJsonPathInput(input: string): string[] {
  const out: string[] = [];
  let element = '';
  for (let i = 0; i < input.length; i++) {
    if (input[i] !== '=') {
      element += input[i];
    } else if (input[i + 1] === '=') {
      element += '==';
      i++;
    } else {
      out.push(element);
      element = '';
    }
  }
  out.push(element);
  return out;
}

function trimQuotes(s: string): string {
  return s.replace(/^['"]+|['"]+$/g, '');
}

function jsonPathCall<T>(fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof JsonPathError) throw new KubectlError(e.message);
    throw e;
  }
}

/** JSONPathWait.checkCondition: one value, compared as fmt prints it; nothing found is not met. */
function jsonPathMet(template: JsonPathTemplate, obj: KubeObject, expected: string | undefined): boolean {
  const results = jsonPathCall(() => findJsonPathResults(template, obj, true));
  if (results.length === 0 || results[0]!.length === 0) return false;
  if (results.length > 1) throw new KubectlError(ERR_MORE_THAN_ONE_LIST);
  if (results[0]!.length > 1) throw new KubectlError(ERR_MORE_THAN_ONE_VALUE);
  if (expected === undefined) return true;
  const value = results[0]![0];
  if (value !== null && typeof value === 'object' && !(value instanceof GoFloat)) throw new KubectlError(ERR_NESTED_VALUE);
  return printValue(value).trim() === expected.trim();
}
