// The Lease strategy (coordination.k8s.io): positive durations, non-negative transitions.
// Mirrors pkg/apis/coordination/validation.ValidateLeaseSpec.

import { field, type FieldCause } from '../../../api/errors.ts';
import type { KubeObject } from '../../../api/types.ts';
import type { ResourceStrategy } from '../../strategy.ts';
import { NON_NEGATIVE } from '../common/validators.ts';

function validateLease(lease: KubeObject): FieldCause[] {
  const spec = (lease.spec ?? {}) as { leaseDurationSeconds?: number; leaseTransitions?: number };
  const causes: FieldCause[] = [];
  if (typeof spec.leaseDurationSeconds === 'number' && spec.leaseDurationSeconds <= 0) {
    causes.push(field.invalid('spec.leaseDurationSeconds', spec.leaseDurationSeconds, 'must be greater than 0'));
  }
  if (typeof spec.leaseTransitions === 'number' && spec.leaseTransitions < 0) {
    causes.push(field.invalid('spec.leaseTransitions', spec.leaseTransitions, NON_NEGATIVE));
  }
  return causes;
}

export const leaseStrategy: ResourceStrategy = {
  hasStatus: false,
  tracksGeneration: false,
  validate: validateLease,
  validateUpdate: (lease) => validateLease(lease),
};
