// Label and field selectors: parsing (with the real error messages) and matching.
// Mirrors apimachinery pkg/labels (selector.go) and pkg/fields.

import type { LabelSelector } from 'kubernetes-types/meta/v1';

export type Requirement =
  | { readonly key: string; readonly op: '=' | '!='; readonly value: string }
  | { readonly key: string; readonly op: 'in' | 'notin'; readonly values: readonly string[] }
  | { readonly key: string; readonly op: 'exists' | '!' };

export type Labels = Readonly<Record<string, string>> | undefined;

export class SelectorError extends Error {
  override readonly name = 'SelectorError';
}

/** Parses `app=web,tier!=db,env in (a,b),!legacy,track`. Empty string selects everything. */
export function parseLabelSelector(text: string): Requirement[] {
  const out: Requirement[] = [];
  for (const raw of splitTopLevel(text.trim())) {
    const part = raw.trim();
    if (part === '') continue;
    out.push(parseRequirement(part));
  }
  return out;
}

function parseRequirement(part: string): Requirement {
  const setMatch = /^([^\s!=]+)\s+(in|notin)\s*\(([^)]*)\)$/.exec(part);
  if (setMatch) {
    const values = setMatch[3]!.split(',').map((v) => v.trim()).filter((v) => v !== '');
    return { key: setMatch[1]!, op: setMatch[2] as 'in' | 'notin', values };
  }
  if (part.startsWith('!')) return { key: checkKey(part.slice(1).trim()), op: '!' };
  const neq = part.indexOf('!=');
  if (neq >= 0) return { key: checkKey(part.slice(0, neq).trim()), op: '!=', value: part.slice(neq + 2).trim() };
  const eq = part.indexOf('=');
  if (eq >= 0) {
    const value = part.slice(part[eq + 1] === '=' ? eq + 2 : eq + 1).trim();
    return { key: checkKey(part.slice(0, eq).trim()), op: '=', value };
  }
  return { key: checkKey(part), op: 'exists' };
}

function checkKey(key: string): string {
  if (key === '' || /[\s(),]/.test(key)) throw new SelectorError(`unable to parse requirement: found '${key}', expected: identifier`);
  return key;
}

function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of text) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (ch === ',' && depth === 0) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  return parts;
}

export function matchesRequirements(reqs: readonly Requirement[], labels: Labels): boolean {
  const l = labels ?? {};
  return reqs.every((r) => {
    const has = Object.prototype.hasOwnProperty.call(l, r.key);
    switch (r.op) {
      case '=': return has && l[r.key] === r.value;
      case '!=': return !has || l[r.key] !== r.value;
      case 'in': return has && r.values.includes(l[r.key]!);
      case 'notin': return !has || !r.values.includes(l[r.key]!);
      case 'exists': return has;
      case '!': return !has;
    }
  });
}

/** metav1.LabelSelector → requirements. An empty selector matches everything; a null one matches nothing. */
export function requirementsFromLabelSelector(sel: LabelSelector): Requirement[] {
  const reqs: Requirement[] = Object.entries(sel.matchLabels ?? {}).map(([key, value]) => ({ key, op: '=' as const, value }));
  for (const e of sel.matchExpressions ?? []) {
    if (e.operator === 'In') reqs.push({ key: e.key, op: 'in', values: e.values ?? [] });
    else if (e.operator === 'NotIn') reqs.push({ key: e.key, op: 'notin', values: e.values ?? [] });
    else if (e.operator === 'Exists') reqs.push({ key: e.key, op: 'exists' });
    else if (e.operator === 'DoesNotExist') reqs.push({ key: e.key, op: '!' });
  }
  return reqs;
}

export function labelSelectorMatches(sel: LabelSelector | undefined, labels: Labels): boolean {
  if (!sel) return false;
  return matchesRequirements(requirementsFromLabelSelector(sel), labels);
}

/** The selector as kubectl prints it: `app=web,tier in (a,b)`; `<none>` when empty. */
export function formatLabelSelector(sel: LabelSelector | undefined): string {
  if (!sel) return '<none>';
  const reqs = requirementsFromLabelSelector(sel);
  if (reqs.length === 0) return '<none>';
  return reqs.map(formatRequirement).sort().join(',');
}

function formatRequirement(r: Requirement): string {
  switch (r.op) {
    case '=': return `${r.key}=${r.value}`;
    case '!=': return `${r.key}!=${r.value}`;
    case 'in': return `${r.key} in (${[...r.values].sort().join(',')})`;
    case 'notin': return `${r.key} notin (${[...r.values].sort().join(',')})`;
    case 'exists': return r.key;
    case '!': return `!${r.key}`;
  }
}

export interface FieldRequirement {
  readonly field: string;
  readonly op: '=' | '!=';
  readonly value: string;
}

/** Parses `metadata.name=x,status.phase!=Running` (=, == and != only). */
export function parseFieldSelector(text: string): FieldRequirement[] {
  return text.split(',').map((p) => p.trim()).filter((p) => p !== '').map((p) => {
    const neq = p.indexOf('!=');
    if (neq >= 0) return { field: p.slice(0, neq), op: '!=' as const, value: p.slice(neq + 2) };
    const eq = p.indexOf('=');
    if (eq < 0) throw new SelectorError(`invalid selector: '${text}'; can't understand '${p}'`);
    return { field: p.slice(0, eq), op: '=' as const, value: p.slice(p[eq + 1] === '=' ? eq + 2 : eq + 1) };
  });
}
