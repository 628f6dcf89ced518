// Resource quantities as the scheduler counts them: CPU in millicores, everything else as whole
// units rounded up (Quantity.MilliValue / Quantity.Value), and which names are "scalar" resources.
// Mirrors pkg/scheduler/util (IsScalarResourceName) and pkg/apis/core/v1/helper.

import { isQualifiedName } from '../../api/validation/names.ts';
import { milliValue, tryParseQuantity, type Quantity } from '../../api/quantity.ts';

export const CPU = 'cpu';
export const MEMORY = 'memory';
export const EPHEMERAL_STORAGE = 'ephemeral-storage';
export const PODS = 'pods';

/** Quantity.Value(): the value rounded up to a whole number. */
export function ceilValue(q: Quantity): number {
  if (q.exp >= 0) return Number(q.coef * 10n ** BigInt(q.exp));
  const divisor = 10n ** BigInt(-q.exp);
  const whole = q.coef / divisor;
  return Number(q.coef > whole * divisor ? whole + 1n : whole);
}

/** The amount of one resource the way the scheduler adds it up (CPU in millicores). */
export function resourceAmount(name: string, value: unknown): number {
  const q = tryParseQuantity(value);
  if (!q) return 0;
  return name === CPU ? milliValue(q) : ceilValue(q);
}

const isPrefixedNative = (name: string): boolean => name.includes('kubernetes.io/');

/** IsExtendedResourceName: a domain-prefixed name outside kubernetes.io, not a quota `requests.` name. */
export function isExtendedResourceName(name: string): boolean {
  if (!name.includes('/') || isPrefixedNative(name) || name.startsWith('requests.')) return false;
  return isQualifiedName(`requests.${name}`).length === 0;
}

/** IsScalarResourceName: extended, hugepages, prefixed native and attachable-volume resources. */
export function isScalarResourceName(name: string): boolean {
  return isExtendedResourceName(name) || name.startsWith('hugepages-') || isPrefixedNative(name) || name.startsWith('attachable-volumes-');
}
