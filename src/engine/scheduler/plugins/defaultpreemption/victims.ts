// Which pods to evict from one node so a higher-priority pod fits: remove every lower-priority
// pod, check the pod fits, then put pods back from the most important down (PDB-protected ones
// first) while it still fits; those that cannot come back are the victims.
// Mirrors SelectVictimsOnNode and filterPodsWithPDBViolation of plugins/defaultpreemption (v1.31).

import type { PodDisruptionBudget } from 'kubernetes-types/policy/v1';
import type { NodeInfo } from '../../cache/node-info.ts';
import { moreImportant, type PodInfo } from '../../cache/pod-info.ts';
import { filterWithNominatedPods, type CycleFilters, type Nominator } from '../../framework/runtime.ts';
import { unresolvable, type Status } from '../../framework/types.ts';
import { compileSelector, isEmptySelector, selectorMatches } from '../../util/label-selector.ts';

export const ERR_NO_VICTIMS = 'No preemption victims found for incoming pod';

export interface Victims {
  /** Most important first. */
  readonly pods: readonly PodInfo[];
  readonly numPdbViolations: number;
}

/** filterPodsWithPDBViolation: pods whose eviction would exceed a matching budget's allowance. */
export function splitByPdb(pods: readonly PodInfo[], pdbs: readonly PodDisruptionBudget[]): [PodInfo[], PodInfo[]] {
  const allowed = pdbs.map((p) => p.status?.disruptionsAllowed ?? 0);
  const selectors = pdbs.map((p) => compileSelector(p.spec?.selector));
  const violating: PodInfo[] = [];
  const nonViolating: PodInfo[] = [];
  for (const pod of pods) {
    let violated = false;
    if (Object.keys(pod.labels).length > 0) {
      pdbs.forEach((pdb, i) => {
        const sel = selectors[i]!;
        if (pdb.metadata?.namespace !== pod.namespace || isEmptySelector(sel) || !selectorMatches(sel, pod.labels)) return;
        if (Object.hasOwn(pdb.status?.disruptedPods ?? {}, pod.name)) return;
        allowed[i]!--;
        if (allowed[i]! < 0) violated = true;
      });
    }
    (violated ? violating : nonViolating).push(pod);
  }
  return [violating, nonViolating];
}

export interface VictimSearch {
  readonly pod: PodInfo;
  readonly pdbs: readonly PodDisruptionBudget[];
  readonly nominator: Nominator;
  readonly nowMs: number;
}

/** On copies of the node and of the cycle's filters (both are changed). */
export function selectVictimsOnNode(s: VictimSearch, filters: CycleFilters, node: NodeInfo): Victims | Status {
  const potential = node.pods.filter((p) => p.priority < s.pod.priority);
  if (potential.length === 0) return unresolvable(ERR_NO_VICTIMS);
  for (const p of potential) {
    node.removePod(p.uid);
    filters.removePod(p, node);
  }
  const failure = filterWithNominatedPods(filters, s.pod, node, s.nominator);
  if (failure) return failure.status;
  potential.sort((a, b) => (moreImportant(a, b, s.nowMs) ? -1 : moreImportant(b, a, s.nowMs) ? 1 : 0));
  const [violating, nonViolating] = splitByPdb(potential, s.pdbs);
  const victims: PodInfo[] = [];
  const reprieve = (p: PodInfo): boolean => {
    node.addPod(p);
    filters.addPod(p, node);
    if (!filterWithNominatedPods(filters, s.pod, node, s.nominator)) return true;
    node.removePod(p.uid);
    filters.removePod(p, node);
    victims.push(p);
    return false;
  };
  let numPdbViolations = 0;
  for (const p of violating) if (!reprieve(p)) numPdbViolations++;
  for (const p of nonViolating) reprieve(p);
  return { pods: victims, numPdbViolations };
}
