// `--sort-by=<jsonpath>` (kubectl get/sorter.go): orders objects by the first value the expression
// finds — integers numerically, strings that are both quantities by quantity, other strings in natural
// order; objects without the field sort first.
// Deviation from upstream: ties keep list order (Go's sort.Sort is not stable beyond 12 items).

import type { KubeObject } from '../../../engine/index.ts';
import { KubectlError } from '../command.ts';
import { relaxedJsonPath } from './custom-columns.ts';
import { goTypeName, plainValue } from './jsonpath/values.ts';
import { compileJsonPath, findJsonPathResults, type JsonPathTemplate } from './jsonpath/template.ts';
import { compareQuantities } from '../../../engine/index.ts';
import { parseQuantity } from './quantity.ts';
import { ERR_SORT_FIELD_NOT_FOUND, ERR_SORTING, ERR_UNSORTABLE } from './errors.ts';

/** Sorts objects (stable); throws kubectl's errors for a bad or absent field. */
export function sortObjectsBy<T>(items: readonly T[], objectOf: (item: T) => KubeObject, sortBy: string): T[] {
  if (items.length === 0) return [...items];
  let field: string;
  try {
    field = relaxedJsonPath(sortBy);
  } catch {
    field = sortBy;
  }
  let template: JsonPathTemplate;
  try {
    template = compileJsonPath(field);
  } catch (e) {
    throw new KubectlError(ERR_SORTING((e as Error).message));
  }
  const keys = items.map((item) => {
    const groups = findJsonPathResults(template, objectOf(item), true);
    return groups.length > 0 && groups[0]!.length > 0 ? { value: plainValue(groups[0]![0]) } : undefined;
  });
  if (keys.every((k) => k === undefined)) throw new KubectlError(ERR_SORT_FIELD_NOT_FOUND(field));
  const less = (i: number, j: number): boolean => {
    const a = keys[i];
    const b = keys[j];
    if (a === undefined) return true;
    if (b === undefined) return false;
    return isLess(a.value, b.value, field);
  };
  return goSort(items.length, less).map((i) => items[i]!);
}

/** Go's insertion sort for short inputs (what sort.Sort does up to 12 items), a stable merge beyond. */
function goSort(n: number, less: (i: number, j: number) => boolean): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  if (n <= 12) {
    for (let i = 1; i < n; i++) {
      for (let j = i; j > 0 && less(order[j]!, order[j - 1]!); j--) [order[j], order[j - 1]] = [order[j - 1]!, order[j]!];
    }
    return order;
  }
  return order.sort((a, b) => (less(a, b) ? -1 : less(b, a) ? 1 : 0));
}

function isLess(a: unknown, b: unknown, field: string): boolean {
  if (a === null || a === undefined) return b !== null && b !== undefined;
  if (b === null || b === undefined) return false;
  if (typeof a === 'number' && typeof b === 'number') return a < b;
  if (typeof a === 'string' && typeof b === 'string') {
    const qa = parseQuantity(a);
    const qb = parseQuantity(b);
    if (qa && qb) return compareQuantities(qa, qb) < 0;
    return naturalLess(a, b);
  }
  if (typeof a === typeof b && typeof a !== 'boolean' && typeof a !== 'object') return false;
  throw new KubectlError(ERR_UNSORTABLE(field, goTypeName(a)));
}

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';

/** github.com/fvbommel/sortorder NaturalLess: digit runs compare as numbers. */
function naturalLess(s1: string, s2: string): boolean {
  let i = 0;
  let j = 0;
  while (i < s1.length && j < s2.length) {
    const d1 = isDigit(s1[i]);
    const d2 = isDigit(s2[j]);
    if (d1 !== d2) return d1;
    if (!d1) {
      if (s1[i] !== s2[j]) return s1[i]! < s2[j]!;
      i++;
      j++;
      continue;
    }
    while (s1[i] === '0') i++;
    while (s2[j] === '0') j++;
    const nz1 = i;
    const nz2 = j;
    while (isDigit(s1[i])) i++;
    while (isDigit(s2[j])) j++;
    if (i - nz1 !== j - nz2) return i - nz1 < j - nz2;
    const n1 = s1.slice(nz1, i);
    const n2 = s2.slice(nz2, j);
    if (n1 !== n2) return n1 < n2;
    if (nz1 !== nz2) return nz1 < nz2;
  }
  return s1.length < s2.length;
}
