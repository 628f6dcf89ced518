// "Why Pending?" for the inspector: the scheduler's explanation of a pod's latest attempt, cut down
// to what a table shows per node (rejected or feasible, by which plugin, why), rejected nodes first.

import type { Cluster } from '../../../engine/index.ts';
import type { NodeVerdict, SchedulingWhy } from './view-types.ts';

type Explanation = NonNullable<ReturnType<Cluster['scheduler']['explain']>>;
type NodeExplanation = Explanation['nodes'][number];

function verdictOf(node: NodeExplanation): NodeVerdict {
  const reasons = node.filters.flatMap((f) => (f.result === 'Rejected' ? [...(f.reasons ?? [])] : []));
  return {
    node: node.node,
    feasible: node.feasible,
    chosen: node.chosen,
    ...(node.rejectedBy ? { rejectedBy: node.rejectedBy } : {}),
    reasons,
  };
}

export function toSchedulingWhy(e: Explanation): SchedulingWhy {
  const nodes = e.nodes.map(verdictOf);
  return {
    outcome: e.outcome,
    atMs: e.atMs,
    attempt: e.attempt,
    ...(e.message ? { message: e.message } : {}),
    totalNodes: e.totalNodes,
    feasibleNodes: e.feasibleNodes,
    preFilter: e.preFilter.filter((v) => v.result === 'Rejected').map((v) => ({ plugin: v.plugin, reasons: [...(v.reasons ?? [])] })),
    nodes: nodes.sort((a, b) =>
      Number(a.feasible) - Number(b.feasible) || (a.node < b.node ? -1 : a.node > b.node ? 1 : 0)),
  };
}
