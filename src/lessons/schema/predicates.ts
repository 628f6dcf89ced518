// Reads one check predicate from lesson.yaml: exactly one predicate key per mapping, kinds and
// targets resolved against the API's resources, key paths and regular expressions compiled once.

import { resolveResource } from '../../engine/index.ts';
import { resourceOfKind } from '../context.ts';
import { KeyPathError, parseKeyPath, type KeyPath } from '../key-path.ts';
import type { Expectation, FieldTest, ObjectRef, Predicate } from '../types.ts';
import { at, bool, int, json, list, object, onlyKeys, optStr, str, strings, type Obj, type Problems } from './reader.ts';

export const PREDICATE_KEYS = ['exists', 'absent', 'field', 'condition', 'count', 'placement', 'event', 'command', 'file', 'quiz', 'all', 'any', 'not'] as const;
const OPS = ['eq', 'ne', 'gt', 'gte', 'lt', 'lte', 'matches', 'in', 'contains', 'exists'] as const;
const REF_KEYS = ['kind', 'name', 'namespace'];

function kindOf(obj: Obj, path: string, p: Problems): string {
  const kind = str(obj, 'kind', path, p);
  if (kind !== '' && !resourceOfKind(kind)) p.add(at(path, 'kind'), `unknown kind "${kind}" (write it as the API does: Deployment, Pod…)`);
  return kind;
}

function ref(obj: Obj, path: string, p: Problems): ObjectRef {
  const namespace = optStr(obj, 'namespace', path, p);
  return { kind: kindOf(obj, path, p), name: str(obj, 'name', path, p), ...(namespace === undefined ? {} : { namespace }) };
}

function keyPath(text: string, path: string, p: Problems): KeyPath {
  try {
    return parseKeyPath(text);
  } catch (e) {
    if (!(e instanceof KeyPathError)) throw e;
    p.add(path, e.message);
    return { text, steps: [] };
  }
}

function regex(text: string, path: string, p: Problems): void {
  try {
    new RegExp(text);
  } catch {
    p.add(path, `not a regular expression: ${text}`);
  }
}

/** The one comparison operator of `obj` (eq, gte, matches…). */
export function expectation(obj: Obj, path: string, p: Problems): Expectation {
  const present = OPS.filter((op) => obj[op] !== undefined);
  if (present.length !== 1) {
    p.add(path, `expected exactly one comparison (${OPS.join(', ')}), found ${present.length === 0 ? 'none' : present.join(', ')}`);
    return { op: 'exists', value: true };
  }
  const op = present[0]!;
  const value = obj[op];
  const where = at(path, op);
  switch (op) {
    case 'gt': case 'gte': case 'lt': case 'lte':
      if (typeof value !== 'number') p.add(where, 'expected a number');
      return { op, value: Number(value) };
    case 'matches':
      if (typeof value !== 'string') p.add(where, 'expected a regular expression');
      else regex(value, where, p);
      return { op, value: String(value) };
    case 'in':
      return { op, value: list(value, where, p).map(json) };
    case 'exists':
      if (typeof value !== 'boolean') p.add(where, 'expected true or false');
      return { op, value: value === true };
    default:
      return { op, value: json(value) };
  }
}

function fieldTest(obj: Obj, pathKey: string, path: string, p: Problems): FieldTest {
  return { path: keyPath(str(obj, pathKey, path, p), at(path, pathKey), p), expect: expectation(obj, path, p) };
}

function where(value: unknown, path: string, p: Problems): FieldTest[] {
  if (value === undefined) return [];
  const obj = object(value, path, p) ?? {};
  return Object.entries(obj).map(([k, v]) => ({
    path: keyPath(k, at(path, k), p),
    expect: typeof v === 'object' && v !== null && !Array.isArray(v) ? expectation(v as Obj, at(path, k), p) : { op: 'eq', value: json(v) },
  }));
}

function target(value: unknown, path: string, p: Problems): { kind: string; name?: string } | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string') {
    p.add(path, 'expected "type/name" or "type"');
    return undefined;
  }
  const [type, name] = value.split('/');
  const kind = resolveResource(type ?? '')?.kind;
  if (kind === undefined) p.add(path, `unknown resource type "${type}"`);
  return { kind: kind ?? '', ...(name === undefined ? {} : { name }) };
}

function flags(value: unknown, path: string, p: Problems): Record<string, string | true> {
  const obj = value === undefined ? {} : object(value, path, p) ?? {};
  return Object.fromEntries(Object.entries(obj).map(([k, v]) => [k, v === true ? true : String(v)]));
}

