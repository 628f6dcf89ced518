// metav1.LabelSelector as requirements: LabelSelectorAsSelector (nil selects nothing, {} selects
// everything) and FormatLabelSelector, as printed by `get -o wide` and `describe`.
// Mirrors apimachinery pkg/apis/meta/v1/helpers.go (v0.31).

import type { LabelSelector } from 'kubernetes-types/meta/v1';
import {
  matchesRequirements, requirementErrors, requirementString, sortByKey, type Labels, type Operator, type Requirement,
} from './requirement.ts';

const EXPRESSION_OPERATORS: Readonly<Record<string, Operator>> = { In: 'in', NotIn: 'notin', Exists: 'exists', DoesNotExist: '!' };

interface Term {
  readonly key: string;
  readonly op: Operator;
  readonly values: readonly string[];
}

/** matchLabels, then matchExpressions; undefined for an operator LabelSelectorAsSelector rejects. */
function terms(sel: LabelSelector): Term[] | undefined {
  const out: Term[] = Object.entries(sel.matchLabels ?? {}).map(([key, value]) => ({ key, op: '=', values: [value] }));
  for (const e of sel.matchExpressions ?? []) {
    const op = EXPRESSION_OPERATORS[e.operator];
    if (op === undefined) return undefined;
    out.push({ key: e.key, op, values: e.values ?? [] });
  }
  return out;
}

function toRequirement({ key, op, values }: Term): Requirement {
  switch (op) {
    case 'in': case 'notin': return { key, op, values };
    case 'exists': case '!': return { key, op };
    default: return { key, op: '=', value: values[0]! };
  }
}

/**
 * Whether `labels` match. An unknown operator matches nothing, as the conversion error makes
 * controllers skip the selector. Keys and values are not re-validated: the API did that on write.
 */
export function labelSelectorMatches(sel: LabelSelector | undefined, labels: Labels): boolean {
  return labelSelectorMatcher(sel)(labels);
}

/** The selector converted once, for matching many label sets. */
export function labelSelectorMatcher(sel: LabelSelector | undefined): (labels: Labels) => boolean {
  const ts = sel && terms(sel);
  if (ts === undefined) return () => false;
  const reqs = ts.map(toRequirement);
  return (labels) => matchesRequirements(reqs, labels);
}

/** FormatLabelSelector: `<none>` when it selects everything or nothing, `<error>` when it is invalid. */
export function formatLabelSelector(sel: LabelSelector | undefined): string {
  if (!sel) return '<none>';
  const ts = terms(sel);
  if (ts === undefined || ts.some((t) => requirementErrors(t.key, t.op, t.values).length > 0)) return '<error>';
  const text = sortByKey(ts.map(toRequirement)).map(requirementString).join(',');
  return text === '' ? '<none>' : text;
}
