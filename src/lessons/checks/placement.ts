// Where pods run: on a named node, on nodes whose labels match a selector, or each on its own node.
// Only live pods count (not being deleted); every one of them must be scheduled.

import { matchesRequirements, parseLabelSelector, type KubeObject } from '../../engine/index.ts';
import type { CheckContext, Outcome } from '../context.ts';
import { catalogue } from '../messages.ts';

export interface PlacementSpec {
  readonly namespace: string;
  readonly selector: string;
  readonly node?: string;
  readonly nodeSelector?: string;
  readonly spread: boolean;
  readonly min: number;
}

function nodeOf(pod: KubeObject): string | undefined {
  const name = (pod['spec'] as { nodeName?: unknown } | undefined)?.nodeName;
  return typeof name === 'string' && name !== '' ? name : undefined;
}

export function placement(spec: PlacementSpec, ctx: CheckContext): Outcome {
  const t = catalogue(ctx.lang);
  const pods = ctx.cluster.list('Pod', spec.namespace, spec.selector).filter((p) => p.metadata.deletionTimestamp == null);
  const unscheduled = pods.find((p) => nodeOf(p) === undefined);
  if (unscheduled) return { pass: false, says: t.unscheduled(unscheduled.metadata.name ?? '') };
  if (pods.length < spec.min) return { pass: false, says: t.noPods(spec.selector, spec.min) };
  const wanted = spec.nodeSelector === undefined ? undefined : parseLabelSelector(spec.nodeSelector);
  const seen = new Map<string, string>();
  for (const pod of pods) {
    const name = pod.metadata.name ?? '';
    const node = nodeOf(pod)!;
    if (spec.node !== undefined && node !== spec.node) return { pass: false, says: t.wrongNode(name, node, spec.node) };
    if (wanted !== undefined && !matchesRequirements(wanted, ctx.cluster.get('Node', undefined, node)?.metadata.labels)) {
      return { pass: false, says: t.nodeLabels(name, node, spec.nodeSelector!) };
    }
    const other = seen.get(node);
    if (spec.spread && other !== undefined) return { pass: false, says: t.sharedNode(other, name, node) };
    seen.set(node, name);
  }
  return { pass: true, says: t.placed(spec.selector) };
}
