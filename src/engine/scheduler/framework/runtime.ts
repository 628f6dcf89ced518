// Running a profile's plugins for one pod: PreFilter (which yields the pod's Filters for the cycle
// and may narrow the nodes), Filter on a node — with higher-or-equal priority pods nominated to it
// counted as present —, and PreScore/Score/NormalizeScore with the profile's weights.
// Mirrors framework/runtime/framework.go (RunPreFilterPlugins, RunFilterPluginsWithNominatedPods,
// RunScorePlugins; v1.31).

import type { NodeInfo } from '../cache/node-info.ts';
import type { PodInfo } from '../cache/pod-info.ts';
import { unresolvable, type ClusterEvent, type FilterPlugin, type PodFilter, type ScorePlugin, type Status } from './types.ts';

export interface ScorerEntry {
  readonly plugin: ScorePlugin;
  readonly weight: number;
}

export interface Profile {
  /** Filter plugins in the default profile's order; their PreFilters run in the same order. */
  readonly filters: readonly FilterPlugin[];
  readonly scorers: readonly ScorerEntry[];
  /** The cluster events after which a pod a plugin rejected may fit (EventsToRegister). */
  readonly events: ReadonlyMap<string, readonly ClusterEvent[]>;
}

export interface FilterFailure {
  readonly plugin: string;
  readonly status: Status;
}

/** Pods nominated to run on a node (status.nominatedNodeName), awaiting their preemption victims' exit. */
export interface Nominator {
  nominatedPods(nodeName: string): readonly PodInfo[];
}

/** What each filter plugin does in this cycle: its Filter, or undefined when PreFilter said Skip. */
export class CycleFilters {
  /** The filters PreFilter did not skip (what runs on every node), and their plugins' names. */
  private readonly active: readonly PodFilter[];
  private readonly activeNames: readonly string[];

  constructor(readonly plugins: readonly string[], private readonly filters: readonly (PodFilter | undefined)[]) {
    this.active = filters.filter((f): f is PodFilter => f !== undefined);
    this.activeNames = plugins.filter((_, i) => filters[i] !== undefined);
  }

  /** RunFilterPlugins: the first plugin that rejects the node. */
  run(node: NodeInfo): FilterFailure | undefined {
    for (let i = 0; i < this.active.length; i++) {
      const status = this.active[i]!.filter(node);
      if (status) return { plugin: this.activeNames[i]!, status };
    }
    return undefined;
  }

  /** Every plugin's verdict (for explanations): a Status, undefined (passed) or null (skipped). */
  runAll(node: NodeInfo): (Status | undefined | null)[] {
    return this.filters.map((f) => (f ? f.filter(node) : null));
  }

  addPod(pod: PodInfo, node: NodeInfo): void {
    for (const f of this.filters) f?.addPod?.(pod, node);
  }

  removePod(pod: PodInfo, node: NodeInfo): void {
    for (const f of this.filters) f?.removePod?.(pod, node);
  }

  clone(): CycleFilters {
    return new CycleFilters(this.plugins, this.filters.map((f) => (f?.clone ? f.clone() : f)));
  }
}

export type PreFilterVerdict = 'Passed' | 'Skipped' | Status;

export type PreFilterOutcome =
  | { readonly kind: 'ok'; readonly filters: CycleFilters; readonly nodeNames?: ReadonlySet<string>; readonly verdicts: readonly PreFilterVerdict[] }
  | { readonly kind: 'rejected'; readonly failure: FilterFailure; readonly verdicts: readonly PreFilterVerdict[] };

export function runPreFilter(profile: Profile, pod: PodInfo): PreFilterOutcome {
  const filters: (PodFilter | undefined)[] = [];
  const verdicts: PreFilterVerdict[] = [];
  let nodeNames: Set<string> | undefined;
  const narrowing: string[] = [];
  for (const plugin of profile.filters) {
    const r = plugin.preFilter(pod);
    if (r.kind === 'reject') {
      verdicts.push(r.status);
      return { kind: 'rejected', failure: { plugin: plugin.name, status: r.status }, verdicts };
    }
    verdicts.push(r.kind === 'skip' ? 'Skipped' : 'Passed');
    filters.push(r.kind === 'skip' ? undefined : r.filter);
    if (r.kind === 'filter' && r.nodeNames) {
      narrowing.push(plugin.name);
      nodeNames = nodeNames ? new Set([...nodeNames].filter((n) => r.nodeNames!.has(n))) : new Set(r.nodeNames);
      if (nodeNames.size === 0) {
        const reason = narrowing.length === 1
          ? `node(s) didn't satisfy plugin ${narrowing[0]}`
          : `node(s) didn't satisfy plugin(s) [${narrowing.join(' ')}] simultaneously`;
        return { kind: 'rejected', failure: { plugin: plugin.name, status: unresolvable(reason) }, verdicts };
      }
    }
  }
  const cycle = new CycleFilters(profile.filters.map((p) => p.name), filters);
  return nodeNames ? { kind: 'ok', filters: cycle, nodeNames, verdicts } : { kind: 'ok', filters: cycle, verdicts };
}

/** The pods nominated to `node` that `pod` must leave room for (priority ≥ its own). */
function yieldTo(pod: PodInfo, node: NodeInfo, nominator: Nominator): readonly PodInfo[] {
  const nominated = nominator.nominatedPods(node.name);
  return nominated.length === 0 ? nominated : nominated.filter((p) => p.priority >= pod.priority && p.uid !== pod.uid);
}

/**
 * RunFilterPluginsWithNominatedPods: first with the nominated pods added to the node, then — if
 * that passed and some were added — without them, so affinity to them cannot be assumed either.
 */
export function filterWithNominatedPods(filters: CycleFilters, pod: PodInfo, node: NodeInfo, nominator: Nominator): FilterFailure | undefined {
  const nominated = yieldTo(pod, node, nominator);
  if (nominated.length === 0) return filters.run(node);
  const withNominated = node.clone();
  const state = filters.clone();
  for (const p of nominated) {
    withNominated.addPod(p);
    state.addPod(p, withNominated);
  }
  return state.run(withNominated) ?? filters.run(node);
}

export interface PluginScores {
  readonly plugin: string;
  /** Normalised and weighted, one per feasible node. */
  readonly scores: readonly number[];
}

export interface ScoreOutcome {
  readonly totals: number[];
  readonly plugins: readonly PluginScores[];
}

/** RunPreScorePlugins + RunScorePlugins (score, normalise, weigh) over the feasible nodes. */
export function runScore(profile: Profile, pod: PodInfo, nodes: readonly NodeInfo[]): ScoreOutcome {
  const totals = new Array<number>(nodes.length).fill(0);
  const plugins: PluginScores[] = [];
  for (const { plugin, weight } of profile.scorers) {
    const scorer = plugin.preScore(pod, nodes);
    if (!scorer) continue;
    const scores = new Array<number>(nodes.length);
    for (let i = 0; i < nodes.length; i++) scores[i] = scorer.score(nodes[i]!);
    scorer.normalize?.(scores, nodes);
    for (let i = 0; i < scores.length; i++) {
      scores[i]! *= weight;
      totals[i]! += scores[i]!;
    }
    plugins.push({ plugin: plugin.name, scores });
  }
  return { totals, plugins };
}
