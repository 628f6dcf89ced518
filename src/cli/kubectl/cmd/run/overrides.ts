// --overrides / --override-type of `kubectl run` and `kubectl expose` (cmdutil.OverrideOptions):
// the generated object patched with inline JSON — a JSON merge patch (default), a strategic merge
// patch or a JSON patch — before it is sent.
// Deviation from upstream: the strategic patch merges every list of objects by `name`; of kubectl's
// typed decoding only the empty structs come back (unknown fields are left to the API server).

import { clone, isPlainObject, type KubeObject } from '../../../../engine/index.ts';
import { KubectlError } from '../../command.ts';

export const ERR_OVERRIDE_TYPE = (t: string): string => `invalid override type: ${t}`;
export const ERR_BAD_MERGE_PATCH = 'Invalid JSON Patch';
export const ERR_BAD_STRATEGIC_PATCH = 'invalid JSON document';
export const ERR_JSON_PATCH_SHAPE = 'json: cannot unmarshal object into Go value of type jsonpatch.Patch';
export const ERR_JSON_PATCH_MISSING = (op: string, path: string, key: string): string =>
  `error in ${op} for path: '${path}': Unable to ${op} nonexistent key: ${key}: missing value`;
export const ERR_NOT_AN_OBJECT = 'couldn\'t get version/kind; json parse error: json: cannot unmarshal array into Go value of type struct { APIVersion string "json:\\"apiVersion,omitempty\\""; Kind string "json:\\"kind,omitempty\\"" }';
export const ERR_UNKNOWN_VERSION = (kind: string, version: string): string =>
  `no kind "${kind}" is registered for version "${version}" in scheme "pkg/scheme/scheme.go:28"`;

export const OverrideType = { Merge: 'merge', Strategic: 'strategic', Json: 'json' } as const;
export type OverrideType = (typeof OverrideType)[keyof typeof OverrideType];

type JsonMap = Record<string, unknown>;

/** Applies `inline` to `obj` the way `--override-type` says; '' leaves the object as it is. */
export function applyOverrides(obj: KubeObject, inline: string, type: string): KubeObject {
  if (type !== OverrideType.Merge && type !== OverrideType.Strategic && type !== OverrideType.Json) throw new KubectlError(ERR_OVERRIDE_TYPE(type));
  if (inline === '') return obj;
  const patched = type === OverrideType.Json ? jsonPatch(obj, parse(inline, ERR_BAD_STRATEGIC_PATCH)) : mergeOverride(obj, inline, type);
  if (!isPlainObject(patched)) throw new KubectlError(ERR_NOT_AN_OBJECT);
  const result = patched as KubeObject;
  if (result.apiVersion !== obj.apiVersion) throw new KubectlError(ERR_UNKNOWN_VERSION(obj.kind, String(result.apiVersion ?? '')));
  return typedRoundTrip(result);
}

/** kubectl decodes the patched object into its Go type: struct fields without omitempty come back. */
function typedRoundTrip(obj: KubeObject): KubeObject {
  obj.metadata = { creationTimestamp: null as unknown as string, ...obj.metadata };
  const spec = obj.spec as { containers?: unknown[]; initContainers?: unknown[] } | undefined;
  if (obj.kind === 'Pod') {
    for (const c of [...(spec?.containers ?? []), ...(spec?.initContainers ?? [])]) {
      if (isPlainObject(c) && c.resources === undefined) c.resources = {};
    }
    obj.status ??= {};
  }
  if (obj.kind === 'Service') obj.status ??= { loadBalancer: {} };
  return obj;
}

function parse(text: string, error: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new KubectlError(error);
  }
}

function mergeOverride(obj: KubeObject, inline: string, type: OverrideType): unknown {
  const patch = parse(inline, type === OverrideType.Merge ? ERR_BAD_MERGE_PATCH : ERR_BAD_STRATEGIC_PATCH);
  if (isPlainObject(patch)) return mergeMaps(obj, patch, type === OverrideType.Strategic);
  // A merge patch that is a list replaces the whole document (which then is no object).
  if (type === OverrideType.Merge && Array.isArray(patch)) return patch;
  throw new KubectlError(type === OverrideType.Merge ? ERR_BAD_MERGE_PATCH : ERR_BAD_STRATEGIC_PATCH);
}

/** RFC 7386 merge (null deletes); with `byName`, lists of named objects merge element by element. */
function mergeMaps(target: JsonMap, patch: JsonMap, byName: boolean): JsonMap {
  const out: JsonMap = { ...target };
  for (const [key, value] of Object.entries(patch)) {
    const current = out[key];
    if (value === null) delete out[key];
    else if (isPlainObject(value) && isPlainObject(current)) out[key] = mergeMaps(current, value, byName);
    else if (byName && Array.isArray(value) && Array.isArray(current) && value.every(isNamed)) out[key] = mergeNamedLists(current, value);
    else out[key] = isPlainObject(value) ? mergeMaps({}, value, byName) : value;
  }
  return out;
}

function isNamed(item: unknown): item is JsonMap & { name: unknown } {
  return isPlainObject(item) && 'name' in item;
}

function mergeNamedLists(current: readonly unknown[], patch: ReadonlyArray<JsonMap & { name: unknown }>): unknown[] {
  const out = [...current];
  for (const item of patch) {
    const index = out.findIndex((c) => isNamed(c) && c.name === item.name);
    if (index < 0) out.push(item);
    else out[index] = mergeMaps(out[index] as JsonMap, item, true);
  }
  return out;
}

/** RFC 6902 add / remove / replace, with evanphx/json-patch's message for a missing target. */
function jsonPatch(obj: KubeObject, ops: unknown): unknown {
  if (!Array.isArray(ops)) throw new KubectlError(ERR_JSON_PATCH_SHAPE);
  const doc = clone(obj);
  for (const op of ops) {
    const { op: kind = '', path = '', value } = (isPlainObject(op) ? op : {}) as { op?: string; path?: string; value?: unknown };
    const tokens = path.split('/').slice(1).map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
    const key = tokens.pop() ?? '';
    const parent = tokens.reduce<unknown>((node, t) => (isPlainObject(node) || Array.isArray(node) ? (node as JsonMap)[t] : undefined), doc);
    const missing = !(isPlainObject(parent) || Array.isArray(parent)) || (kind !== 'add' && !(key in parent));
    if (missing) throw new KubectlError(ERR_JSON_PATCH_MISSING(kind, path, key));
    if (Array.isArray(parent)) {
      const index = key === '-' ? parent.length : Number(key);
      parent.splice(index, kind === 'add' ? 0 : 1, ...(kind === 'remove' ? [] : [value]));
    } else if (kind === 'remove') {
      delete (parent as JsonMap)[key];
    } else {
      (parent as JsonMap)[key] = value;
    }
  }
  return doc;
}
