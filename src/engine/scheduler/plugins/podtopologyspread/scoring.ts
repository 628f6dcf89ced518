// PodTopologySpread's Score: the fewer matching pods in a node's domains, the better. Counts per
// zone-like domain are summed at PreScore over all nodes, per-host counts are read at Score; each
// constraint weighs log(domains + 2). Mirrors plugins/podtopologyspread/scoring.go (v1.31).

import type { NodeInfo } from '../../cache/node-info.ts';
import type { PodInfo } from '../../cache/pod-info.ts';
import { MAX_NODE_SCORE, type PodScorer } from '../../framework/types.ts';
import { RequiredNodeAffinity } from '../../util/node-selector.ts';
import { HOSTNAME, countMatching, nodeHasAllKeys, nodeIncluded, type Constraint } from './common.ts';

const INVALID_SCORE = -1;

/** initPreScoreState + the per-domain counting of PreScore; `requireAll` is false for system defaults. */
export function spreadScorer(
  pod: PodInfo, constraints: readonly Constraint[], filtered: readonly NodeInfo[], all: readonly NodeInfo[], requireAll: boolean,
): PodScorer {
  const ignored = new Set<string>();
  const pairCounts = constraints.map(() => new Map<string, number>());
  for (const node of filtered) {
    if (requireAll && !nodeHasAllKeys(node, constraints)) {
      ignored.add(node.name);
      continue;
    }
    constraints.forEach((c, i) => {
      if (c.topologyKey !== HOSTNAME) pairCounts[i]!.set(node.labels[c.topologyKey] ?? '', 0);
    });
  }
  const weights = constraints.map((c, i) =>
    Math.log((c.topologyKey === HOSTNAME ? filtered.length - ignored.size : pairCounts[i]!.size) + 2));
  const affinity = new RequiredNodeAffinity(pod.spec);
  const tolerations = pod.spec.tolerations ?? [];
  for (const node of all) {
    if (requireAll && !nodeHasAllKeys(node, constraints)) continue;
    constraints.forEach((c, i) => {
      if (!nodeIncluded(c, tolerations, node, affinity)) return;
      const value = node.labels[c.topologyKey];
      const counts = pairCounts[i]!;
      if (value === undefined || !counts.has(value)) return;
      counts.set(value, counts.get(value)! + countMatching(node, c.selector, pod.namespace));
    });
  }
  return {
    score(node) {
      if (ignored.has(node.name)) return 0;
      let score = 0;
      constraints.forEach((c, i) => {
        const value = node.labels[c.topologyKey];
        if (value === undefined) return;
        const cnt = c.topologyKey === HOSTNAME ? countMatching(node, c.selector, pod.namespace) : pairCounts[i]!.get(value) ?? 0;
        score += cnt * weights[i]! + (c.maxSkew - 1);
      });
      return Math.round(score);
    },
    normalize(scores, nodes) {
      let min = Number.MAX_SAFE_INTEGER;
      let max = 0;
      scores.forEach((s, i) => {
        if (ignored.has(nodes[i]!.name)) {
          scores[i] = INVALID_SCORE;
          return;
        }
        min = Math.min(min, s);
        max = Math.max(max, s);
      });
      for (let i = 0; i < scores.length; i++) {
        const s = scores[i]!;
        if (s === INVALID_SCORE) scores[i] = 0;
        else if (max === 0) scores[i] = MAX_NODE_SCORE;
        else scores[i] = Math.trunc((MAX_NODE_SCORE * (max + min - s)) / max);
      }
    },
  };
}
