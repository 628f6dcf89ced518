// Field causes whose value is printed the way Go's `%#v` prints structs, nil maps and pointers
// (field.Error.ErrorBody falls back to %#v for anything that is not a string, number or bool).
// Use these when api/errors.ts `field.*` would print JSON instead of the Go text.

import type { FieldCause } from '../../../api/errors.ts';

export function invalidRaw(path: string, goText: string, detail: string): FieldCause {
  return { reason: 'FieldValueInvalid', field: path, message: `Invalid value: ${goText}${detail ? `: ${detail}` : ''}` };
}

export function notSupportedRaw(path: string, goText: string, supported: readonly string[]): FieldCause {
  const list = supported.map((s) => `"${s}"`).join(', ');
  return { reason: 'FieldValueNotSupported', field: path, message: `Unsupported value: ${goText}: supported values: ${list}` };
}

export function duplicateRaw(path: string, goText: string, detail = ''): FieldCause {
  return { reason: 'FieldValueDuplicate', field: path, message: `Duplicate value: ${goText}${detail ? `: ${detail}` : ''}` };
}

export function notFoundDetail(path: string, value: string, detail: string): FieldCause {
  return { reason: 'FieldValueNotFound', field: path, message: `Not found: ${JSON.stringify(value)}: ${detail}` };
}

export function goString(value: string): string {
  return JSON.stringify(value);
}

/** `map[string]string{"a":"b"}`, or `map[string]string(nil)` for an absent map. */
export function goStringMap(map: Readonly<Record<string, string>> | undefined | null): string {
  if (!map) return 'map[string]string(nil)';
  const keys = Object.keys(map).sort();
  return `map[string]string{${keys.map((k) => `${goString(k)}:${goString(map[k]!)}`).join(', ')}}`;
}

export function goStringSlice(values: readonly string[] | undefined | null): string {
  if (!values) return '[]string(nil)';
  return `[]string{${values.map(goString).join(', ')}}`;
}

interface SelectorLike {
  readonly matchLabels?: Readonly<Record<string, string>>;
  readonly matchExpressions?: ReadonlyArray<{ key: string; operator: string; values?: readonly string[] }>;
}

/** `v1.LabelSelector{MatchLabels:…, MatchExpressions:…}` as field errors print a selector. */
export function goLabelSelector(sel: SelectorLike | undefined | null): string {
  if (!sel) return 'null';
  const exprs = sel.matchExpressions
    ? `[]v1.LabelSelectorRequirement{${sel.matchExpressions.map((e) =>
      `v1.LabelSelectorRequirement{Key:${goString(e.key)}, Operator:${goString(e.operator)}, Values:${goStringSlice(e.values)}}`).join(', ')}}`
    : '[]v1.LabelSelectorRequirement(nil)';
  return `v1.LabelSelector{MatchLabels:${goStringMap(sel.matchLabels)}, MatchExpressions:${exprs}}`;
}

/** intstr.IntOrString as %#v prints it (Type 0 = Int, 1 = String). */
export function goIntOrString(value: number | string | undefined): string {
  if (typeof value === 'string') return `intstr.IntOrString{Type:1, IntVal:0, StrVal:${goString(value)}}`;
  return `intstr.IntOrString{Type:0, IntVal:${value ?? 0}, StrVal:""}`;
}

/** A typed nil pointer as %#v prints it, e.g. `(*apps.RollingUpdateDeployment)(nil)`. */
export function goNilPointer(type: string): string {
  return `(*${type})(nil)`;
}

/**
 * A non-nil pointer inside a %#v struct dump. Deviation from upstream: Go prints the heap address
 * (different on every run); we print a fixed one so output stays deterministic.
 */
export function goPointer(type: string): string {
  return `(*${type})(0xc000a1c2d0)`;
}
