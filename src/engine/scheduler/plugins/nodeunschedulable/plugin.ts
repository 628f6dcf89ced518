// NodeUnschedulable: a cordoned node (spec.unschedulable) takes only pods that tolerate the
// node.kubernetes.io/unschedulable:NoSchedule taint. Mirrors plugins/nodeunschedulable (v1.31).

import type { PodInfo } from '../../cache/pod-info.ts';
import { statelessFilter, unresolvable, type FilterPlugin, type PreFilterResult } from '../../framework/types.ts';
import { NO_SCHEDULE, taintTolerated } from '../../util/tolerations.ts';

export const NAME = 'NodeUnschedulable';
export const ERR_REASON_UNSCHEDULABLE = 'node(s) were unschedulable';

const UNSCHEDULABLE_TAINT = { key: 'node.kubernetes.io/unschedulable', effect: NO_SCHEDULE };
const REJECTED = unresolvable(ERR_REASON_UNSCHEDULABLE);

export class NodeUnschedulable implements FilterPlugin {
  readonly name = NAME;
  readonly hasPreFilter = false;

  preFilter(pod: PodInfo): PreFilterResult {
    const tolerates = taintTolerated(UNSCHEDULABLE_TAINT, pod.spec.tolerations ?? []);
    return statelessFilter((node) => (node.unschedulable && !tolerates ? REJECTED : undefined));
  }
}
