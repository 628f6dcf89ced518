// Which pods a controller deletes first when it scales down: the order of controller.ActivePodsWithRanks
// with the LogarithmicScaleDown and PodDeletionCost features (both on in v1.31).

import type { KubeObject } from '../../api/types.ts';
import { parseTime } from '../../base/time.ts';
import { isPodActive, isPodReady, maxContainerRestarts, podReadySinceMs, podStatus } from './pod-utils.ts';

const PHASE_ORDINAL: Readonly<Record<string, number>> = { Pending: 0, Unknown: 1, Running: 2 };
const DELETION_COST = 'controller.kubernetes.io/pod-deletion-cost';

/**
 * `pods` sorted deletion-first. A pod's rank is how many active `related` pods share its node
 * (doubled-up pods go first); `nowMs` buckets ages logarithmically, so pods of similar age are
 * told apart by uid rather than by a few milliseconds.
 */
export function rankPodsForDeletion(pods: readonly KubeObject[], related: readonly KubeObject[], nowMs: number): KubeObject[] {
  const onNode = new Map<string, number>();
  for (const p of related) {
    if (!isPodActive(p)) continue;
    const node = nodeOf(p);
    onNode.set(node, (onNode.get(node) ?? 0) + 1);
  }
  const ranked = pods.map((pod) => ({ pod, rank: onNode.get(nodeOf(pod)) ?? 0 }));
  ranked.sort((a, b) => compare(a.pod, a.rank, b.pod, b.rank, nowMs));
  return ranked.map((r) => r.pod);
}

function compare(a: KubeObject, rankA: number, b: KubeObject, rankB: number, nowMs: number): number {
  const nodeA = nodeOf(a);
  const nodeB = nodeOf(b);
  if (nodeA !== nodeB && (nodeA === '' || nodeB === '')) return nodeA === '' ? -1 : 1;
  const phaseA = PHASE_ORDINAL[podStatus(a).phase ?? ''] ?? 0;
  const phaseB = PHASE_ORDINAL[podStatus(b).phase ?? ''] ?? 0;
  if (phaseA !== phaseB) return phaseA - phaseB;
  const readyA = isPodReady(a);
  if (readyA !== isPodReady(b)) return readyA ? 1 : -1;
  const costA = deletionCost(a);
  const costB = deletionCost(b);
  if (costA !== costB) return costA - costB;
  if (rankA !== rankB) return rankB - rankA;
  if (readyA) {
    const byReady = byAge(podReadySinceMs(a), podReadySinceMs(b), a, b, nowMs);
    if (byReady !== 0) return byReady;
  }
  const restarts = maxContainerRestarts(b) - maxContainerRestarts(a);
  if (restarts !== 0) return restarts;
  return byAge(parseTime(a.metadata.creationTimestamp), parseTime(b.metadata.creationTimestamp), a, b, nowMs);
}

/** Newer first; with both times known, compared by log2 of their age in nanoseconds, then by uid. */
function byAge(msA: number | undefined, msB: number | undefined, a: KubeObject, b: KubeObject, nowMs: number): number {
  if (msA === msB) return 0;
  if (msA === undefined || msB === undefined) return msA === undefined ? -1 : 1;
  const diff = logRank(nowMs - msA) - logRank(nowMs - msB);
  if (diff !== 0) return diff;
  const uidA = a.metadata.uid ?? '';
  const uidB = b.metadata.uid ?? '';
  return uidA < uidB ? -1 : uidA > uidB ? 1 : 0;
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
