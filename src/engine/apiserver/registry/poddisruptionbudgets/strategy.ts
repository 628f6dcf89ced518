// The PodDisruptionBudget strategy (policy/v1): minAvailable or maxUnavailable (not both) as a
// non-negative int or percent ≤ 100%, a valid selector, the eviction policy; zeroed status on
// create and generation tracking. Mirrors pkg/apis/policy/validation (v1.31).

import type { PodDisruptionBudgetSpec } from 'kubernetes-types/policy/v1';
import { field, type FieldCause } from '../../../api/errors.ts';
import type { KubeObject } from '../../../api/types.ts';
import type { ResourceStrategy } from '../../strategy.ts';
import { goNilPointer, goPointer, invalidRaw } from '../common/gofmt.ts';
import { validateLabelSelector } from '../common/labels.ts';
import { notMoreThan100Percent, validatePositiveIntOrPercent } from '../workloads/validation.ts';

const EVICTION_POLICIES = ['AlwaysAllow', 'IfHealthyBudget'];

function specDump(s: PodDisruptionBudgetSpec): string {
  const ptr = (present: unknown, type: string): string => (present === undefined ? goNilPointer(type) : goPointer(type));
  return `policy.PodDisruptionBudgetSpec{MinAvailable:${ptr(s.minAvailable, 'intstr.IntOrString')}, Selector:${ptr(s.selector, 'v1.LabelSelector')}, `
    + `MaxUnavailable:${ptr(s.maxUnavailable, 'intstr.IntOrString')}, UnhealthyPodEvictionPolicy:${ptr(s.unhealthyPodEvictionPolicy, 'policy.UnhealthyPodEvictionPolicyType')}}`;
}

function validatePdb(pdb: KubeObject): FieldCause[] {
  const s = (pdb.spec ?? {}) as PodDisruptionBudgetSpec;
  const causes: FieldCause[] = [];
  if (s.minAvailable !== undefined && s.maxUnavailable !== undefined) causes.push(invalidRaw('spec', specDump(s), 'minAvailable and maxUnavailable cannot be both set'));
  for (const key of ['minAvailable', 'maxUnavailable'] as const) {
    if (s[key] === undefined) continue;
    causes.push(...validatePositiveIntOrPercent(s[key], `spec.${key}`), ...notMoreThan100Percent(s[key], `spec.${key}`));
  }
  causes.push(...validateLabelSelector(s.selector, 'spec.selector'));
  const policy = s.unhealthyPodEvictionPolicy;
  if (policy !== undefined && !EVICTION_POLICIES.includes(policy)) causes.push(field.notSupported('spec.unhealthyPodEvictionPolicy', policy, EVICTION_POLICIES));
  return causes;
}

export const podDisruptionBudgetStrategy: ResourceStrategy = {
  hasStatus: true,
  tracksGeneration: true,
  validate: validatePdb,
  prepareForCreate(pdb) {
    pdb.status = { currentHealthy: 0, desiredHealthy: 0, disruptionsAllowed: 0, expectedPods: 0 };
  },
  validateUpdate: (pdb) => validatePdb(pdb),
};
