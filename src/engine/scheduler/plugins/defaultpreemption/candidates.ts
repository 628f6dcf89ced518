// Choosing among the nodes where preemption would work: fewest PDB violations, then the lowest
// highest-priority victim, the lowest sum of priorities, the fewest victims, the latest start of
// the most important victims; the first remaining node otherwise. Also how many candidates to look for.
// Mirrors pickOneNodeForPreemption and calculateNumCandidates (v1.31, 10% / at least 100).

import type { Victims } from './victims.ts';

const MIN_CANDIDATE_NODES_PERCENTAGE = 10;
const MIN_CANDIDATE_NODES_ABSOLUTE = 100;
const MAX_INT32 = 2 ** 31 - 1;

export interface Candidate {
  readonly node: string;
  readonly victims: Victims;
}

export function numCandidates(numNodes: number): number {
  const n = Math.max(Math.trunc((numNodes * MIN_CANDIDATE_NODES_PERCENTAGE) / 100), MIN_CANDIDATE_NODES_ABSOLUTE);
  return Math.min(n, numNodes);
}

/** GetEarliestPodStartTime: the earliest start among the victims of the highest priority. */
function earliestStartOfTopVictims(v: Victims, nowMs: number): number {
  const top = v.pods[0]!.priority;
  return Math.min(...v.pods.filter((p) => p.priority === top).map((p) => p.startTimeMs ?? nowMs));
}

export function pickOneNodeForPreemption(candidates: readonly Candidate[], nowMs: number): Candidate | undefined {
  const criteria: Array<(c: Candidate) => number> = [
    (c) => -c.victims.numPdbViolations,
    (c) => -c.victims.pods[0]!.priority,
    (c) => -c.victims.pods.reduce((sum, p) => sum + p.priority + MAX_INT32 + 1, 0),
    (c) => -c.victims.pods.length,
    (c) => earliestStartOfTopVictims(c.victims, nowMs),
  ];
  let remaining = [...candidates];
  for (const score of criteria) {
    if (remaining.length <= 1) break;
    const scores = remaining.map(score);
    const best = Math.max(...scores);
    remaining = remaining.filter((_, i) => scores[i] === best);
  }
  return remaining[0];
}
