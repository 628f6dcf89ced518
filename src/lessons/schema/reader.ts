// Small typed readers over parsed YAML that collect every problem with its path
// (`steps[1].checks[0].field.eq`) instead of stopping at the first.

import { isPlainObject, type Json } from '../../engine/index.ts';

export class Problems {
  readonly list: string[] = [];
  add(path: string, message: string): void {
    this.list.push(`${path}: ${message}`);
  }
}

export type Obj = Record<string, unknown>;

export function at(path: string, key: string | number): string {
  return typeof key === 'number' ? `${path}[${key}]` : path === '' ? key : `${path}.${key}`;
}

export function object(value: unknown, path: string, p: Problems): Obj | undefined {
  if (isPlainObject(value)) return value;
  p.add(path, 'expected a mapping');
  return undefined;
}

/** Reports keys other than `allowed`. */
export function onlyKeys(obj: Obj, allowed: readonly string[], path: string, p: Problems): void {
  for (const key of Object.keys(obj)) {
    if (!allowed.includes(key)) p.add(at(path, key), `unknown key (known: ${allowed.join(', ')})`);
  }
}

export function str(obj: Obj, key: string, path: string, p: Problems, fallback?: string): string {
  const value = obj[key];
  if (value === undefined && fallback !== undefined) return fallback;
  if (typeof value === 'string' && value !== '') return value;
  p.add(at(path, key), value === undefined ? 'required' : 'expected a non-empty string');
  return fallback ?? '';
}

export function optStr(obj: Obj, key: string, path: string, p: Problems): string | undefined {
  return obj[key] === undefined ? undefined : str(obj, key, path, p);
}

export function int(obj: Obj, key: string, path: string, p: Problems, fallback?: number): number {
  const value = obj[key];
  if (value === undefined && fallback !== undefined) return fallback;
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0) return value;
  p.add(at(path, key), value === undefined ? 'required' : 'expected a whole number ≥ 0');
  return fallback ?? 0;
}

export function bool(obj: Obj, key: string, path: string, p: Problems, fallback: boolean): boolean {
  const value = obj[key];
  if (value === undefined) return fallback;
  if (typeof value === 'boolean') return value;
  p.add(at(path, key), 'expected true or false');
  return fallback;
}

export function list(value: unknown, path: string, p: Problems): unknown[] {
  if (value === undefined) return [];
  if (Array.isArray(value)) return value;
  p.add(path, 'expected a list');
  return [];
}

export function strings(value: unknown, path: string, p: Problems): string[] {
  return list(value, path, p).flatMap((item, i) => {
    if (typeof item === 'string') return [item];
    p.add(at(path, i), 'expected a string');
    return [];
  });
}

export function json(value: unknown): Json {
  return value as Json;
}
