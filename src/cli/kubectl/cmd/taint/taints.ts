// Taint arguments and the new taint list: parse `key=value:Effect`, `key:Effect`, `key:Effect-`,
// `key-`, then merge them into a node's taints and name the outcome (tainted, untainted, modified).
// Mirrors kubectl v1.31 pkg/cmd/taint/utils.go.

import type { Taint } from 'kubernetes-types/core/v1';
import { isLabelValue, isQualifiedName } from '../../../../engine/index.ts';

export const Operation = { Modified: 'modified', Tainted: 'tainted', Untainted: 'untainted' } as const;
export type Operation = (typeof Operation)[keyof typeof Operation];

const EFFECTS = new Set(['NoSchedule', 'PreferNoSchedule', 'NoExecute']);

export const ERR_INVALID_SPEC = (spec: string, errs: readonly string[] = []): string => `invalid taint spec: ${[spec, ...(errs.length > 0 ? [errs.join('; ')] : [])].join(', ')}`;
export const ERR_INVALID_EFFECT = (effect: string): string => `invalid taint effect: ${effect}, unsupported taint effect`;
export const ERR_DUPLICATED = (t: Taint): string => `duplicated taints with the same key and effect: {${t.key} ${t.value ?? ''} ${t.effect} <nil>}`;
export const ERR_NOT_FOUND = (t: Taint): string => `taint "${taintString(t)}" not found`;

/** Taint.ToString. */
export function taintString(t: Taint): string {
  const value = t.value ?? '';
  if (!t.effect) return value === '' ? t.key : `${t.key}=${value}:`;
  return value === '' ? `${t.key}:${t.effect}` : `${t.key}=${value}:${t.effect}`;
}

/** parseTaint: `<key>=<value>:<effect>`, `<key>:<effect>` or `<key>`; throws the message kubectl prints. */
function parseTaint(spec: string): Taint {
  const parts = spec.split(':');
  let key: string;
  let value = '';
  let effect = '';
  if (parts.length === 1) key = parts[0]!;
  else if (parts.length === 2) {
    effect = parts[1]!;
    if (!EFFECTS.has(effect)) throw new Error(ERR_INVALID_EFFECT(effect));
    const kv = parts[0]!.split('=');
    if (kv.length > 2) throw new Error(ERR_INVALID_SPEC(spec));
    key = kv[0]!;
    if (kv.length === 2) {
      value = kv[1]!;
      const errs = isLabelValue(value);
      if (errs.length > 0) throw new Error(ERR_INVALID_SPEC(spec, errs));
    }
  } else throw new Error(ERR_INVALID_SPEC(spec));
  const errs = isQualifiedName(key);
  if (errs.length > 0) throw new Error(ERR_INVALID_SPEC(spec, errs));
  return { key, ...(value !== '' ? { value } : {}), effect };
}

/** parseTaints: the taints to add and to remove; throws an Error with kubectl's message. */
export function parseTaints(specs: readonly string[]): { add: Taint[]; remove: Taint[] } {
  const add: Taint[] = [];
  const remove: Taint[] = [];
  for (const spec of specs) {
    if (spec.endsWith('-')) {
      const t = parseTaint(spec.slice(0, -1));
      remove.push({ key: t.key, effect: t.effect });
      continue;
    }
    const t = parseTaint(spec);
    if (!t.effect) throw new Error(ERR_INVALID_SPEC(spec));
    if (add.some((a) => a.key === t.key && a.effect === t.effect)) throw new Error(ERR_DUPLICATED(t));
    add.push(t);
  }
  return { add, remove };
}

/** `key=Effect` for every removal that clashes with an addition (Validate). */
export function conflicts(add: readonly Taint[], remove: readonly Taint[]): string[] {
  return remove.flatMap((r) => add.filter((a) => a.key === r.key && (!r.effect || a.effect === r.effect)).map(() => `${r.key}=${r.effect}`));
}

/** checkIfTaintsAlreadyExists: the keys of taints to add that the node has with the same effect. */
export function alreadyThere(current: readonly Taint[], add: readonly Taint[]): string {
  return add.flatMap((t) => current.filter((c) => c.key === t.key && c.effect === t.effect).map(() => t.key)).join(',');
}

const matches = (a: Taint, b: Taint): boolean => a.key === b.key && a.effect === b.effect;

/** reorganizeTaints: the node's new taints and the word for what happened, or the not-found errors. */
export function reorganize(current: readonly Taint[], overwrite: boolean, add: readonly Taint[], remove: readonly Taint[]):
  { taints: Taint[]; operation: Operation; errors: string[] } {
  let taints = [...add, ...current.filter((c) => !add.some((a) => matches(a, c)))];
  const added = taints.length !== current.length;
  const errors: string[] = [];
  let removed = false;
  for (const r of remove) {
    const before = taints.length;
    taints = taints.filter((t) => (r.effect ? !matches(r, t) : t.key !== r.key));
    removed = taints.length !== before;
    if (!removed) errors.push(ERR_NOT_FOUND(r));
  }
  const operation = (added && removed) || overwrite ? Operation.Modified : added ? Operation.Tainted : Operation.Untainted;
  return { taints, operation, errors };
}
