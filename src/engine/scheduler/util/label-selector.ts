// metav1.LabelSelector compiled once into requirements, so hot loops match without re-parsing.
// Mirrors metav1.LabelSelectorAsSelector: nil selects nothing, {} selects everything, and an
// unknown operator makes the selector select nothing (the conversion error makes callers skip it).

import type { LabelSelector } from 'kubernetes-types/meta/v1';
import { matchesRequirements, type Labels, type Requirement } from '../../api/selectors.ts';

/** A compiled selector: undefined requirements select nothing. */
export interface Selector {
  readonly requirements: readonly Requirement[] | undefined;
}

export const NOTHING: Selector = { requirements: undefined };

export function compileSelector(sel: LabelSelector | undefined | null): Selector {
  if (!sel) return NOTHING;
  const reqs: Requirement[] = Object.entries(sel.matchLabels ?? {}).map(([key, value]) => ({ key, op: '=', value }));
  for (const e of sel.matchExpressions ?? []) {
    const values = e.values ?? [];
    switch (e.operator) {
      case 'In': reqs.push({ key: e.key, op: 'in', values }); break;
      case 'NotIn': reqs.push({ key: e.key, op: 'notin', values }); break;
      case 'Exists': reqs.push({ key: e.key, op: 'exists' }); break;
      case 'DoesNotExist': reqs.push({ key: e.key, op: '!' }); break;
      default: return NOTHING;
    }
  }
  return { requirements: reqs };
}

/** A selector built from a plain label map (a Service or ReplicationController selector). */
export function selectorFromSet(set: Readonly<Record<string, string>>): Selector {
  return { requirements: Object.entries(set).map(([key, value]) => ({ key, op: '=', value })) };
}

/** Selector.Add: the requirements of both. */
export function addRequirements(sel: Selector, more: readonly Requirement[]): Selector {
  return sel.requirements === undefined ? sel : { requirements: [...sel.requirements, ...more] };
}

export function selectorMatches(sel: Selector, labels: Labels): boolean {
  return sel.requirements !== undefined && matchesRequirements(sel.requirements, labels);
}

/** Selector.Empty(): selects everything (no requirement) — nothing selects nothing but is not empty. */
export function isEmptySelector(sel: Selector): boolean {
  return sel.requirements !== undefined && sel.requirements.length === 0;
}
