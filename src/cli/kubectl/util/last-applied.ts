// The kubectl.kubernetes.io/last-applied-configuration annotation of client-side apply
// (kubectl pkg/util/apply.go): the object serialised as Go's encoding/json would, without the
// annotation itself, followed by a newline.

import { clone, stableStringify, type KubeObject } from '../../../engine/index.ts';

export const LAST_APPLIED_ANNOTATION = 'kubectl.kubernetes.io/last-applied-configuration';

/** Go's json.Marshal escapes these characters for safe embedding in HTML. */
const GO_JSON_ESCAPES: Readonly<Record<string, string>> = { '<': '\\u003c', '>': '\\u003e', '&': '\\u0026', '\u2028': '\\u2028', '\u2029': '\\u2029' };

/** Compact JSON with sorted keys and Go's HTML escaping. */
export function goJson(value: unknown): string {
  return stableStringify(value).replace(/[<>&\u2028\u2029]/g, (c) => GO_JSON_ESCAPES[c]!);
}

/** The annotation's value for `obj` (GetModifiedConfiguration). */
export function lastAppliedValue(obj: KubeObject): string {
  const copy = clone(obj);
  const annotations = { ...(copy.metadata.annotations ?? {}) };
  delete annotations[LAST_APPLIED_ANNOTATION];
  copy.metadata.annotations = annotations;
  return `${goJson(copy)}\n`;
}

/** CreateApplyAnnotation: a copy of `obj` carrying its own last-applied configuration. */
export function withLastApplied(obj: KubeObject): KubeObject {
  const value = lastAppliedValue(obj);
  const copy = clone(obj);
  copy.metadata.annotations = { ...(copy.metadata.annotations ?? {}), [LAST_APPLIED_ANNOTATION]: value };
  return copy;
}

export function lastAppliedOf(obj: KubeObject): string | undefined {
  return obj.metadata.annotations?.[LAST_APPLIED_ANNOTATION];
}
