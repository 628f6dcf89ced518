// The scheduler's part of the activity: for one scheduling cycle, its Filter over the nodes, its
// Score of the feasible ones, and the node it binds the pod to (or that none fits). The binding
// request that follows at the same instant is recorded as caused by the decision.

import type { KubeObject } from '../api/types.ts';
import type { Attempt } from '../scheduler/schedule-one.ts';
import type { ActivityLog } from './log.ts';
import type { ActivityObject } from './types.ts';

function podObject(pod: KubeObject): ActivityObject {
  return { kind: 'Pod', namespace: pod.metadata.namespace ?? 'default', name: pod.metadata.name ?? '' };
}

/** Records a cycle's outcome for `pod` (the log is on); `totalNodes` is the size of the node cache. */
export function recordSchedulingCycle(log: ActivityLog, pod: KubeObject, attempt: Attempt, totalNodes: number): void {
  const object = podObject(pod);
  const { result, trace } = attempt;
  const feasible = trace.feasible.length;
  const filter = log.record('kube-scheduler', 'filter', object, { feasible, total: totalNodes, evaluated: trace.evaluatedNodes, rejected: trace.rejected.length });
  if (result.kind !== 'fit') {
    const plugins = result.kind === 'unfit' ? [...result.unschedulablePlugins].sort().join(',') : '';
    log.record('kube-scheduler', 'unschedulable', object, { total: totalNodes, plugins }, undefined, filter);
    log.scheduled(-1);
    return;
  }
  let parent = filter;
  if (trace.scores) {
    const best = Math.max(...trace.scores.totals);
    parent = log.record('kube-scheduler', 'score', object, { candidates: feasible, node: result.node, score: Math.round(best) }, undefined, filter);
  }
  log.scheduled(log.record('kube-scheduler', 'bind', object, { node: result.node }, undefined, parent));
}
