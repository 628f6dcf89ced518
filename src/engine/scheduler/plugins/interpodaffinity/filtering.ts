// InterPodAffinity's Filter: the incoming pod's required affinity (pods it wants near, counted per
// topology pair), its required anti-affinity, and the required anti-affinity of pods already
// running that the incoming pod would violate. Mirrors plugins/interpodaffinity/filtering.go (v1.31).

import type { NodeInfo } from '../../cache/node-info.ts';
import type { AffinityTerm, PodInfo } from '../../cache/pod-info.ts';
import { unresolvable, unschedulable, type PodFilter, type Status } from '../../framework/types.ts';
import { PairCounts, matchesAllTerms, pairKey } from './terms.ts';

export const ERR_REASON_EXISTING_ANTI_AFFINITY = "node(s) didn't satisfy existing pods anti-affinity rules";
export const ERR_REASON_AFFINITY = "node(s) didn't match pod affinity rules";
export const ERR_REASON_ANTI_AFFINITY = "node(s) didn't match pod anti-affinity rules";

const AFFINITY_REJECTED = unresolvable(ERR_REASON_AFFINITY);
const ANTI_AFFINITY_REJECTED = unschedulable(ERR_REASON_ANTI_AFFINITY);
const EXISTING_REJECTED = unschedulable(ERR_REASON_EXISTING_ANTI_AFFINITY);

type Labels = Readonly<Record<string, string>> | undefined;

export interface AffinityState {
  readonly pod: PodInfo;
  readonly affinityTerms: readonly AffinityTerm[];
  readonly antiAffinityTerms: readonly AffinityTerm[];
  readonly nsLabels: Labels;
  readonly existingAntiAffinity: PairCounts;
  readonly affinity: PairCounts;
  readonly antiAffinity: PairCounts;
}

/** getExistingAntiAffinityCounts + getIncomingAffinityAntiAffinityCounts */
export function computeAffinityState(
  pod: PodInfo, affinityTerms: readonly AffinityTerm[], antiAffinityTerms: readonly AffinityTerm[], nsLabels: Labels,
  all: readonly NodeInfo[], withAntiAffinityPods: readonly NodeInfo[],
): AffinityState {
  const existingAntiAffinity = new PairCounts();
  for (const node of withAntiAffinityPods) {
    for (const p of node.pods) if (p.requiredAntiAffinityTerms.length > 0) existingAntiAffinity.addAntiAffinity(p.requiredAntiAffinityTerms, pod, nsLabels, node, 1);
  }
  const affinity = new PairCounts();
  const antiAffinity = new PairCounts();
  if (affinityTerms.length > 0 || antiAffinityTerms.length > 0) {
    for (const node of all) {
      for (const p of node.pods) {
        affinity.addAffinity(affinityTerms, p, node, 1);
        antiAffinity.addAntiAffinity(antiAffinityTerms, p, undefined, node, 1);
      }
    }
  }
  return { pod, affinityTerms, antiAffinityTerms, nsLabels, existingAntiAffinity, affinity, antiAffinity };
}

function satisfiesAffinity(s: AffinityState, node: NodeInfo): boolean {
  let podsExist = true;
  for (const t of s.affinityTerms) {
    const value = node.labels[t.topologyKey];
    if (value === undefined) return false;
    if (s.affinity.get(t.topologyKey, value) <= 0) podsExist = false;
  }
  return podsExist || (s.affinity.size === 0 && matchesAllTerms(s.affinityTerms, s.pod));
}

function satisfiesAntiAffinity(s: AffinityState, node: NodeInfo): boolean {
  if (s.antiAffinity.size === 0) return true;
  for (const t of s.antiAffinityTerms) {
    const value = node.labels[t.topologyKey];
    if (value !== undefined && s.antiAffinity.get(t.topologyKey, value) > 0) return false;
  }
  return true;
}

function satisfiesExistingAntiAffinity(s: AffinityState, node: NodeInfo): boolean {
  if (s.existingAntiAffinity.size === 0) return true;
  for (const [key, value] of Object.entries(node.labels)) if ((s.existingAntiAffinity.counts.get(pairKey(key, value)) ?? 0) > 0) return false;
  return true;
}

export class AffinityFilter implements PodFilter {
  constructor(private readonly s: AffinityState) {}

  filter(node: NodeInfo): Status | undefined {
    if (!satisfiesAffinity(this.s, node)) return AFFINITY_REJECTED;
    if (!satisfiesAntiAffinity(this.s, node)) return ANTI_AFFINITY_REJECTED;
    if (!satisfiesExistingAntiAffinity(this.s, node)) return EXISTING_REJECTED;
    return undefined;
  }

  addPod(added: PodInfo, node: NodeInfo): void {
    this.update(added, node, 1);
  }

  removePod(removed: PodInfo, node: NodeInfo): void {
    this.update(removed, node, -1);
  }

  clone(): AffinityFilter {
    const s = this.s;
    return new AffinityFilter({
      ...s, existingAntiAffinity: s.existingAntiAffinity.clone(), affinity: s.affinity.clone(), antiAffinity: s.antiAffinity.clone(),
    });
  }

  private update(p: PodInfo, node: NodeInfo, delta: number): void {
    const s = this.s;
    s.existingAntiAffinity.addAntiAffinity(p.requiredAntiAffinityTerms, s.pod, s.nsLabels, node, delta);
    s.affinity.addAffinity(s.affinityTerms, p, node, delta);
    s.antiAffinity.addAntiAffinity(s.antiAffinityTerms, p, undefined, node, delta);
  }
}
