// Helpers shared by strategies: decode-time errors, quantity canonicalisation in resource lists,
// and the empty-but-present shapes Go serializes (template `creationTimestamp: null`).

import { badRequest, type StatusError } from '../../../api/errors.ts';
import { formatQuantity, parseQuantity, QuantityError, roundUpToMilli } from '../../../api/quantity.ts';
import { splitApiVersion, type KubeObject } from '../../../api/types.ts';
import { isPlainObject } from '../../../base/json.ts';

export type Dict = Record<string, unknown>;

/** `<Kind> in version "v1" cannot be handled as a <Kind>: <detail>` (a decode error, HTTP 400). */
export function decodeError(obj: KubeObject, detail: string): StatusError {
  const { version } = splitApiVersion(obj.apiVersion);
  return badRequest(`${obj.kind} in version "${version}" cannot be handled as a ${obj.kind}: ${detail}`);
}

/** Canonicalises one quantity-valued key in place; a malformed quantity is a decode error. */
export function canonicalizeQuantity(obj: KubeObject, target: object | undefined, key: string, round = false): void {
  const holder = target as Dict | undefined;
  if (!holder || holder[key] === undefined || holder[key] === null) return;
  const raw = holder[key];
  if (typeof raw !== 'string' && typeof raw !== 'number') return;
  try {
    const q = parseQuantity(raw);
    holder[key] = formatQuantity(round ? roundUpToMilli(q) : q);
  } catch (e) {
    if (e instanceof QuantityError) throw decodeError(obj, e.message);
    throw e;
  }
}

/** SetDefaults_ResourceList plus serialization: every value rounded up to milli and canonical. */
export function canonicalizeResourceList(obj: KubeObject, list: unknown): void {
  if (!isPlainObject(list)) return;
  for (const key of Object.keys(list)) canonicalizeQuantity(obj, list, key, true);
}

export function asDict(value: unknown): Dict | undefined {
  return isPlainObject(value) ? value : undefined;
}

/** The object's `spec`, created when absent so defaulting can fill it. */
export function specOf(obj: KubeObject): Dict {
  if (!isPlainObject(obj.spec)) obj.spec = {};
  return obj.spec as Dict;
}

/** Embedded ObjectMeta (templates) serializes its zero creationTimestamp as `null`. */
export function defaultTemplateMeta(template: Dict): void {
  const meta = isPlainObject(template.metadata) ? template.metadata : {};
  if (!('creationTimestamp' in meta)) meta.creationTimestamp = null;
  template.metadata = meta;
}

export function labelsOf(meta: unknown): Record<string, string> | undefined {
  const labels = isPlainObject(meta) ? meta.labels : undefined;
  return isPlainObject(labels) ? (labels as Record<string, string>) : undefined;
}

/** The newest object (ties broken by name) carrying one of `annotations` = "true": default classes. */
export function newestDefault(objects: readonly KubeObject[], annotations: readonly string[]): string | undefined {
  const defaults = objects.filter((o) => annotations.some((a) => o.metadata.annotations?.[a] === 'true'));
  defaults.sort((a, b) => {
    const ta = a.metadata.creationTimestamp ?? '';
    const tb = b.metadata.creationTimestamp ?? '';
    if (ta !== tb) return ta < tb ? 1 : -1;
    return (a.metadata.name ?? '') < (b.metadata.name ?? '') ? -1 : 1;
  });
  return defaults[0]?.metadata.name;
}
