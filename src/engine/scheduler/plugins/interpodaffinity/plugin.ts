// InterPodAffinity: required pod affinity / anti-affinity filter (including running pods'
// anti-affinity towards the incoming pod) and preferred terms score. Mirrors
// plugins/interpodaffinity/plugin.go (v1.31; hardPodAffinityWeight 1).

import type { SchedulerCache } from '../../cache/cache.ts';
import type { ClusterLister } from '../../cache/cluster-lister.ts';
import type { NodeInfo } from '../../cache/node-info.ts';
import type { PodInfo } from '../../cache/pod-info.ts';
import { SKIP, type FilterPlugin, type PodScorer, type PreFilterResult, type ScorePlugin } from '../../framework/types.ts';
import { AffinityFilter, computeAffinityState } from './filtering.ts';
import { affinityScorer } from './scoring.ts';
import { mergeNamespaces } from './terms.ts';

export const NAME = 'InterPodAffinity';

export class InterPodAffinity implements FilterPlugin, ScorePlugin {
  readonly name = NAME;
  readonly hasPreFilter = true;

  constructor(private readonly cache: SchedulerCache, private readonly lister: ClusterLister) {}

  preFilter(pod: PodInfo): PreFilterResult {
    const affinityTerms = pod.requiredAffinityTerms.map((t) => mergeNamespaces(t, this.lister));
    const antiAffinityTerms = pod.requiredAntiAffinityTerms.map((t) => mergeNamespaces(t, this.lister));
    const withAntiAffinity = this.cache.nodesWithRequiredAntiAffinityPods();
    if (affinityTerms.length === 0 && antiAffinityTerms.length === 0 && withAntiAffinity.length === 0) return SKIP;
    const nsLabels = this.lister.namespaceLabels(pod.namespace);
    const state = computeAffinityState(pod, affinityTerms, antiAffinityTerms, nsLabels, this.cache.nodes, withAntiAffinity);
    if (state.existingAntiAffinity.size === 0 && affinityTerms.length === 0 && antiAffinityTerms.length === 0) return SKIP;
    return { kind: 'filter', filter: new AffinityFilter(state) };
  }

  preScore(pod: PodInfo, nodes: readonly NodeInfo[]): PodScorer | undefined {
    if (nodes.length === 0) return undefined;
    const preferred = {
      affinity: pod.preferredAffinityTerms.map((t) => mergeNamespaces(t, this.lister)),
      antiAffinity: pod.preferredAntiAffinityTerms.map((t) => mergeNamespaces(t, this.lister)),
    };
    const hasConstraints = preferred.affinity.length + preferred.antiAffinity.length > 0;
    const toProcess = hasConstraints ? this.cache.nodes : this.cache.nodesWithAffinityPods();
    return affinityScorer(pod, preferred, this.lister.namespaceLabels(pod.namespace), toProcess);
  }
}
