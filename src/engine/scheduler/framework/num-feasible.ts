// How many feasible nodes to find before scoring: every node in small clusters, otherwise an
// adaptive percentage (50% minus 1% per 125 nodes, at least 5%) but never fewer than 100 nodes.
// Mirrors numFeasibleNodesToFind of pkg/scheduler/schedule_one.go (percentageOfNodesToScore).

export const MIN_FEASIBLE_NODES_TO_FIND = 100;
export const MIN_FEASIBLE_NODES_PERCENTAGE_TO_FIND = 5;

/** `percentage` 0 (the default) means adaptive. */
export function numFeasibleNodesToFind(numAllNodes: number, percentage = 0): number {
  if (numAllNodes < MIN_FEASIBLE_NODES_TO_FIND) return numAllNodes;
  let pct = percentage;
  if (pct === 0) pct = Math.max(50 - Math.trunc(numAllNodes / 125), MIN_FEASIBLE_NODES_PERCENTAGE_TO_FIND);
  const n = Math.trunc((numAllNodes * pct) / 100);
  return n < MIN_FEASIBLE_NODES_TO_FIND ? MIN_FEASIBLE_NODES_TO_FIND : n;
}
