// The scheduling framework's vocabulary: plugin results (Status), the extension points a plugin
// implements (PreFilter/Filter, PreScore/Score/NormalizeScore), and the cluster events that can make
// a rejected pod schedulable again. Mirrors pkg/scheduler/framework (interface.go, types.go).
// A PreFilter returns the pod's Filter for this cycle, so the state it computed is captured once.

import type { NodeInfo } from '../cache/node-info.ts';
import type { PodInfo } from '../cache/pod-info.ts';

export const Code = {
  Success: 'Success',
  Error: 'Error',
  /** The node cannot host the pod now; preemption may help. */
  Unschedulable: 'Unschedulable',
  /** The node cannot host the pod and preemption will not change that. */
  UnschedulableAndUnresolvable: 'UnschedulableAndUnresolvable',
  Skip: 'Skip',
} as const;
export type Code = (typeof Code)[keyof typeof Code];

export interface Status {
  readonly code: Code;
  readonly reasons: readonly string[];
}

export const unschedulable = (...reasons: string[]): Status => ({ code: Code.Unschedulable, reasons });
export const unresolvable = (...reasons: string[]): Status => ({ code: Code.UnschedulableAndUnresolvable, reasons });

export const MAX_NODE_SCORE = 100;

/** What PreFilter computed for one pod: its Filter on any node, and the PreFilterExtensions preemption uses. */
export interface PodFilter {
  filter(node: NodeInfo): Status | undefined;
  /** The state as if `pod` ran on `node` too (a nominated pod, a reprieved victim). */
  addPod?(pod: PodInfo, node: NodeInfo): void;
  /** The state as if `pod` no longer ran on `node` (a preemption victim). */
  removePod?(pod: PodInfo, node: NodeInfo): void;
  /** A copy that addPod/removePod can change independently. */
  clone?(): PodFilter;
}

export type PreFilterResult =
  | { readonly kind: 'skip' }
  | { readonly kind: 'reject'; readonly status: Status }
  | { readonly kind: 'filter'; readonly filter: PodFilter; readonly nodeNames?: ReadonlySet<string> };

export const SKIP: PreFilterResult = { kind: 'skip' };

export interface FilterPlugin {
  readonly name: string;
  /** Whether upstream has a PreFilter for it (otherwise preFilter only prepares the Filter). */
  readonly hasPreFilter: boolean;
  preFilter(pod: PodInfo): PreFilterResult;
}

/** What PreScore computed for one pod: its raw score on a node and the normalisation of all scores. */
export interface PodScorer {
  score(node: NodeInfo): number;
  /** NormalizeScore, in place, to 0..MAX_NODE_SCORE. */
  normalize?(scores: number[], nodes: readonly NodeInfo[]): void;
}

export interface ScorePlugin {
  readonly name: string;
  /** undefined means Skip: the plugin has nothing to say about this pod. */
  preScore(pod: PodInfo, nodes: readonly NodeInfo[]): PodScorer | undefined;
}

/** A filter constant shared by plugins that need no PreFilter state. */
export function statelessFilter(check: (node: NodeInfo) => Status | undefined): PreFilterResult {
  return { kind: 'filter', filter: { filter: check } };
}

export const ActionType = {
  Add: 1,
  Delete: 2,
  UpdateNodeAllocatable: 4,
  UpdateNodeLabel: 8,
  UpdateNodeTaint: 16,
  UpdateNodeCondition: 32,
  UpdateNodeAnnotation: 64,
  UpdatePodLabel: 128,
  UpdatePodScaleDown: 256,
  UpdatePodOther: 512,
} as const;
export const UPDATE = 4 | 8 | 16 | 32 | 64 | 128 | 256 | 512;
export const ALL = ActionType.Add | ActionType.Delete | UPDATE;

export type EventResource = 'Node' | 'Pod' | 'PersistentVolumeClaim' | 'PersistentVolume' | 'StorageClass' | '*';

export interface ClusterEvent {
  readonly resource: EventResource;
  readonly action: number;
  readonly label: string;
}

/** ClusterEvent.Match: same resource (or a wildcard registration) and a shared action bit. */
export function eventMatches(registered: ClusterEvent, event: ClusterEvent): boolean {
  if (event.resource === '*') return true;
  return (registered.resource === '*' || registered.resource === event.resource) && (registered.action & event.action) !== 0;
}
