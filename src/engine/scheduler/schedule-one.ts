// The scheduling algorithm for one pod, without side effects: PreFilter, Filter over the nodes from
// a rotating start until enough feasible nodes are found (the nominated node first), Score, and host
// selection. Records what it saw for explanations. Mirrors schedulePod / findNodesThatFitPod /
// prioritizeNodes of pkg/scheduler/schedule_one.go (v1.31).

import type { Pod } from 'kubernetes-types/core/v1';
import type { SeededRandom } from '../base/rand.ts';
import type { SchedulerCache } from './cache/cache.ts';
import type { NodeInfo } from './cache/node-info.ts';
import type { PodInfo } from './cache/pod-info.ts';
import { newTrace, type CycleTrace } from './explain/explanation.ts';
import { statusMessage } from './framework/fit-error.ts';
import { numFeasibleNodesToFind } from './framework/num-feasible.ts';
import { filterWithNominatedPods, runPreFilter, runScore, type CycleFilters, type Nominator, type Profile } from './framework/runtime.ts';
import { selectHost } from './framework/select-host.ts';
import { unresolvable, type Status } from './framework/types.ts';

export const FILTERED_BY_PREFILTER = 'node is filtered out by the prefilter result';

export interface AlgorithmDeps {
  readonly profile: Profile;
  readonly cache: SchedulerCache;
  readonly nominator: Nominator;
  readonly rand: SeededRandom;
  /** 0: adaptive (the default). */
  readonly percentageOfNodesToScore: number;
}

export interface Unfit {
  readonly kind: 'unfit';
  readonly numAllNodes: number;
  readonly statuses: ReadonlyMap<string, Status>;
  readonly unschedulablePlugins: ReadonlySet<string>;
  readonly preFilterMsg?: string;
  /** The pod's filters, for preemption's what-if (undefined when PreFilter rejected the pod). */
  readonly filters: CycleFilters | undefined;
}

export type ScheduleResult =
  | { readonly kind: 'fit'; readonly node: string }
  | Unfit
  | { readonly kind: 'noNodes' };

export interface Attempt {
  readonly result: ScheduleResult;
  readonly trace: CycleTrace;
  /** Where the next pod's search starts (nextStartNodeIndex). */
  readonly nextStartIndex: number;
}

interface Search {
  readonly feasible: NodeInfo[];
  readonly statuses: Map<string, Status>;
  readonly unschedulablePlugins: Set<string>;
}

/** Runs the filters on `node`, recording a rejection (with every plugin's verdict) or a feasible node. */
function evaluate(d: AlgorithmDeps, filters: CycleFilters, pod: PodInfo, node: NodeInfo, s: Search, trace: CycleTrace): void {
  const failure = filterWithNominatedPods(filters, pod, node, d.nominator);
  if (!failure) {
    s.feasible.push(node);
    return;
  }
  s.statuses.set(node.name, failure.status);
  s.unschedulablePlugins.add(failure.plugin);
  const verdicts = filters.runAll(node);
  verdicts[filters.plugins.indexOf(failure.plugin)] = failure.status;
  trace.rejected.push({ node: node.name, rejectedBy: failure.plugin, verdicts });
}

export function schedulePod(d: AlgorithmDeps, pod: PodInfo, startIndex: number): Attempt {
  const trace = newTrace(d.profile.filters.map((p) => p.name), d.profile.filters.map((p) => p.hasPreFilter));
  const all = d.cache.nodes;
  if (all.length === 0) return { result: { kind: 'noNodes' }, trace, nextStartIndex: 0 };
  const pre = runPreFilter(d.profile, pod);
  trace.preFilter = pre.verdicts;
  if (pre.kind === 'rejected') {
    const statuses = new Map(all.map((n) => [n.name, pre.failure.status]));
    const result: Unfit = {
      kind: 'unfit', numAllNodes: all.length, statuses, unschedulablePlugins: new Set([pre.failure.plugin]),
      preFilterMsg: statusMessage(pre.failure.status), filters: undefined,
    };
    return { result, trace, nextStartIndex: startIndex };
  }
  const s: Search = { feasible: [], statuses: new Map(), unschedulablePlugins: new Set() };
  let nodes = all;
  if (pre.nodeNames) {
    const allowed = pre.nodeNames;
    nodes = all.filter((n) => allowed.has(n.name));
    for (const n of all) if (!allowed.has(n.name)) s.statuses.set(n.name, unresolvable(FILTERED_BY_PREFILTER));
  }
  const nominated = ((pod.pod.status ?? {}) as NonNullable<Pod['status']>).nominatedNodeName;
  const nominatedNode = nominated ? d.cache.node(nominated) : undefined;
  if (nominatedNode) {
    evaluate(d, pre.filters, pod, nominatedNode, s, trace);
    if (s.feasible.length > 0) {
      trace.feasible = [nominatedNode.name];
      trace.evaluatedNodes = 1;
      return { result: { kind: 'fit', node: nominatedNode.name }, trace, nextStartIndex: startIndex };
    }
    trace.rejected.length = 0;
  }
  const wanted = numFeasibleNodesToFind(nodes.length, d.percentageOfNodesToScore);
  for (let i = 0; i < nodes.length && s.feasible.length < wanted; i++) {
    evaluate(d, pre.filters, pod, nodes[(startIndex + i) % nodes.length]!, s, trace);
  }
  const nextStartIndex = (startIndex + s.feasible.length + s.statuses.size) % all.length;
  trace.feasible = s.feasible.map((n) => n.name);
  trace.evaluatedNodes = s.feasible.length + s.statuses.size;
  if (s.feasible.length === 0) {
    const result: Unfit = {
      kind: 'unfit', numAllNodes: all.length, statuses: s.statuses, unschedulablePlugins: s.unschedulablePlugins, filters: pre.filters,
    };
    return { result, trace, nextStartIndex };
  }
  if (s.feasible.length === 1) return { result: { kind: 'fit', node: s.feasible[0]!.name }, trace, nextStartIndex };
  const scores = runScore(d.profile, pod, s.feasible);
  trace.scores = scores;
  const chosen = s.feasible[selectHost(scores.totals, d.rand)]!;
  return { result: { kind: 'fit', node: chosen.name }, trace, nextStartIndex };
}
