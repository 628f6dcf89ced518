// Cell formatting shared by the table handlers (printers.go helpers: translateTimestampSince,
// layoutContainerCells, labels.FormatLabels, access modes, "+ N more..." lists).

import type { Container } from 'kubernetes-types/core/v1';
import type { LabelSelector } from 'kubernetes-types/meta/v1';
import { age, formatLabelSelector, type KubeObject } from '../../../../engine/index.ts';
import { compareStrings } from '../go-format.ts';

/** The AGE cell: HumanDuration since creation, `<unknown>` when unset. */
export const ageOf = (obj: KubeObject, nowMs: number): string => age(nowMs, obj.metadata.creationTimestamp);

/** labels.FormatLabels: sorted `k=v` joined by `,`; `<none>` when empty. */
export function formatLabels(labels: Readonly<Record<string, string>> | undefined): string {
  const keys = Object.keys(labels ?? {}).sort(compareStrings);
  return keys.length === 0 ? '<none>' : keys.map((k) => `${k}=${labels![k]}`).join(',');
}

/** metav1.FormatLabelSelector. */
export const formatSelector = (sel: LabelSelector | undefined): string => formatLabelSelector(sel);

/** labels.Selector.String() of a LabelSelector: like formatSelector but empty instead of `<none>`. */
export function selectorString(sel: LabelSelector | undefined): string {
  const s = formatLabelSelector(sel);
  return s === '<none>' ? '' : s;
}

/** Wide CONTAINERS and IMAGES cells. */
export function containerCells(containers: readonly Container[] | undefined): [string, string] {
  const list = containers ?? [];
  return [list.map((c) => c.name).join(','), list.map((c) => c.image ?? '').join(',')];
}

const ACCESS_MODES: ReadonlyArray<readonly [string, string]> = [
  ['ReadWriteOnce', 'RWO'], ['ReadOnlyMany', 'ROX'], ['ReadWriteMany', 'RWX'], ['ReadWriteOncePod', 'RWOP'],
];

/** storage helper GetAccessModesAsString: `RWO,ROX`. */
export function accessModes(modes: readonly string[] | undefined): string {
  const set = new Set(modes ?? []);
  return ACCESS_MODES.filter(([mode]) => set.has(mode)).map(([, short]) => short).join(',');
}

/** Up to `max` entries joined by `,`, then ` + N more...`. */
export function listWithMore(items: readonly string[], max: number, total = items.length): string {
  const shown = items.slice(0, max).join(',');
  return total > max ? `${shown} + ${total - max} more...` : shown;
}

/** The storage class of a PV/PVC: the beta annotation wins over spec.storageClassName. */
export function storageClassOf(obj: KubeObject): string {
  const annotation = obj.metadata.annotations?.['volume.beta.kubernetes.io/storage-class'];
  if (annotation !== undefined) return annotation;
  return ((obj.spec as { storageClassName?: string } | undefined)?.storageClassName) ?? '';
}

/** An optional bool as printers print *bool: True/False, `<unset>` when nil. */
export function boolPtr(value: boolean | undefined): string {
  return value === undefined ? '<unset>' : value ? 'True' : 'False';
}

/** Typed view of a stored object (the engine keeps plain JSON). */
export const as = <T>(obj: KubeObject): T => obj as unknown as T;
