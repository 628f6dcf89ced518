// PodTopologySpread: DoNotSchedule constraints filter, ScheduleAnyway constraints (or, for a pod
// with none, the system defaults over its Services and controller) score.
// Mirrors plugins/podtopologyspread/plugin.go (v1.31, defaultingType System).

import type { SchedulerCache } from '../../cache/cache.ts';
import type { ClusterLister } from '../../cache/cluster-lister.ts';
import type { NodeInfo } from '../../cache/node-info.ts';
import type { PodInfo } from '../../cache/pod-info.ts';
import { SKIP, type FilterPlugin, type PodScorer, type PreFilterResult, type ScorePlugin } from '../../framework/types.ts';
import { DO_NOT_SCHEDULE, SCHEDULE_ANYWAY, defaultConstraints, podConstraints } from './common.ts';
import { SpreadFilter } from './filtering.ts';
import { spreadScorer } from './scoring.ts';

export const NAME = 'PodTopologySpread';

export class PodTopologySpread implements FilterPlugin, ScorePlugin {
  readonly name = NAME;
  readonly hasPreFilter = true;

  constructor(private readonly cache: SchedulerCache, private readonly lister: ClusterLister) {}

  preFilter(pod: PodInfo): PreFilterResult {
    const constraints = podConstraints(pod, DO_NOT_SCHEDULE);
    if (constraints.length === 0) return SKIP;
    return { kind: 'filter', filter: SpreadFilter.compute(pod, constraints, this.cache.nodes) };
  }

  preScore(pod: PodInfo, filtered: readonly NodeInfo[]): PodScorer | undefined {
    const own = (pod.spec.topologySpreadConstraints ?? []).length > 0;
    const constraints = own ? podConstraints(pod, SCHEDULE_ANYWAY) : defaultConstraints(pod, this.lister);
    if (constraints.length === 0 || filtered.length === 0) return undefined;
    return spreadScorer(pod, constraints, filtered, this.cache.nodes, own);
  }
}
