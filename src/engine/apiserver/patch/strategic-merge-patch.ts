// Strategic merge patch for the common list cases: lists of objects whose Go type declares a
// patchMergeKey merge element-wise by that key; other lists are replaced. Supports `$patch: delete`
// on list elements and `$patch: replace` on maps, and null to delete a field.
// Mirrors apimachinery strategicpatch for the fields of the course's kinds.

import { clone, isPlainObject } from '../../base/json.ts';
import { mergeKeyFor } from './merge-keys.ts';

/** Lists whose elements are scalars merged as a set (patchStrategy merge, no key). */
const SCALAR_SET_LISTS: ReadonlySet<string> = new Set(['finalizers']);

export function applyStrategicMergePatch(target: unknown, patch: unknown, path: readonly string[] = []): unknown {
  if (!isPlainObject(patch)) return clone(patch);
  if (patch.$patch === 'replace') {
    const { $patch: _ignored, ...rest } = patch;
    return clone(rest);
  }
  const out: Record<string, unknown> = isPlainObject(target) ? { ...target } : {};
  for (const [key, value] of Object.entries(patch)) {
    if (key.startsWith('$')) continue;
    if (value === null) {
      delete out[key];
      continue;
    }
    const mergeKey = mergeKeyFor(path, key);
    if (Array.isArray(value) && mergeKey && Array.isArray(out[key])) {
      out[key] = mergeList(out[key] as unknown[], value, mergeKey, [...path, key]);
    } else if (Array.isArray(value) && SCALAR_SET_LISTS.has(key) && Array.isArray(out[key])) {
      out[key] = [...new Set([...(out[key] as unknown[]), ...value])];
    } else {
      out[key] = applyStrategicMergePatch(out[key], value, [...path, key]);
    }
  }
  return out;
}

function mergeList(current: unknown[], patch: unknown[], mergeKey: string, path: readonly string[]): unknown[] {
  const out = [...current];
  for (const item of patch) {
    if (!isPlainObject(item) || !(mergeKey in item)) {
      out.push(clone(item));
      continue;
    }
    const index = out.findIndex((e) => isPlainObject(e) && e[mergeKey] === item[mergeKey]);
    if (item.$patch === 'delete') {
      if (index >= 0) out.splice(index, 1);
    } else if (index >= 0) {
      out[index] = applyStrategicMergePatch(out[index], item, path);
    } else {
      out.push(applyStrategicMergePatch(undefined, item, path));
    }
  }
  return out;
}
