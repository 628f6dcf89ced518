// The Service strategy: defaults, allocation of ClusterIPs and NodePorts before validation (as the
// service REST storage does), `status.loadBalancer: {}` on create, and update rules.
// Mirrors pkg/registry/core/service/strategy.go and storage/storage.go (v1.31).

import type { ServiceSpec } from 'kubernetes-types/core/v1';
import type { KubeObject } from '../../../api/types.ts';
import type { ResourceStrategy } from '../../strategy.ts';
import { specOf } from '../common/objects.ts';
import { allocateOnCreate, allocateOnUpdate } from './allocation.ts';
import { defaultServiceSpec } from './defaults.ts';
import { dropTypeDependentFields, normalizeClusterIPs, patchAllocatedValues } from './update.ts';
import { validateService, validateServiceUpdate } from './validation.ts';

const spec = (svc: KubeObject): ServiceSpec => (svc.spec ?? {}) as ServiceSpec;

export const serviceStrategy: ResourceStrategy = {
  hasStatus: true,
  tracksGeneration: false,
  default: (svc) => defaultServiceSpec(specOf(svc) as ServiceSpec),
  admit(svc, ctx) {
    normalizeClusterIPs(spec(svc));
    allocateOnCreate(svc, ctx);
  },
  validate: (svc) => validateService(spec(svc)),
  prepareForCreate(svc) {
    svc.status = { loadBalancer: {} };
  },
  prepareForUpdate(svc, old) {
    patchAllocatedValues(spec(svc), spec(old));
    normalizeClusterIPs(spec(svc), spec(old));
    dropTypeDependentFields(spec(svc), spec(old));
  },
  validateUpdate(svc, old, ctx) {
    // beginUpdate allocates before validation; this is the only update hook with the cluster view. A
    // status update carries the stored (frozen) spec itself: nothing to allocate.
    if (svc.spec !== old.spec) allocateOnUpdate(svc, old, ctx);
    return validateServiceUpdate(spec(svc), spec(old));
  },
  fieldLabels: {
    'spec.clusterIP': (svc) => spec(svc).clusterIP ?? '',
    'spec.type': (svc) => spec(svc).type ?? '',
  },
};
