// "Why Pending / why this node": what the latest scheduling attempt of each pod found — every
// PreFilter and Filter verdict per node, every score plugin's normalised weighted score, the chosen
// node — kept compactly per pod and handed out as plain data. Records of deleted pods are dropped.
// Bounded: one record per pod; at most MAX_REJECTED_NODES rejected and MAX_SCORED_NODES scored
// (best first) nodes per record.

import type { PreFilterVerdict, ScoreOutcome } from '../framework/runtime.ts';
import type { Status } from '../framework/types.ts';

export const MAX_REJECTED_NODES = 100;
export const MAX_SCORED_NODES = 20;

export type Verdict = 'Passed' | 'Skipped' | 'Rejected';

export interface PluginVerdict {
  readonly plugin: string;
  readonly result: Verdict;
  readonly reasons?: readonly string[];
}

export interface PluginScore {
  readonly plugin: string;
  readonly score: number;
}

export interface NodeExplanation {
  readonly node: string;
  readonly feasible: boolean;
  readonly chosen: boolean;
  /** For a rejected node: the first plugin that rejected it, the one the FailedScheduling message counts. */
  readonly rejectedBy?: string;
  readonly filters: readonly PluginVerdict[];
  readonly scores?: readonly PluginScore[];
  readonly totalScore?: number;
}

export type Outcome = 'Scheduled' | 'Unschedulable' | 'SchedulerError';

export interface SchedulingExplanation {
  readonly namespace: string;
  readonly name: string;
  readonly uid: string;
  readonly atMs: number;
  readonly attempt: number;
  readonly outcome: Outcome;
  readonly nodeName?: string;
  readonly nominatedNodeName?: string;
  /** The FailedScheduling message. */
  readonly message?: string;
  readonly totalNodes: number;
  readonly evaluatedNodes: number;
  readonly feasibleNodes: number;
  readonly preFilter: readonly PluginVerdict[];
  readonly nodes: readonly NodeExplanation[];
}

/** What one cycle saw, as the algorithm collects it. */
export interface CycleTrace {
  readonly filterPlugins: readonly string[];
  /** Which of them have a PreFilter (the others only appear per node). */
  readonly hasPreFilter: readonly boolean[];
  preFilter: readonly PreFilterVerdict[];
  /** Rejected nodes with every filter plugin's verdict (null: skipped at PreFilter). */
  readonly rejected: Array<{ readonly node: string; readonly rejectedBy: string; readonly verdicts: readonly (Status | undefined | null)[] }>;
  feasible: readonly string[];
  scores: ScoreOutcome | undefined;
  evaluatedNodes: number;
}

export function newTrace(filterPlugins: readonly string[], hasPreFilter: readonly boolean[]): CycleTrace {
  return { filterPlugins, hasPreFilter, preFilter: [], rejected: [], feasible: [], scores: undefined, evaluatedNodes: 0 };
}

export interface AttemptSummary {
  readonly namespace: string;
  readonly name: string;
  readonly uid: string;
  readonly atMs: number;
  readonly attempt: number;
  readonly outcome: Outcome;
  readonly nodeName?: string;
  readonly nominatedNodeName?: string;
  readonly message?: string;
  readonly totalNodes: number;
}

/** The scored nodes kept for a record: names, and plugin × node scores in a compact matrix. */
interface KeptScores {
  readonly nodes: readonly string[];
  readonly plugins: readonly string[];
  /** scores[p * nodes.length + n] */
  readonly scores: Int16Array;
  readonly totals: Int16Array;
}

interface Stored {
  readonly summary: AttemptSummary;
  readonly filterPlugins: readonly string[];
  readonly hasPreFilter: readonly boolean[];
  readonly preFilter: readonly PreFilterVerdict[];
  readonly rejected: CycleTrace['rejected'];
  readonly evaluatedNodes: number;
  readonly feasibleNodes: number;
  readonly kept: KeptScores;
}

const verdictOf = (plugin: string, v: PreFilterVerdict | Status | undefined | null): PluginVerdict => {
  if (v === 'Skipped' || v === null) return { plugin, result: 'Skipped' };
  if (v === 'Passed' || v === undefined) return { plugin, result: 'Passed' };
  return { plugin, result: 'Rejected', reasons: [...v.reasons] };
};

const INDEX_BITS = 2 ** 20;

