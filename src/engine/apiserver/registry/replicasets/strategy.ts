// The ReplicaSet strategy: 1 replica by default, ValidateReplicaSetSpec (its empty-selector message
// says "deployment", as upstream's does), `status: {replicas: 0}` on create, immutable selector.
// Mirrors pkg/registry/apps/replicaset/strategy.go (v1.31).

import type { ReplicaSetSpec } from 'kubernetes-types/apps/v1';
import type { FieldCause } from '../../../api/errors.ts';
import type { KubeObject } from '../../../api/types.ts';
import type { ResourceStrategy } from '../../strategy.ts';
import { specOf } from '../common/objects.ts';
import { nonNegative } from '../common/validators.ts';
import { defaultPodTemplate } from '../podtemplate/defaults.ts';
import { immutableSelector, validateOwnedTemplate, validateSelector } from '../workloads/validation.ts';

const spec = (rs: KubeObject): ReplicaSetSpec => (rs.spec ?? {}) as ReplicaSetSpec;

function validateReplicaSet(rs: KubeObject): FieldCause[] {
  const s = spec(rs);
  return [
    ...nonNegative(s.replicas, 'spec.replicas'),
    ...nonNegative(s.minReadySeconds, 'spec.minReadySeconds'),
    ...validateSelector(s.selector, 'empty selector is invalid for deployment'),
    ...validateOwnedTemplate(s.selector, s.template, 'ReplicaSet'),
  ];
}

export const replicaSetStrategy: ResourceStrategy = {
  hasStatus: true,
  tracksGeneration: true,
  default(rs) {
    const s = specOf(rs) as unknown as ReplicaSetSpec;
    if (s.replicas === undefined || s.replicas === null) s.replicas = 1;
    defaultPodTemplate(rs, s.template ??= {});
  },
  validate: validateReplicaSet,
  prepareForCreate(rs) {
    rs.status = { replicas: 0 };
  },
  validateUpdate: (rs, old) => [...validateReplicaSet(rs), ...immutableSelector(spec(rs).selector, spec(old).selector)],
  fieldLabels: {
    'status.replicas': (rs) => String((rs.status as { replicas?: number } | undefined)?.replicas ?? 0),
  },
};
