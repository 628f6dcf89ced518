// Affinity terms of the pod being scheduled, with a namespaceSelector resolved into namespace
// names once per cycle, and topology-pair counters. Mirrors mergeAffinityTermNamespacesIfNotEmpty
// and topologyToMatchedTermCount of plugins/interpodaffinity (v1.31).

import type { NodeInfo } from '../../cache/node-info.ts';
import type { ClusterLister } from '../../cache/cluster-lister.ts';
import { affinityTermMatches, type AffinityTerm, type PodInfo } from '../../cache/pod-info.ts';
import { NOTHING, isEmptySelector, selectorMatches } from '../../util/label-selector.ts';

/** A term whose namespaceSelector (unless it selects everything or nothing) became namespace names. */
export function mergeNamespaces<T extends AffinityTerm>(term: T, lister: ClusterLister): T {
  const sel = term.namespaceSelector;
  if (sel.requirements === undefined || isEmptySelector(sel)) return term;
  const names = lister.namespacesMatching((labels) => selectorMatches(sel, labels));
  return { ...term, namespaces: new Set([...term.namespaces, ...names]), namespaceSelector: NOTHING };
}

export const pairKey = (key: string, value: string): string => `${key}\x00${value}`;

/** topology pair → number of matching terms */
export class PairCounts {
  readonly counts = new Map<string, number>();

  get size(): number {
    return this.counts.size;
  }

  get(key: string, value: string): number {
    return this.counts.get(pairKey(key, value)) ?? 0;
  }

  update(node: NodeInfo, topologyKey: string, delta: number): void {
    const value = node.labels[topologyKey];
    if (value === undefined) return;
    const k = pairKey(topologyKey, value);
    const n = (this.counts.get(k) ?? 0) + delta;
    if (n === 0) this.counts.delete(k);
    else this.counts.set(k, n);
  }

  /** updateWithAntiAffinityTerms: every term matching `pod` counts at the node's topology value. */
  addAntiAffinity(terms: readonly AffinityTerm[], pod: PodInfo, nsLabels: Readonly<Record<string, string>> | undefined, node: NodeInfo, delta: number): void {
    for (const t of terms) if (affinityTermMatches(t, pod, nsLabels)) this.update(node, t.topologyKey, delta);
  }

  /** updateWithAffinityTerms: only a pod matching all the terms counts, for each of them. */
  addAffinity(terms: readonly AffinityTerm[], pod: PodInfo, node: NodeInfo, delta: number): void {
    if (!matchesAllTerms(terms, pod)) return;
    for (const t of terms) this.update(node, t.topologyKey, delta);
  }

  clone(): PairCounts {
    const c = new PairCounts();
    for (const [k, v] of this.counts) c.counts.set(k, v);
    return c;
  }
}

/** podMatchesAllAffinityTerms (the incoming pod's terms have their namespaces merged already). */
export function matchesAllTerms(terms: readonly AffinityTerm[], pod: PodInfo): boolean {
  return terms.length > 0 && terms.every((t) => affinityTermMatches(t, pod, undefined));
}
