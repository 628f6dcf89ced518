// InterPodAffinity's Score: preferred (anti-)affinity of the incoming pod towards running pods, and
// of running pods towards it (their required affinity counts with weight 1), summed per topology
// value and normalised between the lowest and highest node. Mirrors plugins/interpodaffinity/scoring.go (v1.31).

import type { NodeInfo } from '../../cache/node-info.ts';
import { affinityTermMatches, hasAffinity, type AffinityTerm, type PodInfo, type WeightedAffinityTerm } from '../../cache/pod-info.ts';
import { MAX_NODE_SCORE, type PodScorer } from '../../framework/types.ts';

const HARD_POD_AFFINITY_WEIGHT = 1;

type Labels = Readonly<Record<string, string>> | undefined;
/** topology key → value → score */
type TopologyScore = Map<string, Map<string, number>>;

function processTerm(scores: TopologyScore, term: AffinityTerm, weight: number, pod: PodInfo, nsLabels: Labels, node: NodeInfo): void {
  if (!affinityTermMatches(term, pod, nsLabels)) return;
  const value = node.labels[term.topologyKey];
  if (value === undefined) return;
  const byValue = scores.get(term.topologyKey) ?? new Map<string, number>();
  byValue.set(value, (byValue.get(value) ?? 0) + weight);
  scores.set(term.topologyKey, byValue);
}

function processTerms(scores: TopologyScore, terms: readonly WeightedAffinityTerm[], pod: PodInfo, nsLabels: Labels, node: NodeInfo, sign: 1 | -1): void {
  for (const t of terms) processTerm(scores, t, sign * t.weight, pod, nsLabels, node);
}

export interface IncomingPreferences {
  readonly affinity: readonly WeightedAffinityTerm[];
  readonly antiAffinity: readonly WeightedAffinityTerm[];
}

/** PreScore; undefined (Skip) when no pair got a score. */
export function affinityScorer(pod: PodInfo, preferred: IncomingPreferences, nsLabels: Labels, nodes: readonly NodeInfo[]): PodScorer | undefined {
  const hasConstraints = preferred.affinity.length + preferred.antiAffinity.length > 0;
  const scores: TopologyScore = new Map();
  for (const node of nodes) {
    if (Object.keys(node.labels).length === 0) continue;
    for (const existing of node.pods) {
      if (!hasConstraints && !hasAffinity(existing)) continue;
      processTerms(scores, preferred.affinity, existing, undefined, node, 1);
      processTerms(scores, preferred.antiAffinity, existing, undefined, node, -1);
      for (const t of existing.requiredAffinityTerms) processTerm(scores, t, HARD_POD_AFFINITY_WEIGHT, pod, nsLabels, node);
      processTerms(scores, existing.preferredAffinityTerms, pod, nsLabels, node, 1);
      processTerms(scores, existing.preferredAntiAffinityTerms, pod, nsLabels, node, -1);
    }
  }
  if (scores.size === 0) return undefined;
  return {
    score(node) {
      let score = 0;
      for (const [key, byValue] of scores) {
        const value = node.labels[key];
        if (value !== undefined) score += byValue.get(value) ?? 0;
      }
      return score;
    },
    normalize(values) {
      let min = Number.MAX_SAFE_INTEGER;
      let max = Number.MIN_SAFE_INTEGER;
      for (const v of values) {
        min = Math.min(min, v);
        max = Math.max(max, v);
      }
      const diff = max - min;
      for (let i = 0; i < values.length; i++) values[i] = diff > 0 ? Math.trunc(MAX_NODE_SCORE * ((values[i]! - min) / diff)) : 0;
    },
  };
}
