// Required node affinity: the pod's nodeSelector AND its required NodeSelectorTerms (ORed terms of
// ANDed expressions on labels and on metadata.name). Terms that do not parse match nothing.
// Mirrors component-helpers scheduling/corev1/nodeaffinity (LazyErrorNodeSelector, RequiredNodeAffinity).

import type { NodeSelectorRequirement, NodeSelectorTerm, PodSpec } from 'kubernetes-types/core/v1';
import { parseInt64 } from '../../api/selectors/requirement.ts';

type Labels = Readonly<Record<string, string>> | undefined;

export interface NodeView {
  readonly name: string;
  readonly labels: Labels;
}

function labelRequirementMatches(r: NodeSelectorRequirement, labels: Labels): boolean | undefined {
  const has = labels !== undefined && Object.hasOwn(labels, r.key);
  const value = has ? labels[r.key]! : '';
  const values = r.values ?? [];
  switch (r.operator) {
    case 'In': return values.length > 0 ? has && values.includes(value) : undefined;
    case 'NotIn': return values.length > 0 ? !has || !values.includes(value) : undefined;
    case 'Exists': return values.length === 0 ? has : undefined;
    case 'DoesNotExist': return values.length === 0 ? !has : undefined;
    case 'Gt': case 'Lt': {
      const wanted = values.length === 1 ? parseInt64(values[0]!) : undefined;
      if (wanted === undefined) return undefined;
      const actual = has ? parseInt64(value) : undefined;
      if (actual === undefined) return false;
      return r.operator === 'Gt' ? actual > wanted : actual < wanted;
    }
    default: return undefined;
  }
}

function fieldRequirementMatches(r: NodeSelectorRequirement, name: string): boolean | undefined {
  const values = r.values ?? [];
  if (r.key !== 'metadata.name' || values.length !== 1) return undefined;
  if (r.operator === 'In') return name === values[0];
  if (r.operator === 'NotIn') return name !== values[0];
  return undefined;
}

/** One term: every expression and field must match; an empty or invalid term matches nothing. */
export function termMatches(term: NodeSelectorTerm, node: NodeView): boolean {
  const exprs = term.matchExpressions ?? [];
  const fields = term.matchFields ?? [];
  if (exprs.length === 0 && fields.length === 0) return false;
  for (const r of exprs) if (labelRequirementMatches(r, node.labels) !== true) return false;
  for (const r of fields) if (fieldRequirementMatches(r, node.name) !== true) return false;
  return true;
}

export function termsMatch(terms: readonly NodeSelectorTerm[], node: NodeView): boolean {
  return terms.some((t) => termMatches(t, node));
}

/** GetRequiredNodeAffinity(pod).Match(node). */
export class RequiredNodeAffinity {
  private readonly selector: ReadonlyArray<readonly [string, string]>;
  private readonly terms: readonly NodeSelectorTerm[] | undefined;

  constructor(spec: PodSpec) {
    this.selector = Object.entries(spec.nodeSelector ?? {});
    this.terms = spec.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.nodeSelectorTerms;
  }

  get isEmpty(): boolean {
    return this.selector.length === 0 && this.terms === undefined;
  }

  get requiredTerms(): readonly NodeSelectorTerm[] | undefined {
    return this.terms;
  }

  matches(node: NodeView): boolean {
    for (const [k, v] of this.selector) if (node.labels?.[k] !== v) return false;
    return this.terms === undefined || termsMatch(this.terms, node);
  }
}
