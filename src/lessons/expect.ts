// Whether a found value meets an expectation. Scalars compare by their text (a label's "3" equals 3,
// a condition's "True" equals true), so authors need not mirror the API's exact JSON types.

import { deepEqual } from '../engine/index.ts';
import type { Expectation } from './types.ts';

function isScalar(value: unknown): value is string | number | boolean {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

function equal(found: unknown, value: unknown): boolean {
  if (isScalar(found) && isScalar(value)) return String(found) === String(value);
  return deepEqual(found, value);
}

function numberOf(found: unknown): number | undefined {
  if (typeof found === 'number') return found;
  if (typeof found === 'string' && found.trim() !== '' && Number.isFinite(Number(found))) return Number(found);
  return undefined;
}

export function meets(found: unknown, e: Expectation): boolean {
  switch (e.op) {
    case 'eq': return equal(found, e.value);
    case 'ne': return !equal(found, e.value);
    case 'in': return e.value.some((v) => equal(found, v));
    case 'exists': return (found !== undefined && found !== null) === e.value;
    case 'matches': return isScalar(found) && new RegExp(e.value).test(String(found));
    case 'contains':
      if (Array.isArray(found)) return found.some((item) => equal(item, e.value));
      if (typeof found === 'string') return found.includes(String(e.value));
      return typeof found === 'object' && found !== null && Object.prototype.hasOwnProperty.call(found, String(e.value));
    default: {
      const n = numberOf(found);
      if (n === undefined) return false;
      return e.op === 'gt' ? n > e.value : e.op === 'gte' ? n >= e.value : e.op === 'lt' ? n < e.value : n <= e.value;
    }
  }
}
