// TaintToleration: Filter rejects nodes with an untolerated NoSchedule/NoExecute taint; Score
// prefers nodes with fewer untolerated PreferNoSchedule taints. Mirrors plugins/tainttoleration (v1.31).

import type { Toleration } from 'kubernetes-types/core/v1';
import type { NodeInfo } from '../../cache/node-info.ts';
import type { PodInfo } from '../../cache/pod-info.ts';
import {
  statelessFilter, unresolvable, type FilterPlugin, type PodScorer, type PreFilterResult, type ScorePlugin, type Status,
} from '../../framework/types.ts';
import { defaultNormalizeScore } from '../../util/normalize-score.ts';
import { DO_NOT_SCHEDULE_EFFECTS, PREFER_NO_SCHEDULE, firstUntoleratedTaint, taintTolerated } from '../../util/tolerations.ts';

export const NAME = 'TaintToleration';

export const untoleratedTaintReason = (key: string, value: string): string => `node(s) had untolerated taint {${key}: ${value}}`;

export function filterTaints(tolerations: readonly Toleration[], node: NodeInfo): Status | undefined {
  if (node.taints.length === 0) return undefined;
  const taint = firstUntoleratedTaint(node.taints, tolerations, DO_NOT_SCHEDULE_EFFECTS);
  return taint ? unresolvable(untoleratedTaintReason(taint.key, taint.value ?? '')) : undefined;
}

export class TaintToleration implements FilterPlugin, ScorePlugin {
  readonly name = NAME;
  readonly hasPreFilter = false;

  preFilter(pod: PodInfo): PreFilterResult {
    const tolerations = pod.spec.tolerations ?? [];
    return statelessFilter((node) => filterTaints(tolerations, node));
  }

  preScore(pod: PodInfo): PodScorer {
    const preferred = (pod.spec.tolerations ?? []).filter((t) => !t.effect || t.effect === PREFER_NO_SCHEDULE);
    return {
      score: (node) => {
        let n = 0;
        for (const t of node.taints) if (t.effect === PREFER_NO_SCHEDULE && !taintTolerated(t, preferred)) n++;
        return n;
      },
      normalize: (scores) => defaultNormalizeScore(scores, true),
    };
  }
}
