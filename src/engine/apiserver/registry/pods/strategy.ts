// The Pod strategy: pod defaults, admission (LimitRanger, ServiceAccount, Priority,
// DefaultTolerationSeconds), validation, `{phase: Pending, qosClass}` status on create and the
// field selectors pods support. Mirrors pkg/registry/core/pod/strategy.go (v1.31).

import type { PodSpec } from 'kubernetes-types/core/v1';
import type { KubeObject } from '../../../api/types.ts';
import type { ResourceStrategy } from '../../strategy.ts';
import { specOf } from '../common/objects.ts';
import { defaultPodOnly, defaultPodSpec } from '../podtemplate/defaults.ts';
import { admitLimitRanges } from './limitranger.ts';
import { admitDefaultTolerations, admitPriority } from './priority.ts';
import { computeQos } from './qos.ts';
import { admitServiceAccount } from './serviceaccount.ts';
import { validatePodCreate, validatePodUpdate } from './validation.ts';

const spec = (pod: KubeObject): PodSpec => (pod.spec ?? {}) as PodSpec;
const status = (pod: KubeObject): Record<string, unknown> => (pod.status ?? {}) as Record<string, unknown>;

/** pod.ToSelectableFields (besides metadata.name / metadata.namespace). */
export const POD_FIELD_LABELS: Readonly<Record<string, (pod: KubeObject) => string>> = {
  'spec.nodeName': (p) => spec(p).nodeName ?? '',
  'spec.restartPolicy': (p) => spec(p).restartPolicy ?? '',
  'spec.schedulerName': (p) => spec(p).schedulerName ?? '',
  'spec.serviceAccountName': (p) => spec(p).serviceAccountName ?? '',
  'spec.hostNetwork': (p) => String(spec(p).hostNetwork === true),
  'status.phase': (p) => String(status(p).phase ?? ''),
  'status.podIP': (p) => String((status(p).podIPs as Array<{ ip?: string }> | undefined)?.[0]?.ip ?? ''),
  'status.nominatedNodeName': (p) => String(status(p).nominatedNodeName ?? ''),
};

/** PrepareForCreate: Pending, the computed QoS class, and the SchedulingGated condition. */
export function podStatusOnCreate(podSpec: PodSpec): Record<string, unknown> {
  const result: Record<string, unknown> = { phase: 'Pending', qosClass: computeQos(podSpec) };
  if ((podSpec.schedulingGates ?? []).length > 0) {
    result.conditions = [{
      type: 'PodScheduled', status: 'False', lastProbeTime: null, lastTransitionTime: null,
      reason: 'SchedulingGated', message: 'Scheduling is blocked due to non-empty scheduling gates',
    }];
  }
  return result;
}

export const podStrategy: ResourceStrategy = {
  hasStatus: true,
  tracksGeneration: false,
  default(pod) {
    const podSpec = specOf(pod) as unknown as PodSpec;
    defaultPodOnly(podSpec);
    defaultPodSpec(pod, podSpec);
  },
  admit(pod, ctx) {
    admitLimitRanges(pod, ctx);
    admitServiceAccount(pod, ctx);
    admitPriority(pod, ctx);
    admitDefaultTolerations(spec(pod));
  },
  validate: (pod) => validatePodCreate(pod),
  prepareForCreate(pod) {
    pod.status = podStatusOnCreate(spec(pod));
  },
  prepareForUpdate(pod, old) {
    // Priority admission: updates may not touch the resolved priority.
    const next = specOf(pod);
    const prev = spec(old);
    for (const key of ['priority', 'preemptionPolicy'] as const) {
      if (prev[key] === undefined) delete next[key];
      else next[key] = prev[key];
    }
  },
  validateUpdate: (pod, old) => validatePodUpdate(pod, old),
  fieldLabels: POD_FIELD_LABELS,
};
