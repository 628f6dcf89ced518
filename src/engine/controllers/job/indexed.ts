// Indexed Jobs: completion indexes of pods, the compressed `completedIndexes` text ("0-2,4"), which
// indexes still need a pod, and which active pods repeat an index. Mirrors
// pkg/controller/job/indexed_job_utils.go (v1.31).

import type { KubeObject } from '../../api/types.ts';
import { JOB_COMPLETION_INDEX } from './util.ts';

export const UNKNOWN_INDEX = -1;
const MAX_GENERATED_NAME_LENGTH = 58;

export interface Interval {
  readonly first: number;
  readonly last: number;
}

/** The completion index annotation of a pod, or UNKNOWN_INDEX. */
export function completionIndex(pod: KubeObject): number {
  const raw = pod.metadata.annotations?.[JOB_COMPLETION_INDEX];
  if (raw === undefined || !/^[+-]?\d+$/.test(raw)) return UNKNOWN_INDEX;
  const n = Number(raw);
  return n < 0 ? UNKNOWN_INDEX : n;
}

/** Merges `indexes` (increasing) into the ordered intervals. */
export function withIndexes(intervals: readonly Interval[], indexes: readonly number[]): Interval[] {
  const out: Interval[] = [];
  const push = (iv: Interval): void => {
    const last = out.at(-1);
    if (!last || iv.first > last.last + 1) out.push(iv);
    else if (last.last < iv.last) out[out.length - 1] = { first: last.first, last: iv.last };
  };
  let i = 0;
  let j = 0;
  while (i < intervals.length && j < indexes.length) {
    if (intervals[i]!.first < indexes[j]!) push(intervals[i++]!);
    else push({ first: indexes[j]!, last: indexes[j++]! });
  }
  for (; i < intervals.length; i++) push(intervals[i]!);
  for (; j < indexes.length; j++) push({ first: indexes[j]!, last: indexes[j]! });
  return out;
}

export function intervalsTotal(intervals: readonly Interval[]): number {
  return intervals.reduce((n, iv) => n + iv.last - iv.first + 1, 0);
}

export function intervalsHas(intervals: readonly Interval[], ix: number): boolean {
  return intervals.some((iv) => iv.first <= ix && ix <= iv.last);
}

/** "1,3-5,7": ranges of three or more with a hyphen, pairs with a comma. */
export function formatIntervals(intervals: readonly Interval[]): string {
  return intervals.map((iv) => {
    if (iv.last === iv.first) return String(iv.first);
    return `${iv.first}${iv.last === iv.first + 1 ? ',' : '-'}${iv.last}`;
  }).join(',');
}

/** succeededIndexesFromString: the intervals of `text` below `completions`; corrupt parts are skipped. */
export function parseIntervals(text: string | undefined, completions: number): Interval[] {
  const out: Interval[] = [];
  for (const part of (text ?? '').split(',')) {
    if (part === '') continue;
    const [a, b] = part.split('-');
    if (!/^\d+$/.test(a ?? '') || (b !== undefined && !/^\d+$/.test(b))) continue;
    const first = Number(a);
    if (first >= completions) break;
    const last = b === undefined ? first : Math.min(Number(b), completions - 1);
    const prev = out.at(-1);
    if (prev && prev.last === first - 1) out[out.length - 1] = { first: prev.first, last };
    else out.push({ first, last });
  }
  return out;
}

/** firstPendingIndexes: up to `count` indexes below `completions` neither active nor succeeded. */
export function firstPendingIndexes(activePods: readonly KubeObject[], succeeded: readonly Interval[], count: number, completions: number): number[] {
  if (count === 0) return [];
  const active = [...new Set(activePods.map(completionIndex).filter((ix) => ix !== UNKNOWN_INDEX))].sort((a, b) => a - b);
  const taken = withIndexes(succeeded, active);
  const out: number[] = [];
  let candidate = 0;
  for (const iv of taken) {
    for (; candidate < completions && out.length < count && candidate < iv.first; candidate++) out.push(candidate);
    if (candidate < iv.last + 1) candidate = iv.last + 1;
  }
  for (; candidate < completions && out.length < count; candidate++) out.push(candidate);
  return out;
}

/**
 * appendDuplicatedIndexPodsForRemoval: pods without a valid index, with an index past
 * `completions`, and all but one pod of each repeated index (`rankFirst` orders deletion-first).
 */
export function duplicateIndexPods(pods: readonly KubeObject[], completions: number, rankFirst: (pods: KubeObject[]) => KubeObject[]): { remove: KubeObject[]; keep: KubeObject[] } {
  const remove: KubeObject[] = [];
  const keep: KubeObject[] = [];
  const byIndex = new Map<number, KubeObject[]>();
  for (const p of pods) {
    const ix = completionIndex(p);
    if (ix === UNKNOWN_INDEX || ix >= completions) remove.push(p);
    else byIndex.set(ix, [...(byIndex.get(ix) ?? []), p]);
  }
  for (const ix of [...byIndex.keys()].sort((a, b) => a - b)) {
    const group = byIndex.get(ix)!;
    if (group.length === 1) {
      keep.push(group[0]!);
      continue;
    }
    const ranked = rankFirst(group);
    remove.push(...ranked.slice(0, -1));
    keep.push(ranked.at(-1)!);
  }
  return { remove, keep };
}

/** podGenerateNameWithIndex: `<job>-<index>-`, the job name cut so the prefix fits 58 characters. */
export function generateNameWithIndex(jobName: string, index: number): string {
  const suffix = `-${index}-`;
  const prefix = jobName + suffix;
  return prefix.length > MAX_GENERATED_NAME_LENGTH ? prefix.slice(0, MAX_GENERATED_NAME_LENGTH - suffix.length) + suffix : prefix;
}
