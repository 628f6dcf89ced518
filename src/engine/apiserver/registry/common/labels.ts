// Label maps and label selectors: validation (apimachinery apis/meta/v1/validation) and the
// LabelSelectorAsSelector semantics controllers rely on (nil selects nothing, {} selects everything).

import type { LabelSelector } from 'kubernetes-types/meta/v1';
import { field, type FieldCause } from '../../../api/errors.ts';
import { labelSelectorMatches } from '../../../api/selectors.ts';
import { isLabelValue, isQualifiedName } from '../../../api/validation/names.ts';

const OPERATORS: ReadonlySet<string> = new Set(['In', 'NotIn', 'Exists', 'DoesNotExist']);

export function validateLabelName(key: string, path: string): FieldCause[] {
  return isQualifiedName(key).map((m) => field.invalid(path, key, m));
}

/** ValidateLabels: every cause is reported on the map's own path. */
export function validateLabels(labels: Readonly<Record<string, string>> | undefined, path: string): FieldCause[] {
  const causes: FieldCause[] = [];
  for (const [k, v] of Object.entries(labels ?? {})) {
    causes.push(...validateLabelName(k, path));
    causes.push(...isLabelValue(String(v)).map((m) => field.invalid(path, v, m)));
  }
  return causes;
}

export function validateLabelSelector(sel: LabelSelector | undefined, path: string): FieldCause[] {
  if (!sel) return [];
  const causes = validateLabels(sel.matchLabels, `${path}.matchLabels`);
  (sel.matchExpressions ?? []).forEach((expr, i) => {
    const p = `${path}.matchExpressions[${i}]`;
    const values = expr.values ?? [];
    if (expr.operator === 'In' || expr.operator === 'NotIn') {
      if (values.length === 0) causes.push(field.required(`${p}.values`, "must be specified when `operator` is 'In' or 'NotIn'"));
    } else if (expr.operator === 'Exists' || expr.operator === 'DoesNotExist') {
      if (values.length > 0) causes.push(field.forbidden(`${p}.values`, "may not be specified when `operator` is 'Exists' or 'DoesNotExist'"));
    } else causes.push(field.invalid(`${p}.operator`, expr.operator, 'not a valid selector operator'));
    causes.push(...validateLabelName(expr.key, `${p}.key`));
    values.forEach((v, j) => causes.push(...isLabelValue(v).map((m) => field.invalid(`${p}.values[${j}]`, v, m))));
  });
  return causes;
}

/** Does LabelSelectorAsSelector succeed (every operator known)? */
export function selectorConvertible(sel: LabelSelector | undefined): boolean {
  return (sel?.matchExpressions ?? []).every((e) => OPERATORS.has(e.operator));
}

/** selector.Matches(labels) after LabelSelectorAsSelector: nil selects nothing. */
export function selectorMatches(sel: LabelSelector | undefined, labels: Readonly<Record<string, string>> | undefined): boolean {
  return labelSelectorMatches(sel, labels);
}

export function isEmptySelector(sel: LabelSelector): boolean {
  return Object.keys(sel.matchLabels ?? {}).length + (sel.matchExpressions ?? []).length === 0;
}
