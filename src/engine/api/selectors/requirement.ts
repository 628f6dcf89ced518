// One label selector requirement: construction with NewRequirement's validation and messages,
// matching, and String(). Mirrors apimachinery pkg/labels/selector.go (v0.31).
// Deviation from upstream: `==` is kept as `=`; the two differ only in Requirement.String().

import { isLabelValue, isQualifiedName } from '../validation/names.ts';
import { goQuote } from '../../base/go-quote.ts';

export type Operator = '=' | '!=' | 'in' | 'notin' | 'exists' | '!' | 'gt' | 'lt';

export type Requirement =
  | { readonly key: string; readonly op: '=' | '!=' | 'gt' | 'lt'; readonly value: string }
  | { readonly key: string; readonly op: 'in' | 'notin'; readonly values: readonly string[] }
  | { readonly key: string; readonly op: 'exists' | '!' };

export type Labels = Readonly<Record<string, string>> | undefined;

/** A selector that does not parse or validate; the message is upstream's error text. */
export class SelectorError extends Error {
  override readonly name = 'SelectorError';
}

/** field.Invalid(...).Error() for a string value. */
export const invalidValue = (path: string, value: string, detail: string): string =>
  `${path}: Invalid value: ${goQuote(value)}: ${detail}`;

/** `%#v` of a []string, as field.Invalid prints a value set; LabelSelectorAsSelector passes no values as nil. */
const goStringSlice = (values: readonly string[]): string =>
  (values.length === 0 ? '[]string(nil)' : `[]string{${values.map(goQuote).join(', ')}}`);

/** NewRequirement's checks, in its order. The paths are relative: the parser has no root path. */
export function requirementErrors(key: string, op: Operator, values: readonly string[]): string[] {
  const errs: string[] = [];
  const keyErrs = isQualifiedName(key);
  if (keyErrs.length > 0) errs.push(invalidValue('key', key, keyErrs.join('; ')));
  const wrongCount = (detail: string): string => `values: Invalid value: ${goStringSlice(values)}: ${detail}`;
  if ((op === 'in' || op === 'notin') && values.length === 0) errs.push(wrongCount("for 'in', 'notin' operators, values set can't be empty"));
  if ((op === '=' || op === '!=') && values.length !== 1) errs.push(wrongCount('exact-match compatibility requires one single value'));
  if ((op === 'exists' || op === '!') && values.length !== 0) errs.push(wrongCount('values set must be empty for exists and does not exist'));
  if (op === 'gt' || op === 'lt') {
    if (values.length !== 1) errs.push(wrongCount("for 'Gt', 'Lt' operators, exactly one value is required"));
    values.forEach((v, i) => {
      if (parseInt64(v) === undefined) errs.push(invalidValue(`values[${i}]`, v, "for 'Gt', 'Lt' operators, the value must be an integer"));
    });
  }
  values.forEach((v, i) => {
    const valueErrs = isLabelValue(v);
    if (valueErrs.length > 0) errs.push(invalidValue(`values[${i}][${key}]`, v, valueErrs.join('; ')));
  });
  return errs;
}

/** ErrorList.ToAggregate().Error(): duplicates dropped, several messages bracketed. */
export function aggregate(errs: readonly string[]): string {
  const unique = [...new Set(errs)];
  return unique.length === 1 ? unique[0]! : `[${unique.join(', ')}]`;
}

/** NewRequirement: throws the aggregated validation errors. */
export function newRequirement(key: string, op: Operator, values: readonly string[]): Requirement {
  const errs = requirementErrors(key, op, values);
  if (errs.length > 0) throw new SelectorError(aggregate(errs));
  switch (op) {
    case 'in': case 'notin': return { key, op, values };
    case 'exists': case '!': return { key, op };
    default: return { key, op, value: values[0]! };
  }
}

const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;

/** strconv.ParseInt(s, 10, 64); undefined where Go returns an error. */
export function parseInt64(s: string): bigint | undefined {
  if (!/^[+-]?[0-9]+$/.test(s)) return undefined;
  const n = BigInt(s);
  return n < INT64_MIN || n > INT64_MAX ? undefined : n;
}

export function requirementMatches(r: Requirement, labels: Labels): boolean {
  const has = labels !== undefined && Object.hasOwn(labels, r.key);
  const value = has ? labels[r.key]! : '';
  switch (r.op) {
    case '=': return has && value === r.value;
    case '!=': return !has || value !== r.value;
    case 'in': return has && r.values.includes(value);
    case 'notin': return !has || !r.values.includes(value);
    case 'exists': return has;
    case '!': return !has;
    case 'gt': case 'lt': {
      const actual = has ? parseInt64(value) : undefined;
      const wanted = parseInt64(r.value);
      if (actual === undefined || wanted === undefined) return false;
      return r.op === 'gt' ? actual > wanted : actual < wanted;
    }
  }
}

export function matchesRequirements(reqs: readonly Requirement[], labels: Labels): boolean {
  return reqs.every((r) => requirementMatches(r, labels));
}

/** Requirement.String(): set values sorted, `!key` for does-not-exist. */
export function requirementString(r: Requirement): string {
  switch (r.op) {
    case '=': case '!=': return `${r.key}${r.op}${r.value}`;
    case 'gt': return `${r.key}>${r.value}`;
    case 'lt': return `${r.key}<${r.value}`;
    case 'in': case 'notin': return `${r.key} ${r.op} (${[...r.values].sort().join(',')})`;
    case 'exists': return r.key;
    case '!': return `!${r.key}`;
  }
}

/** sort.Sort(ByKey): what Parse and Selector.Add do to requirements. */
export function sortByKey(reqs: readonly Requirement[]): Requirement[] {
  return [...reqs].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
