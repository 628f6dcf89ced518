// NodeResourcesBalancedAllocation: prefers nodes where CPU and memory would be used in similar
// proportions once the pod runs (plain requests, not the "non-zero" defaults).
// Mirrors plugins/noderesources/balanced_allocation.go (v1.31).

import type { PodInfo } from '../../cache/pod-info.ts';
import type { PodScorer, ScorePlugin } from '../../framework/types.ts';
import { balancedScore } from './resource-allocation.ts';

export const NAME = 'NodeResourcesBalancedAllocation';

export class BalancedAllocation implements ScorePlugin {
  readonly name = NAME;

  preScore(pod: PodInfo): PodScorer {
    const { milliCpu, memory } = pod.requests;
    return {
      score: (node) => balancedScore(
        node.requested.milliCpu + milliCpu, node.allocatable.milliCpu, node.requested.memory + memory, node.allocatable.memory,
      ),
    };
  }
}