function body(key: (typeof PREDICATE_KEYS)[number], value: unknown, path: string, p: Problems): Predicate {
  if (key === 'quiz') return { op: 'quiz', id: typeof value === 'string' ? value : (p.add(path, 'expected a quiz id'), '') };
  if (key === 'all' || key === 'any') return { op: key, of: list(value, path, p).map((v, i) => predicate(v, at(path, i), p)) };
  if (key === 'not') return { op: 'not', of: predicate(value, path, p) };
  const obj = object(value, path, p) ?? {};
  switch (key) {
    case 'exists': case 'absent':
      onlyKeys(obj, REF_KEYS, path, p);
      return { op: key, ref: ref(obj, path, p) };
    case 'field':
      onlyKeys(obj, [...REF_KEYS, 'path', ...OPS], path, p);
      return { op: 'field', ref: ref(obj, path, p), test: fieldTest(obj, 'path', path, p) };
    case 'condition':
      onlyKeys(obj, [...REF_KEYS, 'type', 'status'], path, p);
      return { op: 'condition', ref: ref(obj, path, p), type: str(obj, 'type', path, p), status: str(obj, 'status', path, p, 'True') };
    case 'count': {
      onlyKeys(obj, ['kind', 'namespace', 'selector', 'where', ...OPS], path, p);
      const namespace = optStr(obj, 'namespace', path, p);
      const selector = optStr(obj, 'selector', path, p);
      return { op: 'count', kind: kindOf(obj, path, p), ...(namespace === undefined ? {} : { namespace }), ...(selector === undefined ? {} : { selector }), where: where(obj['where'], at(path, 'where'), p), expect: expectation(obj, path, p) };
    }
    case 'placement': {
      onlyKeys(obj, ['namespace', 'selector', 'node', 'nodeSelector', 'spread', 'min'], path, p);
      const node = optStr(obj, 'node', path, p);
      const nodeSelector = optStr(obj, 'nodeSelector', path, p);
      return {
        op: 'placement', namespace: str(obj, 'namespace', path, p, 'default'), selector: str(obj, 'selector', path, p),
        ...(node === undefined ? {} : { node }), ...(nodeSelector === undefined ? {} : { nodeSelector }),
        spread: bool(obj, 'spread', path, p, false), min: int(obj, 'min', path, p, 1),
      };
    }
    case 'event': {
      onlyKeys(obj, ['reason', 'namespace', 'kind', 'name', 'message', 'type'], path, p);
      const kind = obj['kind'] === undefined ? undefined : kindOf(obj, path, p);
      const name = optStr(obj, 'name', path, p);
      const namespace = optStr(obj, 'namespace', path, p);
      const message = optStr(obj, 'message', path, p);
      if (message !== undefined) regex(message, at(path, 'message'), p);
      const type = optStr(obj, 'type', path, p);
      return {
        op: 'event', reason: str(obj, 'reason', path, p), ...(namespace === undefined ? {} : { namespace }),
        ...(kind === undefined ? {} : { involved: { kind, ...(name === undefined ? {} : { name }) } }),
        ...(message === undefined ? {} : { message }), ...(type === undefined ? {} : { type }),
      };
    }
    case 'command': {
      onlyKeys(obj, ['program', 'words', 'target', 'flags'], path, p);
      const t = target(obj['target'], at(path, 'target'), p);
      return { op: 'command', program: str(obj, 'program', path, p, 'kubectl'), words: strings(obj['words'], at(path, 'words'), p), ...(t === undefined ? {} : { target: t }), flags: flags(obj['flags'], at(path, 'flags'), p) };
    }
    case 'file': {
      onlyKeys(obj, ['path', 'exists', 'yaml', 'key', ...OPS.filter((o) => o !== 'exists')], path, p);
      const hasKey = obj['key'] !== undefined;
      return {
        op: 'file', path: str(obj, 'path', path, p), exists: bool(obj, 'exists', path, p, true), yaml: bool(obj, 'yaml', path, p, hasKey),
        ...(hasKey ? { test: fieldTest(obj, 'key', path, p) } : {}),
      };
    }
  }
}

/** A mapping with exactly one predicate key (plus `extra`, e.g. a check's id and hold). */
export function predicate(value: unknown, path: string, p: Problems, extra: readonly string[] = []): Predicate {
  const obj = object(value, path, p) ?? {};
  const keys = PREDICATE_KEYS.filter((k) => obj[k] !== undefined);
  onlyKeys(obj, [...PREDICATE_KEYS, ...extra], path, p);
  if (keys.length !== 1) {
    p.add(path, `expected exactly one of ${PREDICATE_KEYS.join(', ')}, found ${keys.length === 0 ? 'none' : keys.join(', ')}`);
    return { op: 'all', of: [] };
  }
  return body(keys[0]!, obj[keys[0]!], at(path, keys[0]!), p);
}
