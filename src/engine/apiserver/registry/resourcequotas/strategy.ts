// The ResourceQuota strategy: hard limits canonicalised, quota resource names, non-negative (and
// integer for object counts) values, known non-conflicting scopes that never change; `status: {}`
// on create. Mirrors ValidateResourceQuota / ValidateResourceQuotaUpdate (core, v1.31).

import type { ResourceQuotaSpec } from 'kubernetes-types/core/v1';
import { field, type FieldCause } from '../../../api/errors.ts';
import type { KubeObject } from '../../../api/types.ts';
import { tryParseQuantity } from '../../../api/quantity.ts';
import type { ResourceStrategy } from '../../strategy.ts';
import { invalidRaw } from '../common/gofmt.ts';
import { canonicalizeResourceList, specOf } from '../common/objects.ts';
import { FIELD_IMMUTABLE } from '../common/validators.ts';
import { isHugePages, validateQuantityValue, validateResourceName } from '../podtemplate/resources.ts';

const QUOTA_RESOURCES = new Set([
  'cpu', 'memory', 'ephemeral-storage', 'requests.cpu', 'requests.memory', 'requests.storage', 'requests.ephemeral-storage',
  'limits.cpu', 'limits.memory', 'limits.ephemeral-storage', 'pods', 'resourcequotas', 'services', 'replicationcontrollers',
  'secrets', 'persistentvolumeclaims', 'configmaps', 'services.nodeports', 'services.loadbalancers',
]);
const SCOPES = ['Terminating', 'NotTerminating', 'BestEffort', 'NotBestEffort', 'PriorityClass', 'CrossNamespacePodAffinity'];
const CONFLICTS = [['BestEffort', 'NotBestEffort'], ['Terminating', 'NotTerminating']];

const spec = (q: KubeObject): ResourceQuotaSpec => (q.spec ?? {}) as ResourceQuotaSpec;
const goScopes = (scopes: readonly string[]): string => `[]core.ResourceQuotaScope{${scopes.map((s) => JSON.stringify(s)).join(', ')}}`;

function validateQuota(q: KubeObject): FieldCause[] {
  const causes: FieldCause[] = [];
  for (const [name, raw] of Object.entries(spec(q).hard ?? {})) {
    const path = `spec.hard[${name}]`;
    causes.push(...validateResourceName(name, path));
    const standard = QUOTA_RESOURCES.has(name) || isHugePages(name) || name.startsWith('requests.hugepages-');
    if (!name.includes('/') && !standard) causes.push(field.invalid(path, name, 'must be a standard resource for quota'));
    const value = tryParseQuantity(raw);
    if (value) causes.push(...validateQuantityValue(name, value, path));
  }
  const scopes = spec(q).scopes ?? [];
  if (scopes.some((s) => !SCOPES.includes(s))) causes.push(invalidRaw('spec.scopes', goScopes(scopes), 'unsupported scope'));
  for (const pair of CONFLICTS) if (pair.every((s) => scopes.includes(s))) causes.push(invalidRaw('spec.scopes', goScopes(scopes), 'conflicting scopes'));
  return causes;
}

export const resourceQuotaStrategy: ResourceStrategy = {
  hasStatus: true,
  tracksGeneration: false,
  default: (q) => canonicalizeResourceList(q, (specOf(q) as ResourceQuotaSpec).hard),
  validate: validateQuota,
  prepareForCreate(q) {
    q.status = {};
  },
  validateUpdate(q, old) {
    const next = [...(spec(q).scopes ?? [])].sort();
    const prev = [...(spec(old).scopes ?? [])].sort();
    const changed = JSON.stringify([...new Set(next)]) !== JSON.stringify([...new Set(prev)]);
    return [...validateQuota(q), ...(changed ? [invalidRaw('spec.scopes', goScopes(spec(q).scopes ?? []), FIELD_IMMUTABLE)] : [])];
  },
};
