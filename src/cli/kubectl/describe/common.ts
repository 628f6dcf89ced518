// Helpers every describer shares (describe.go): multi-line labels/annotations/taints/tolerations,
// `Controlled By`, RFC1123Z times, Go's %v of booleans and string slices.

import type { Taint, Toleration } from 'kubernetes-types/core/v1';
import { age, parseTime, rfc1123z, type KubeObject } from '../../../engine/index.ts';
import { compareStrings } from '../printers/go-format.ts';
import { LEVEL_0, type PrefixWriter } from './prefix-writer.ts';

const SKIPPED_ANNOTATIONS: ReadonlySet<string> = new Set(['kubectl.kubernetes.io/last-applied-configuration']);
const MAX_ANNOTATION_LENGTH = 140;
/** time.Time{}.Format(time.RFC1123Z): what describe prints for an unset timestamp. */
const ZERO_TIME = 'Mon, 01 Jan 0001 00:00:00 +0000';

/** A metav1.Time as describe prints it (RFC1123Z, UTC). */
export function formatTime(ts: unknown): string {
  const ms = parseTime(ts);
  return ms === undefined ? ZERO_TIME : rfc1123z(ms);
}

/** translateTimestampSince. */
export const since = (nowMs: number, ts: unknown): string => age(nowMs, ts);

/** printBool: True / False. */
export const goBool = (value: boolean | undefined): string => (value ? 'True' : 'False');

/** printBoolPtr: True / False / <unset>. */
export const goBoolPtr = (value: boolean | undefined): string => (value === undefined ? '<unset>' : goBool(value));

/** %v of a []string: `[a b]`. */
export const goList = (items: readonly string[] | undefined): string => `[${(items ?? []).join(' ')}]`;

/** printLabelsMultilineWithIndent. */
export function printLabelsMultiline(w: PrefixWriter, title: string, labels: Readonly<Record<string, string>> | undefined,
  initialIndent = '', innerIndent = '\t', skip: ReadonlySet<string> = new Set()): void {
  w.write(LEVEL_0, `${initialIndent}${title}:${innerIndent}`);
  const keys = Object.keys(labels ?? {}).filter((k) => !skip.has(k)).sort(compareStrings);
  if (keys.length === 0) {
    w.writeLine('<none>');
    return;
  }
  keys.forEach((key, i) => {
    if (i !== 0) w.write(LEVEL_0, `${initialIndent}${innerIndent}`);
    w.write(LEVEL_0, `${key}=${labels![key]}\n`);
  });
}

/** printAnnotationsMultiline: `key: value`, long or multi-line values folded and shortened. */
export function printAnnotationsMultiline(w: PrefixWriter, title: string, annotations: Readonly<Record<string, string>> | undefined): void {
  w.write(LEVEL_0, `${title}:\t`);
  const keys = Object.keys(annotations ?? {}).filter((k) => !SKIPPED_ANNOTATIONS.has(k)).sort(compareStrings);
  if (keys.length === 0) {
    w.writeLine('<none>');
    return;
  }
  keys.forEach((key, i) => {
    if (i !== 0) w.write(LEVEL_0, '\t');
    const value = annotations![key]!.replace(/\n$/, '');
    if (value.length + key.length + 2 > MAX_ANNOTATION_LENGTH || value.includes('\n')) {
      w.write(LEVEL_0, `${key}:\n`);
      for (const line of value.split('\n')) w.write(LEVEL_0, `\t  ${shorten(line, MAX_ANNOTATION_LENGTH - 2)}\n`);
    } else {
      w.write(LEVEL_0, `${key}: ${value}\n`);
    }
  });
}

function shorten(s: string, max: number): string {
  return s.length > max ? `${s.slice(0, max)}...` : s;
}

/** Taint.ToString: `key[=value]:Effect`. */
export function taintString(t: Taint): string {
  return `${t.key}${t.value ? `=${t.value}` : ''}${t.effect ? `:${t.effect}` : ''}`;
}

/** printTaintsMultilineWithIndent: sorted by effect then key. */
export function printTaintsMultiline(w: PrefixWriter, title: string, taints: readonly Taint[] | undefined, initialIndent = '', innerIndent = '\t'): void {
  w.write(LEVEL_0, `${initialIndent}${title}:${innerIndent}`);
  const sorted = [...(taints ?? [])].sort((a, b) => compareStrings(`${a.effect},${a.key}`, `${b.effect},${b.key}`));
  if (sorted.length === 0) {
    w.writeLine('<none>');
    return;
  }
  sorted.forEach((t, i) => {
    if (i !== 0) w.write(LEVEL_0, `${initialIndent}${innerIndent}`);
    w.write(LEVEL_0, `${taintString(t)}\n`);
  });
}

/** printTolerationsMultilineWithIndent: sorted by key; `key[=value][:Effect][ op=Exists][ for Ns]`. */
export function printTolerationsMultiline(w: PrefixWriter, title: string, tolerations: readonly Toleration[] | undefined, initialIndent = '', innerIndent = '\t'): void {
  w.write(LEVEL_0, `${initialIndent}${title}:${innerIndent}`);
  const sorted = [...(tolerations ?? [])].sort((a, b) => compareStrings(a.key ?? '', b.key ?? ''));
  if (sorted.length === 0) {
    w.writeLine('<none>');
    return;
  }
  sorted.forEach((t, i) => {
    if (i !== 0) w.write(LEVEL_0, `${initialIndent}${innerIndent}`);
    let text = t.key ?? '';
    if (t.value) text += `=${t.value}`;
    if (t.effect) text += `:${t.effect}`;
    if (t.operator === 'Exists' && !t.value) text += t.key || t.effect ? ' op=Exists' : 'op=Exists';
    if (t.tolerationSeconds !== undefined && t.tolerationSeconds !== null) text += ` for ${t.tolerationSeconds}s`;
    w.write(LEVEL_0, `${text}\n`);
  });
}

/** printPodsMultilineWithIndent: pod names sorted, one per line. */
export function printNamesMultiline(w: PrefixWriter, title: string, names: readonly string[]): void {
  w.write(LEVEL_0, `${title}:\t`);
  const sorted = [...names].sort(compareStrings);
  if (sorted.length === 0) {
    w.writeLine('<none>');
    return;
  }
  sorted.forEach((name, i) => {
    if (i !== 0) w.write(LEVEL_0, '\t');
    w.write(LEVEL_0, `${name}\n`);
  });
}

/** printController: `<Kind>/<name>` of the controlling owner, or ''. */
export function controllerOf(obj: KubeObject): string {
  const ref = (obj.metadata.ownerReferences ?? []).find((r) => r.controller === true);
  return ref ? `${ref.kind}/${ref.name}` : '';
}

/** Name and namespace lines most describers start with. */
export function writeNameNamespace(w: PrefixWriter, obj: KubeObject): void {
  w.write(LEVEL_0, `Name:\t${obj.metadata.name ?? ''}\n`);
  w.write(LEVEL_0, `Namespace:\t${obj.metadata.namespace ?? ''}\n`);
}
