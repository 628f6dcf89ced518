// DefaultPreemption (PostFilter): when no node fits, find nodes where evicting lower-priority pods
// would make room, pick one, and report the victims; otherwise explain why preemption cannot help.
// The scheduler carries out the decision (victims deleted, status.nominatedNodeName set).
// Mirrors plugins/defaultpreemption and framework/preemption (v1.31).

import type { Pod } from 'kubernetes-types/core/v1';
import type { PodDisruptionBudget } from 'kubernetes-types/policy/v1';
import type { SeededRandom } from '../../../base/rand.ts';
import type { NodeInfo } from '../../cache/node-info.ts';
import type { PodInfo } from '../../cache/pod-info.ts';
import { fitErrorMessage } from '../../framework/fit-error.ts';
import type { CycleFilters, Nominator } from '../../framework/runtime.ts';
import { Code, unresolvable, type Status } from '../../framework/types.ts';
import { numCandidates, pickOneNodeForPreemption, type Candidate } from './candidates.ts';
import { selectVictimsOnNode } from './victims.ts';

export const NAME = 'DefaultPreemption';
export const ERR_NOT_HELPFUL = 'Preemption is not helpful for scheduling';
export const NOT_ELIGIBLE_NEVER = 'not eligible due to preemptionPolicy=Never.';
export const NOT_ELIGIBLE_TERMINATING = 'not eligible due to a terminating pod on the nominated node.';
export const PREEMPTION_BY_SCHEDULER = 'PreemptionByScheduler';

export interface PreemptionContext {
  readonly pod: PodInfo;
  /** Filter statuses of the rejected nodes. */
  readonly statuses: ReadonlyMap<string, Status>;
  /** The pod's filters for this cycle; undefined when PreFilter rejected it. */
  readonly filters: CycleFilters | undefined;
  readonly nodes: readonly NodeInfo[];
  readonly nominator: Nominator;
  readonly pdbs: readonly PodDisruptionBudget[];
  readonly rand: SeededRandom;
  readonly nowMs: number;
}

export type PreemptionResult =
  /** The pod may not preempt: nominatedNodeName stays as it is. */
  | { readonly kind: 'ineligible'; readonly message: string }
  /** No node would do: nominatedNodeName is cleared. */
  | { readonly kind: 'unresolved'; readonly message: string }
  | { readonly kind: 'preempt'; readonly node: string; readonly victims: readonly PodInfo[] };

/** podTerminatingByPreemption */
function terminatingByPreemption(p: PodInfo): boolean {
  if (!p.terminating) return false;
  const condition = ((p.pod.status ?? {}) as NonNullable<Pod['status']>).conditions?.find((c) => c.type === 'DisruptionTarget');
  return condition?.status === 'True' && condition.reason === PREEMPTION_BY_SCHEDULER;
}

/** PodEligibleToPreemptOthers */
function ineligibility(c: PreemptionContext): string | undefined {
  if (c.pod.spec.preemptionPolicy === 'Never') return NOT_ELIGIBLE_NEVER;
  const nominated = ((c.pod.pod.status ?? {}) as NonNullable<Pod['status']>).nominatedNodeName;
  if (!nominated || c.statuses.get(nominated)?.code === Code.UnschedulableAndUnresolvable) return undefined;
  const node = c.nodes.find((n) => n.name === nominated);
  if (node?.pods.some((p) => p.priority < c.pod.priority && terminatingByPreemption(p))) return NOT_ELIGIBLE_TERMINATING;
  return undefined;
}

/** DryRunPreemption from a random offset, until enough candidates are found. */
function dryRun(c: PreemptionContext, filters: CycleFilters, potential: readonly NodeInfo[], statuses: Map<string, Status>): Candidate[] {
  const offset = c.rand.int(potential.length);
  const wanted = numCandidates(potential.length);
  const nonViolating: Candidate[] = [];
  const violating: Candidate[] = [];
  const search = { pod: c.pod, pdbs: c.pdbs, nominator: c.nominator, nowMs: c.nowMs };
  for (let i = 0; i < potential.length; i++) {
    if (nonViolating.length > 0 && nonViolating.length + violating.length >= wanted) break;
    const node = potential[(offset + i) % potential.length]!;
    const result = selectVictimsOnNode(search, filters.clone(), node.clone());
    if ('pods' in result && result.pods.length > 0) {
      (result.numPdbViolations === 0 ? nonViolating : violating).push({ node: node.name, victims: result });
    } else {
      statuses.set(node.name, 'pods' in result ? { code: Code.Error, reasons: [`expected at least one victim pod on node "${node.name}"`] } : result);
    }
  }
  return [...nonViolating, ...violating];
}

export function preempt(c: PreemptionContext): PreemptionResult {
  const ineligible = ineligibility(c);
  if (ineligible) return { kind: 'ineligible', message: ineligible };
  const statuses = new Map<string, Status>();
  const potential: NodeInfo[] = [];
  for (const node of c.nodes) {
    if (!c.filters || c.statuses.get(node.name)?.code === Code.UnschedulableAndUnresolvable) statuses.set(node.name, unresolvable(ERR_NOT_HELPFUL));
    else potential.push(node);
  }
  const candidates = potential.length > 0 && c.filters ? dryRun(c, c.filters, potential, statuses) : [];
  const best = pickOneNodeForPreemption(candidates, c.nowMs);
  if (!best) return { kind: 'unresolved', message: fitErrorMessage(statuses.size, { statuses }) };
  return { kind: 'preempt', node: best.node, victims: best.victims.pods };
}
