// Which pods a controller deletes first when it scales down: the order of controller.ActivePodsWithRanks
// with the LogarithmicScaleDown and PodDeletionCost features (both on in v1.31).

import type { KubeObject } from '../../api/types.ts';
import { parseTime } from '../../base/time.ts';
import { isPodActive, isPodReady, maxContainerRestarts, podReadySinceMs, podStatus } from './pod-utils.ts';

const PHASE_ORDINAL: Readonly<Record<string, number>> = { Pending: 0, Unknown: 1, Running: 2 };
const DELETION_COST = 'controller.kubernetes.io/pod-deletion-cost';

/** What the ordering reads of a pod: read once per stored (frozen) pod version, not once per comparison. */
interface PodKeys {
  readonly node: string;
  readonly phase: number;
  readonly ready: boolean;
  readonly cost: number;
  readonly readySinceMs: number | undefined;
  readonly restarts: number;
  readonly createdMs: number | undefined;
  readonly uid: string;
}

interface RankedPod {
  readonly pod: KubeObject;
  readonly keys: PodKeys;
  readonly rank: number;
  readonly index: number;
}

const keysByPod = new WeakMap<KubeObject, PodKeys>();

/**
 * `pods` sorted deletion-first, or only the first `limit` of that order. A pod's rank is how many
 * active `related` pods share its node (doubled-up pods go first); `nowMs` buckets ages
 * logarithmically, so pods of similar age are told apart by uid rather than by a few milliseconds.
 */
export function rankPodsForDeletion(pods: readonly KubeObject[], related: readonly KubeObject[], nowMs: number, limit = pods.length): KubeObject[] {
  const onNode = new Map<string, number>();
  for (const p of related) {
    if (!isPodActive(p)) continue;
    const node = nodeOf(p);
    onNode.set(node, (onNode.get(node) ?? 0) + 1);
  }
  const ranked = pods.map((pod, index): RankedPod => {
    const keys = keysOf(pod);
    return { pod, keys, rank: onNode.get(keys.node) ?? 0, index };
  });
  // The input position breaks ties, as a stable sort keeps them: the order is total, so the first
  // `limit` can be picked without sorting the rest.
  const before = (a: RankedPod, b: RankedPod): number => compare(a, b, nowMs) || a.index - b.index;
  return firstInOrder(ranked, limit, before).map((r) => r.pod);
}

/** The `limit` smallest of `items` under `order`, in that order: a sorted window kept by binary insertion. */
function firstInOrder<T>(items: readonly T[], limit: number, order: (a: T, b: T) => number): T[] {
  if (limit >= items.length) return [...items].sort(order);
  if (limit <= 0) return [];
  const best: T[] = [];
  for (const item of items) {
    if (best.length === limit && order(item, best[limit - 1]!) >= 0) continue;
    let lo = 0;
    let hi = best.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (order(best[mid]!, item) <= 0) lo = mid + 1;
      else hi = mid;
    }
    best.splice(lo, 0, item);
    if (best.length > limit) best.pop();
  }
  return best;
}

function keysOf(pod: KubeObject): PodKeys {
  const known = keysByPod.get(pod);
  if (known) return known;
  const ready = isPodReady(pod);
  const keys: PodKeys = {
    node: nodeOf(pod),
    phase: PHASE_ORDINAL[podStatus(pod).phase ?? ''] ?? 0,
    ready,
    cost: deletionCost(pod),
    readySinceMs: ready ? podReadySinceMs(pod) : undefined,
    restarts: maxContainerRestarts(pod),
    createdMs: parseTime(pod.metadata.creationTimestamp),
    uid: pod.metadata.uid ?? '',
  };
  if (Object.isFrozen(pod)) keysByPod.set(pod, keys);
  return keys;
}

function compare(ra: RankedPod, rb: RankedPod, nowMs: number): number {
  const a = ra.keys;
  const b = rb.keys;
  if (a.node !== b.node && (a.node === '' || b.node === '')) return a.node === '' ? -1 : 1;
  if (a.phase !== b.phase) return a.phase - b.phase;
  if (a.ready !== b.ready) return a.ready ? 1 : -1;
  if (a.cost !== b.cost) return a.cost - b.cost;
  if (ra.rank !== rb.rank) return rb.rank - ra.rank;
  if (a.ready) {
    const byReady = byAge(a.readySinceMs, b.readySinceMs, a, b, nowMs);
    if (byReady !== 0) return byReady;
  }
  const restarts = b.restarts - a.restarts;
  if (restarts !== 0) return restarts;
  return byAge(a.createdMs, b.createdMs, a, b, nowMs);
}

/** Newer first; with both times known, compared by log2 of their age in nanoseconds, then by uid. */
function byAge(msA: number | undefined, msB: number | undefined, a: PodKeys, b: PodKeys, nowMs: number): number {
  if (msA === msB) return 0;
  if (msA === undefined || msB === undefined) return msA === undefined ? -1 : 1;
  const diff = logRank(nowMs - msA) - logRank(nowMs - msB);
  if (diff !== 0) return diff;
  return a.uid < b.uid ? -1 : a.uid > b.uid ? 1 : 0;
}

function logRank(ageMs: number): number {
  return ageMs > 0 ? Math.floor(Math.log2(ageMs * 1e6)) : -1;
}

function deletionCost(pod: KubeObject): number {
  const raw = pod.metadata.annotations?.[DELETION_COST];
  const n = raw === undefined ? 0 : Number(raw);
  return Number.isInteger(n) ? n : 0;
}

function nodeOf(pod: KubeObject): string {
  return (pod.spec as { nodeName?: string } | undefined)?.nodeName ?? '';
}
