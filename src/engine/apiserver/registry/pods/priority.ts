// Priority and DefaultTolerationSeconds admission for Pods: resolve the PriorityClass (or the
// global default) into spec.priority/preemptionPolicy, and tolerate not-ready/unreachable nodes for
// 300 s. Mirrors plugin/pkg/admission/priority and defaulttolerationseconds (v1.31).

import type { PodSpec, Toleration } from 'kubernetes-types/core/v1';
import { forbidden } from '../../../api/errors.ts';
import type { KubeObject } from '../../../api/types.ts';
import type { AdmissionContext } from '../../strategy.ts';
import { admissionName } from './serviceaccount.ts';

export const PREEMPT_LOWER_PRIORITY = 'PreemptLowerPriority';
export const DEFAULT_TOLERATION_SECONDS = 300;
const NOT_READY = 'node.kubernetes.io/not-ready';
const UNREACHABLE = 'node.kubernetes.io/unreachable';

/** The apiserver bootstraps these classes; they resolve even when a profile did not store them. */
export const SYSTEM_PRIORITY_CLASSES: Readonly<Record<string, number>> = {
  'system-node-critical': 2000001000,
  'system-cluster-critical': 2000000000,
};

interface Resolved {
  readonly className: string;
  readonly value: number;
  readonly preemptionPolicy: string;
}

export function admitPriority(pod: KubeObject, ctx: AdmissionContext): void {
  const spec = pod.spec as PodSpec;
  const resolved = spec.priorityClassName ? lookupClass(pod, spec.priorityClassName, ctx) : defaultClass(ctx);
  if (resolved.className) spec.priorityClassName = resolved.className;
  if (spec.priority !== undefined && spec.priority !== null && spec.priority !== resolved.value) {
    throw forbidden('', 'pods', admissionName(pod),
      `the integer value of priority (${spec.priority}) must not be provided in pod spec; priority admission controller computed ${resolved.value} from the given PriorityClass name`);
  }
  spec.priority = resolved.value;
  if (spec.preemptionPolicy && spec.preemptionPolicy !== resolved.preemptionPolicy) {
    throw forbidden('', 'pods', admissionName(pod),
      `the string value of PreemptionPolicy (${spec.preemptionPolicy}) must not be provided in pod spec; priority admission controller computed ${resolved.preemptionPolicy} from the given PriorityClass name`);
  }
  spec.preemptionPolicy = resolved.preemptionPolicy;
}

function lookupClass(pod: KubeObject, name: string, ctx: AdmissionContext): Resolved {
  const pc = ctx.get('scheduling.k8s.io', 'priorityclasses', undefined, name);
  if (pc) return { className: name, value: Number(pc.value ?? 0), preemptionPolicy: String(pc.preemptionPolicy ?? PREEMPT_LOWER_PRIORITY) };
  const system = SYSTEM_PRIORITY_CLASSES[name];
  if (system !== undefined) return { className: name, value: system, preemptionPolicy: PREEMPT_LOWER_PRIORITY };
  throw forbidden('', 'pods', admissionName(pod), `no PriorityClass with name ${name} was found`);
}

/** The global default class with the lowest value, or priority 0 when there is none. */
export function defaultClass(ctx: AdmissionContext): Resolved {
  const defaults = ctx.list('scheduling.k8s.io', 'priorityclasses').filter((pc) => pc.globalDefault === true);
  defaults.sort((a, b) => Number(a.value ?? 0) - Number(b.value ?? 0));
  const pc = defaults[0];
  if (!pc) return { className: '', value: 0, preemptionPolicy: PREEMPT_LOWER_PRIORITY };
  return { className: pc.metadata.name ?? '', value: Number(pc.value ?? 0), preemptionPolicy: String(pc.preemptionPolicy ?? PREEMPT_LOWER_PRIORITY) };
}

export function admitDefaultTolerations(spec: PodSpec): void {
  const tolerations = spec.tolerations ?? [];
  const tolerates = (key: string): boolean => tolerations.some((t) => (t.key === key || !t.key) && (t.effect === 'NoExecute' || !t.effect));
  const added: Toleration[] = [];
  for (const key of [NOT_READY, UNREACHABLE]) {
    if (!tolerates(key)) added.push({ key, operator: 'Exists', effect: 'NoExecute', tolerationSeconds: DEFAULT_TOLERATION_SECONDS });
  }
  if (added.length > 0) spec.tolerations = [...tolerations, ...added];
}
