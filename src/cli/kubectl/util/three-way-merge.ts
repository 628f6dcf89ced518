// Client-side apply's patch (apimachinery strategicpatch.CreateThreeWayMergePatch): deletions are
// what the last-applied configuration had and the new one lacks; changes are what the new
// configuration sets differently from the live object. Lists whose Go field declares a
// patchMergeKey are diffed element by element.
// Deviation from upstream: no `$setElementOrder` directives (the merged order may differ).

import { deepEqual, isPlainObject, mergeKeyFor } from '../../../engine/index.ts';

type JsonMap = Record<string, unknown>;

interface DiffMode {
  readonly deletions: boolean;
  readonly changes: boolean;
}

function diffMaps(from: JsonMap, to: JsonMap, mode: DiffMode, path: readonly string[]): JsonMap {
  const patch: JsonMap = {};
  for (const [key, value] of Object.entries(to)) {
    const old = from[key];
    if (!(key in from)) {
      if (mode.changes) patch[key] = value;
    } else if (isPlainObject(old) && isPlainObject(value)) {
      const sub = diffMaps(old, value, mode, [...path, key]);
      if (Object.keys(sub).length > 0) patch[key] = sub;
    } else if (Array.isArray(old) && Array.isArray(value) && mergeKeyFor(path, key) && value.every(isPlainObject)) {
      const sub = diffKeyedLists(old, value, mergeKeyFor(path, key)!, mode, [...path, key]);
      if (sub.length > 0) patch[key] = sub;
    } else if (mode.changes && !deepEqual(old, value)) {
      patch[key] = value;
    }
  }
  if (mode.deletions) for (const key of Object.keys(from)) if (!(key in to)) patch[key] = null;
  return patch;
}

function diffKeyedLists(from: unknown[], to: unknown[], key: string, mode: DiffMode, path: readonly string[]): unknown[] {
  const out: unknown[] = [];
  const find = (list: unknown[], k: unknown): JsonMap | undefined => list.find((e) => isPlainObject(e) && e[key] === k) as JsonMap | undefined;
  for (const item of to as JsonMap[]) {
    const old = find(from, item[key]);
    if (!old) {
      if (mode.changes) out.push(item);
      continue;
    }
    const sub = diffMaps(old, item, mode, path);
    if (Object.keys(sub).length > 0) out.push({ [key]: item[key], ...sub });
  }
  if (mode.deletions) {
    for (const old of from) if (isPlainObject(old) && !find(to, old[key])) out.push({ [key]: old[key], $patch: 'delete' });
  }
  return out;
}

/** Merges the deletions and the changes into one patch (changes win). */
function mergePatches(a: JsonMap, b: JsonMap): JsonMap {
  const out: JsonMap = { ...a };
  for (const [key, value] of Object.entries(b)) {
    const prev = out[key];
    if (isPlainObject(prev) && isPlainObject(value)) out[key] = mergePatches(prev, value);
    else if (Array.isArray(prev) && Array.isArray(value)) out[key] = [...value, ...prev];
    else out[key] = value;
  }
  return out;
}

/** The strategic merge patch that turns `current` into `modified`, given what was `original`ly applied. */
export function threeWayMergePatch(original: JsonMap | undefined, modified: JsonMap, current: JsonMap): JsonMap {
  const changes = diffMaps(current, modified, { deletions: false, changes: true }, []);
  const deletions = original ? diffMaps(original, modified, { deletions: true, changes: false }, []) : {};
  return mergePatches(deletions, changes);
}