/** Feasible node indexes, best total first (ties in search order), by a native numeric sort. */
function bestFirst(count: number, totals: readonly number[] | undefined): number[] {
  if (!totals) return Array.from({ length: Math.min(count, MAX_SCORED_NODES) }, (_, i) => i);
  const keys = new Float64Array(totals.length);
  for (let i = 0; i < totals.length; i++) keys[i] = totals[i]! * INDEX_BITS + (INDEX_BITS - 1 - i);
  keys.sort();
  const out: number[] = [];
  for (let k = keys.length - 1; k >= 0 && out.length < MAX_SCORED_NODES; k--) out.push(INDEX_BITS - 1 - (keys[k]! % INDEX_BITS));
  return out;
}

/** The best-scored feasible nodes (the chosen one always among them). */
function keep(trace: CycleTrace, chosen: string | undefined): KeptScores {
  const totals = trace.scores?.totals;
  const kept = bestFirst(trace.feasible.length, totals);
  const chosenAt = chosen === undefined ? -1 : trace.feasible.indexOf(chosen);
  if (chosenAt >= 0 && !kept.includes(chosenAt)) kept[kept.length - 1] = chosenAt;
  const plugins = trace.scores?.plugins ?? [];
  const scores = new Int16Array(plugins.length * kept.length);
  plugins.forEach((p, pi) => kept.forEach((i, ni) => { scores[pi * kept.length + ni] = p.scores[i]!; }));
  return {
    nodes: kept.map((i) => trace.feasible[i]!),
    plugins: plugins.map((p) => p.plugin),
    scores,
    totals: Int16Array.from(kept, (i) => totals?.[i] ?? 0),
  };
}

export class ExplanationStore {
  private readonly byUid = new Map<string, Stored>();
  private readonly uidByKey = new Map<string, string>();

  record(summary: AttemptSummary, trace: CycleTrace): void {
    this.byUid.set(summary.uid, {
      summary,
      filterPlugins: trace.filterPlugins,
      hasPreFilter: trace.hasPreFilter,
      preFilter: trace.preFilter,
      rejected: trace.rejected.slice(0, MAX_REJECTED_NODES),
      evaluatedNodes: trace.evaluatedNodes,
      feasibleNodes: trace.feasible.length,
      kept: keep(trace, summary.nodeName),
    });
    this.uidByKey.set(`${summary.namespace}/${summary.name}`, summary.uid);
  }

  drop(namespace: string, name: string): void {
    const key = `${namespace}/${name}`;
    const uid = this.uidByKey.get(key);
    if (uid === undefined) return;
    this.uidByKey.delete(key);
    this.byUid.delete(uid);
  }

  clear(): void {
    this.byUid.clear();
    this.uidByKey.clear();
  }

  explain(namespace: string, name: string): SchedulingExplanation | undefined {
    const uid = this.uidByKey.get(`${namespace}/${name}`);
    const stored = uid === undefined ? undefined : this.byUid.get(uid);
    return stored && materialize(stored);
  }
}

function materialize(s: Stored): SchedulingExplanation {
  const plugins = s.filterPlugins;
  const { kept } = s;
  const passing = plugins.map((p, i) => verdictOf(p, s.preFilter[i] ?? 'Passed'));
  const scored: NodeExplanation[] = kept.nodes.map((node, ni) => ({
    node,
    feasible: true,
    chosen: node === s.summary.nodeName,
    filters: passing,
    ...(kept.plugins.length > 0 ? {
      scores: kept.plugins.map((plugin, pi) => ({ plugin, score: kept.scores[pi * kept.nodes.length + ni]! })),
      totalScore: kept.totals[ni]!,
    } : {}),
  }));
  const rejected: NodeExplanation[] = s.rejected.map((r) => ({
    node: r.node, feasible: false, chosen: false, rejectedBy: r.rejectedBy, filters: r.verdicts.map((v, i) => verdictOf(plugins[i]!, v)),
  }));
  return {
    ...s.summary,
    evaluatedNodes: s.evaluatedNodes,
    feasibleNodes: s.feasibleNodes,
    preFilter: s.preFilter.map((v, i) => verdictOf(plugins[i]!, v)).filter((_, i) => s.hasPreFilter[i]),
    nodes: [...scored, ...rejected],
  };
}
