// NodeAffinity: the pod's nodeSelector and required node affinity must match the node (Filter);
// matching preferred terms add their weights (Score). Required terms naming nodes by metadata.name
// restrict the search to those nodes (PreFilterResult). Mirrors plugins/nodeaffinity (v1.31).

import type { NodeSelectorTerm } from 'kubernetes-types/core/v1';
import type { PodInfo } from '../../cache/pod-info.ts';
import type { NodeInfo } from '../../cache/node-info.ts';
import {
  SKIP, unresolvable, type FilterPlugin, type PodScorer, type PreFilterResult, type ScorePlugin,
} from '../../framework/types.ts';
import { RequiredNodeAffinity, termMatches } from '../../util/node-selector.ts';
import { defaultNormalizeScore } from '../../util/normalize-score.ts';

export const NAME = 'NodeAffinity';
export const ERR_REASON_POD = "node(s) didn't match Pod's node affinity/selector";
export const ERR_REASON_CONFLICT = 'pod affinity terms conflict';

const REJECTED = unresolvable(ERR_REASON_POD);

/** The nodes that metadata.name fields allow, or undefined when some term allows any node. */
function nodeNamesOf(terms: readonly NodeSelectorTerm[]): Set<string> | undefined {
  let names: Set<string> | undefined;
  for (const t of terms) {
    let termNames: Set<string> | undefined;
    for (const r of t.matchFields ?? []) {
      if (r.key !== 'metadata.name' || r.operator !== 'In') continue;
      const values = new Set(r.values ?? []);
      termNames = termNames ? new Set([...termNames].filter((n) => values.has(n))) : values;
    }
    if (!termNames) return undefined;
    names = new Set([...(names ?? []), ...termNames]);
  }
  return names;
}

export class NodeAffinity implements FilterPlugin, ScorePlugin {
  readonly name = NAME;
  readonly hasPreFilter = true;

  preFilter(pod: PodInfo): PreFilterResult {
    const required = new RequiredNodeAffinity(pod.spec);
    if (required.isEmpty) return SKIP;
    const names = required.requiredTerms ? nodeNamesOf(required.requiredTerms) : undefined;
    if (names && names.size === 0) return { kind: 'reject', status: unresolvable(ERR_REASON_CONFLICT) };
    const filter = { filter: (node: NodeInfo) => (required.matches(node) ? undefined : REJECTED) };
    return names ? { kind: 'filter', filter, nodeNames: names } : { kind: 'filter', filter };
  }

  preScore(pod: PodInfo): PodScorer | undefined {
    const preferred = pod.spec.affinity?.nodeAffinity?.preferredDuringSchedulingIgnoredDuringExecution ?? [];
    if (preferred.length === 0) return undefined;
    return {
      score: (node) => {
        let sum = 0;
        for (const p of preferred) if (p.weight !== 0 && termMatches(p.preference, node)) sum += p.weight;
        return sum;
      },
      normalize: (scores) => defaultNormalizeScore(scores, false),
    };
  }
}
