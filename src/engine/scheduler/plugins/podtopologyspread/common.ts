// Topology spread constraints as the plugin uses them: the pod's own constraints of one
// whenUnsatisfiable kind (selector merged with matchLabelKeys), or the system default constraints
// with a selector built from the pod's Services and controller; node inclusion policies; counting.
// Mirrors plugins/podtopologyspread/common.go and plugin.go (v1.31).

import type { TopologySpreadConstraint as V1Constraint, Toleration } from 'kubernetes-types/core/v1';
import type { ClusterLister } from '../../cache/cluster-lister.ts';
import type { NodeInfo } from '../../cache/node-info.ts';
import type { PodInfo } from '../../cache/pod-info.ts';
import { addRequirements, compileSelector, isEmptySelector, selectorFromSet, selectorMatches, type Selector } from '../../util/label-selector.ts';
import type { RequiredNodeAffinity } from '../../util/node-selector.ts';
import { DO_NOT_SCHEDULE_EFFECTS, firstUntoleratedTaint } from '../../util/tolerations.ts';

export const HOSTNAME = 'kubernetes.io/hostname';
export const ZONE = 'topology.kubernetes.io/zone';
export const DO_NOT_SCHEDULE = 'DoNotSchedule';
export const SCHEDULE_ANYWAY = 'ScheduleAnyway';

export interface Constraint {
  readonly maxSkew: number;
  readonly topologyKey: string;
  readonly selector: Selector;
  readonly minDomains: number;
  readonly honorNodeAffinity: boolean;
  readonly honorNodeTaints: boolean;
}

/** The system defaults (DefaultingType System): spread by host and by zone, both ScheduleAnyway. */
const SYSTEM_DEFAULTS: readonly V1Constraint[] = [
  { maxSkew: 3, topologyKey: HOSTNAME, whenUnsatisfiable: SCHEDULE_ANYWAY },
  { maxSkew: 5, topologyKey: ZONE, whenUnsatisfiable: SCHEDULE_ANYWAY },
];

/** filterTopologySpreadConstraints */
export function podConstraints(pod: PodInfo, action: string): Constraint[] {
  return (pod.spec.topologySpreadConstraints ?? []).filter((c) => c.whenUnsatisfiable === action).map((c) => {
    const keys = (c.matchLabelKeys ?? []).filter((k) => Object.hasOwn(pod.labels, k));
    const selector = addRequirements(compileSelector(c.labelSelector), keys.map((key) => ({ key, op: 'in' as const, values: [pod.labels[key]!] })));
    return {
      maxSkew: c.maxSkew,
      topologyKey: c.topologyKey,
      selector,
      minDomains: c.minDomains ?? 1,
      honorNodeAffinity: (c.nodeAffinityPolicy ?? 'Honor') === 'Honor',
      honorNodeTaints: c.nodeTaintsPolicy === 'Honor',
    };
  });
}

/** helper.DefaultSelector: the pod's Services' selectors merged, plus its ReplicaSet/RC/StatefulSet selector. */
export function defaultSelector(pod: PodInfo, lister: ClusterLister): Selector {
  let set: Record<string, string> = {};
  for (const s of lister.serviceSelectors(pod.namespace, pod.labels)) set = { ...set, ...s };
  let selector = selectorFromSet(set);
  const owner = lister.controller(pod.pod);
  if (!owner?.selector) return selector;
  if (owner.kind === 'ReplicationController') return selectorFromSet({ ...set, ...(owner.selector as Record<string, string>) });
  const other = compileSelector(owner.selector);
  if (other.requirements) selector = addRequirements(selector, other.requirements);
  return selector;
}

/** buildDefaultConstraints: the system defaults, unless no Service or controller selects the pod. */
export function defaultConstraints(pod: PodInfo, lister: ClusterLister): Constraint[] {
  const selector = defaultSelector(pod, lister);
  if (isEmptySelector(selector)) return [];
  return SYSTEM_DEFAULTS.map((c) => ({
    maxSkew: c.maxSkew, topologyKey: c.topologyKey, selector, minDomains: 1, honorNodeAffinity: true, honorNodeTaints: false,
  }));
}

export function nodeHasAllKeys(node: NodeInfo, constraints: readonly Constraint[]): boolean {
  return constraints.every((c) => Object.hasOwn(node.labels, c.topologyKey));
}

/** matchNodeInclusionPolicies */
export function nodeIncluded(c: Constraint, tolerations: readonly Toleration[], node: NodeInfo, affinity: RequiredNodeAffinity): boolean {
  if (c.honorNodeAffinity && !affinity.matches(node)) return false;
  return !(c.honorNodeTaints && firstUntoleratedTaint(node.taints, tolerations, DO_NOT_SCHEDULE_EFFECTS));
}

/** The count keys by selector and namespace, built once (a fresh string per call costs its hashing each time). */
const selectorKeys = new WeakMap<Selector, Map<string, string>>();

function countKey(selector: Selector, namespace: string): string {
  let byNamespace = selectorKeys.get(selector);
  if (!byNamespace) selectorKeys.set(selector, (byNamespace = new Map()));
  let key = byNamespace.get(namespace);
  if (key === undefined) byNamespace.set(namespace, (key = `podtopologyspread\u0000${namespace}\u0000${JSON.stringify(selector.requirements ?? null)}`));
  return key;
}

/**
 * countPodsMatchSelector: the node's pods of the namespace that match and are not terminating.
 * Remembered on the node until its pods change, so scheduling a burst of pods of one owner does not
 * recount every node for every pod.
 */
export function countMatching(node: NodeInfo, selector: Selector, namespace: string): number {
  return node.countOf(countKey(selector, namespace), () => {
    let n = 0;
    for (const p of node.pods) if (!p.terminating && p.namespace === namespace && selectorMatches(selector, p.labels)) n++;
    return n;
  });
}
