// The pods/binding subresource the scheduler posts to: validate the Binding, then set the pod's
// nodeName and PodScheduled condition in one write that bypasses the pod update rules.
// Mirrors pkg/registry/core/pod/storage BindingREST (assignPod / setPodNodeAndMetadata, v1.31).

import { conflict, field, invalid, type FieldCause } from '../../../api/errors.ts';
import type { KubeObject } from '../../../api/types.ts';
import { rfc3339 } from '../../../base/time.ts';

interface Binding {
  readonly metadata?: { readonly annotations?: Record<string, string> };
  readonly target?: { readonly kind?: string; readonly name?: string };
}

interface PodCondition {
  type: string;
  status: string;
  lastProbeTime?: string | null;
  lastTransitionTime?: string | null;
  reason?: string;
  message?: string;
}

/** ValidatePodBinding. */
export function validateBinding(binding: Binding): FieldCause[] {
  const causes: FieldCause[] = [];
  const kind = binding.target?.kind ?? '';
  if (kind !== '' && kind !== 'Node') causes.push(field.notSupported('target.kind', kind, ['Node', '<empty>']));
  if (!binding.target?.name) causes.push(field.required('target.name'));
  return causes;
}

/** The pod as the binding leaves it; throws the upstream errors for unbindable pods. */
export function bindPod(pod: KubeObject, binding: Binding, nowMs: number): KubeObject {
  const name = pod.metadata.name ?? '';
  const causes = validateBinding(binding);
  if (causes.length > 0) throw invalid('', 'Binding', name, causes);
  const spec = (pod.spec ?? {}) as { nodeName?: string; schedulingGates?: unknown[] };
  const reject = (detail: string): never => { throw conflict('', 'pods/binding', name, detail); };
  if (pod.metadata.deletionTimestamp) reject(`pod ${name} is being deleted, cannot be assigned to a host`);
  if (spec.nodeName) reject(`pod ${name} is already assigned to node "${spec.nodeName}"`);
  if ((spec.schedulingGates ?? []).length > 0) reject(`pod ${name} has non-empty .spec.schedulingGates`);
  // The stored pod is frozen: the parts that change are copied, the rest is shared.
  const bound: KubeObject = { ...pod, metadata: { ...pod.metadata }, spec: { ...spec, nodeName: binding.target!.name! } };
  const annotations = binding.metadata?.annotations ?? {};
  if (Object.keys(annotations).length > 0) bound.metadata.annotations = { ...bound.metadata.annotations, ...annotations };
  const status = (bound.status as { conditions?: PodCondition[] } | undefined) ?? {};
  bound.status = { ...status, conditions: scheduledCondition(status.conditions ?? [], nowMs) };
  return bound;
}

/** podutil.UpdatePodCondition for PodScheduled=True: the transition time moves only on a change. */
function scheduledCondition(conditions: readonly PodCondition[], nowMs: number): PodCondition[] {
  const existing = conditions.find((c) => c.type === 'PodScheduled');
  if (!existing) return [...conditions, { type: 'PodScheduled', status: 'True', lastProbeTime: null, lastTransitionTime: rfc3339(nowMs) }];
  return conditions.map((c) => {
    if (c !== existing) return c;
    const lastTransitionTime = c.status === 'True' ? c.lastTransitionTime : rfc3339(nowMs);
    return { type: 'PodScheduled', status: 'True', lastProbeTime: null, lastTransitionTime };
  });
}
