// PodTopologySpread's Filter: matching pods counted per topology domain over the eligible nodes at
// PreFilter, the two smallest domains tracked per key ("critical paths"), and the skew check
// `count + self − global minimum ≤ maxSkew`. Mirrors plugins/podtopologyspread/filtering.go (v1.31).

import type { NodeInfo } from '../../cache/node-info.ts';
import type { PodInfo } from '../../cache/pod-info.ts';
import { unresolvable, unschedulable, type PodFilter, type Status } from '../../framework/types.ts';
import { selectorMatches } from '../../util/label-selector.ts';
import { RequiredNodeAffinity } from '../../util/node-selector.ts';
import { countMatching, nodeHasAllKeys, nodeIncluded, type Constraint } from './common.ts';

export const ERR_REASON_CONSTRAINTS_NOT_MATCH = "node(s) didn't match pod topology spread constraints";
export const ERR_REASON_NODE_LABEL_NOT_MATCH = `${ERR_REASON_CONSTRAINTS_NOT_MATCH} (missing required label)`;

const MISSING_LABEL = unresolvable(ERR_REASON_NODE_LABEL_NOT_MATCH);
const SKEWED = unschedulable(ERR_REASON_CONSTRAINTS_NOT_MATCH);
const MAX_INT32 = 2 ** 31 - 1;

interface Path {
  value: string;
  matchNum: number;
}

/** criticalPaths.update: keeps the two domains with the fewest matching pods (approximately, as upstream). */
function updatePaths(p: [Path, Path], value: string, num: number): void {
  const existing = value === p[0].value ? p[0] : value === p[1].value ? p[1] : undefined;
  if (existing) {
    existing.matchNum = num;
    if (p[0].matchNum > p[1].matchNum) [p[0], p[1]] = [p[1], p[0]];
  } else if (num < p[0].matchNum) {
    p[1] = { ...p[0] };
    p[0] = { value, matchNum: num };
  } else if (num < p[1].matchNum) {
    p[1] = { value, matchNum: num };
  }
}

export class SpreadFilter implements PodFilter {
  private readonly podLabelsMatch: boolean[];

  private constructor(
    private readonly pod: PodInfo,
    private readonly constraints: readonly Constraint[],
    private readonly affinity: RequiredNodeAffinity,
    /** topology key → value → matching pods */
    private readonly counts: Map<string, Map<string, number>>,
    private readonly paths: Map<string, [Path, Path]>,
  ) {
    this.podLabelsMatch = constraints.map((c) => selectorMatches(c.selector, pod.labels));
  }

  /** calPreFilterState over every node. */
  static compute(pod: PodInfo, constraints: readonly Constraint[], nodes: readonly NodeInfo[]): SpreadFilter {
    const affinity = new RequiredNodeAffinity(pod.spec);
    const tolerations = pod.spec.tolerations ?? [];
    const counts = new Map<string, Map<string, number>>(constraints.map((c) => [c.topologyKey, new Map<string, number>()]));
    for (const node of nodes) {
      if (!nodeHasAllKeys(node, constraints)) continue;
      for (const c of constraints) {
        if (!nodeIncluded(c, tolerations, node, affinity)) continue;
        const byValue = counts.get(c.topologyKey)!;
        const value = node.labels[c.topologyKey]!;
        byValue.set(value, (byValue.get(value) ?? 0) + countMatching(node, c.selector, pod.namespace));
      }
    }
    const paths = new Map<string, [Path, Path]>();
    for (const [key, byValue] of counts) {
      const p: [Path, Path] = [{ value: '', matchNum: MAX_INT32 }, { value: '', matchNum: MAX_INT32 }];
      for (const [value, num] of byValue) updatePaths(p, value, num);
      paths.set(key, p);
    }
    return new SpreadFilter(pod, constraints, affinity, counts, paths);
  }

  filter(node: NodeInfo): Status | undefined {
    for (let i = 0; i < this.constraints.length; i++) {
      const c = this.constraints[i]!;
      const value = node.labels[c.topologyKey];
      if (value === undefined) return MISSING_LABEL;
      const byValue = this.counts.get(c.topologyKey)!;
      const min = byValue.size < c.minDomains ? 0 : this.paths.get(c.topologyKey)![0].matchNum;
      const skew = (byValue.get(value) ?? 0) + (this.podLabelsMatch[i] ? 1 : 0) - min;
      if (skew > c.maxSkew) return SKEWED;
    }
    return undefined;
  }

  addPod(added: PodInfo, node: NodeInfo): void {
    this.updateWithPod(added, node, 1);
  }

  removePod(removed: PodInfo, node: NodeInfo): void {
    this.updateWithPod(removed, node, -1);
  }

  clone(): SpreadFilter {
    const counts = new Map([...this.counts].map(([k, m]) => [k, new Map(m)]));
    const paths = new Map([...this.paths].map(([k, [a, b]]): [string, [Path, Path]] => [k, [{ ...a }, { ...b }]]));
    return new SpreadFilter(this.pod, this.constraints, this.affinity, counts, paths);
  }

  private updateWithPod(changed: PodInfo, node: NodeInfo, delta: 1 | -1): void {
    if (changed.namespace !== this.pod.namespace || !nodeHasAllKeys(node, this.constraints)) return;
    const tolerations = this.pod.spec.tolerations ?? [];
    for (const c of this.constraints) {
      if (!selectorMatches(c.selector, changed.labels) || !nodeIncluded(c, tolerations, node, this.affinity)) continue;
      const value = node.labels[c.topologyKey]!;
      const byValue = this.counts.get(c.topologyKey)!;
      const num = (byValue.get(value) ?? 0) + delta;
      byValue.set(value, num);
      updatePaths(this.paths.get(c.topologyKey)!, value, num);
    }
  }
}
