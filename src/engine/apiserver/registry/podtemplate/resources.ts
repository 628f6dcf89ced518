// Container resource requirements: standard resource names, non-negative quantities, integer-only
// resources, and requests ≤ limits (equal for resources that cannot be overcommitted).
// Mirrors validateResourceRequirements / validateContainerResourceName in core validation.

import type { ResourceRequirements } from 'kubernetes-types/core/v1';
import { field, type FieldCause } from '../../../api/errors.ts';
import { compareQuantities, formatQuantity, quantitySign, tryParseQuantity, type Quantity } from '../../../api/quantity.ts';
import { isQualifiedName } from '../../../api/validation/names.ts';
import { NON_NEGATIVE } from '../common/validators.ts';

const STANDARD_CONTAINER = new Set(['cpu', 'memory', 'ephemeral-storage']);
const STANDARD = new Set([
  'cpu', 'memory', 'ephemeral-storage', 'requests.cpu', 'requests.memory', 'requests.ephemeral-storage', 'limits.cpu',
  'limits.memory', 'limits.ephemeral-storage', 'pods', 'resourcequotas', 'services', 'replicationcontrollers', 'secrets',
  'persistentvolumeclaims', 'configmaps', 'storage', 'requests.storage', 'services.nodeports', 'services.loadbalancers',
]);
const INTEGER_RESOURCES = new Set([
  'pods', 'resourcequotas', 'services', 'replicationcontrollers', 'secrets', 'configmaps', 'persistentvolumeclaims',
  'services.nodeports', 'services.loadbalancers',
]);

export const isHugePages = (name: string): boolean => name.startsWith('hugepages-');
const isNative = (name: string): boolean => !name.includes('/') || name.includes('kubernetes.io/');
const isExtended = (name: string): boolean => !isNative(name) && !name.startsWith('requests.');
export const isOvercommitAllowed = (name: string): boolean => isNative(name) && !isHugePages(name);
export const isIntegerResource = (name: string): boolean => INTEGER_RESOURCES.has(name) || isExtended(name);

/** validateResourceName: a qualified name that is either standard or carries a domain. */
export function validateResourceName(name: string, path: string): FieldCause[] {
  const causes = isQualifiedName(name).map((m) => field.invalid(path, name, m));
  if (causes.length > 0) return causes;
  if (!name.includes('/') && !STANDARD.has(name) && !isHugePages(name)) {
    causes.push(field.invalid(path, name, 'must be a standard resource type or fully qualified'));
  }
  return causes;
}

function validateContainerResourceName(name: string, path: string): FieldCause[] {
  const causes = validateResourceName(name, path);
  if (!name.includes('/')) {
    if (!STANDARD_CONTAINER.has(name) && !isHugePages(name)) causes.push(field.invalid(path, name, 'must be a standard resource for containers'));
  } else if (!isNative(name) && !isExtended(name)) {
    causes.push(field.invalid(path, name, "doesn't follow extended resource name standard"));
  }
  return causes;
}

/** ValidateResourceQuantityValue: non-negative, whole numbers for integer resources. */
export function validateQuantityValue(name: string, q: Quantity, path: string): FieldCause[] {
  const causes: FieldCause[] = [];
  if (quantitySign(q) < 0) causes.push(field.invalid(path, formatQuantity(q), NON_NEGATIVE));
  if (isIntegerResource(name) && q.exp < 0 && q.coef % 10n ** BigInt(-q.exp) !== 0n) {
    causes.push(field.invalid(path, formatQuantity(q), 'must be an integer'));
  }
  return causes;
}

export function validateResourceRequirements(resources: ResourceRequirements | undefined, path: string): FieldCause[] {
  const causes: FieldCause[] = [];
  const limits = resources?.limits ?? {};
  const requests = resources?.requests ?? {};
  let cpuOrMemory = false;
  let hugePages = false;
  for (const [name, raw] of Object.entries(limits)) {
    const p = `${path}.limits[${name}]`;
    causes.push(...validateContainerResourceName(name, p));
    const q = tryParseQuantity(raw);
    if (q) causes.push(...validateQuantityValue(name, q, p));
    hugePages ||= isHugePages(name);
    cpuOrMemory ||= name === 'cpu' || name === 'memory';
  }
  for (const [name, raw] of Object.entries(requests)) {
    const p = `${path}.requests[${name}]`;
    causes.push(...validateContainerResourceName(name, p));
    const q = tryParseQuantity(raw);
    if (q) causes.push(...validateQuantityValue(name, q, p));
    if (q) causes.push(...requestAgainstLimit(name, q, tryParseQuantity(limits[name]), path));
    hugePages ||= isHugePages(name);
    cpuOrMemory ||= name === 'cpu' || name === 'memory';
  }
  if (hugePages && !cpuOrMemory) causes.push(field.forbidden(path, 'HugePages require cpu or memory'));
  return causes;
}

function requestAgainstLimit(name: string, request: Quantity, limit: Quantity | undefined, path: string): FieldCause[] {
  if (!limit) {
    return isOvercommitAllowed(name) ? [] : [field.required(`${path}.limits`, 'Limit must be set for non overcommitable resources')];
  }
  const cmp = compareQuantities(request, limit);
  if (cmp !== 0 && !isOvercommitAllowed(name)) {
    return [field.invalid(`${path}.requests`, formatQuantity(request), `must be equal to ${name} limit of ${formatQuantity(limit)}`)];
  }
  if (cmp > 0) {
    return [field.invalid(`${path}.requests`, formatQuantity(request), `must be less than or equal to ${name} limit of ${formatQuantity(limit)}`)];
  }
  return [];
}
