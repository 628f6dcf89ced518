// Go's view of JSON values inside the JSONPath engine: whole numbers are int64, others float64,
// and a float literal in a template (`1.0`) stays a float64 even when whole.

import { goNumber } from '../go-format.ts';

export class GoFloat {
  constructor(readonly value: number) {}
  toString(): string {
    return goNumber(this.value);
  }
}

export type GoKind = 'bool' | 'int' | 'float' | 'string' | 'invalid';

export function goKind(value: unknown): GoKind {
  if (typeof value === 'boolean') return 'bool';
  if (typeof value === 'string') return 'string';
  if (value instanceof GoFloat) return 'float';
  if (typeof value === 'number') return Number.isInteger(value) ? 'int' : 'float';
  return 'invalid';
}

/** reflect.Type.String() of an unstructured value. */
export function goTypeName(value: unknown): string {
  if (value instanceof GoFloat) return 'float64';
  if (typeof value === 'number') return Number.isInteger(value) ? 'int64' : 'float64';
  if (typeof value === 'string') return 'string';
  if (typeof value === 'boolean') return 'bool';
  if (Array.isArray(value)) return '[]interface {}';
  return 'map[string]interface {}';
}

/** Unwraps a template float literal to a plain number. */
export function plainValue(value: unknown): unknown {
  return value instanceof GoFloat ? value.value : value;
}
