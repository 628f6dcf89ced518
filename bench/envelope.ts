// The upstream scalability envelope: 5,000 nodes and 150,000 pods (30 per node), bare busybox pods
// created through the API and run until all are Running and Ready; wall time and peak heap against
// the goals (≤ 30 s, ≤ 1.5 GB). `--envelope=<fraction>` runs that share of the pods on all the nodes.

import { runPodsBench } from './pods.ts';
import type { Figure } from './table.ts';

const NODES = 5_000;
const PODS = 150_000;
const WALL_GOAL_MS = 30_000;
const HEAP_GOAL_BYTES = 1.5 * 2 ** 30;

export function runEnvelopeBench(fraction: number): Figure[] {
  const pods = Math.max(NODES, Math.round(PODS * fraction));
  const { figures, heapBytes } = runPodsBench({ pods, nodes: NODES, goalMs: WALL_GOAL_MS });
  return [
    ...figures,
    { figure: `  peak heap against the envelope goal`, goalText: '≤ 1.5 GB', text: `${(heapBytes / 2 ** 30).toFixed(2)} GB`, ratio: heapBytes / HEAP_GOAL_BYTES },
  ];
}
