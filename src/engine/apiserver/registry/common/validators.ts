// Small validators shared by many kinds, with the exact messages of apimachinery util/validation
// and pkg/apis/core/validation (ValidateNonnegativeField, IsValidPortNum, IsValidIP, …).

import { field, type FieldCause } from '../../../api/errors.ts';
import { deepEqual } from '../../../base/json.ts';
import { regexError } from '../../../api/validation/names.ts';

export const NON_NEGATIVE = 'must be greater than or equal to 0';
export const FIELD_IMMUTABLE = 'field is immutable';
export const NOT_POSITIVE = 'must be greater than zero';
export const IP_INVALID = 'must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)';
export const CIDR_INVALID = 'must be a valid CIDR value, (e.g. 10.9.8.0/24 or 2001:db8::/64)';

export const inclusiveRange = (lo: number, hi: number): string => `must be between ${lo} and ${hi}, inclusive`;

export function nonNegative(value: number | undefined, path: string): FieldCause[] {
  return value !== undefined && value < 0 ? [field.invalid(path, value, NON_NEGATIVE)] : [];
}

export function isValidPortNum(port: number): string[] {
  return port >= 1 && port <= 65535 ? [] : [inclusiveRange(1, 65535)];
}

/** IsValidPortName (IANA_SVC_NAME). */
export function isValidPortName(name: string): string[] {
  const errs: string[] = [];
  if (name.length > 15) errs.push('must be no more than 15 characters');
  if (!/^[-a-z0-9]+$/.test(name)) errs.push('must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)');
  if (!/[a-z]/.test(name)) errs.push('must contain at least one letter (a-z)');
  if (name.includes('--')) errs.push('must not contain consecutive hyphens');
  if (name.length > 0 && (name.startsWith('-') || name.endsWith('-'))) errs.push('must not begin or end with a hyphen');
  return errs;
}

/** ValidatePortNumOrName for an IntOrString port. */
export function portNumOrName(port: number | string | undefined, path: string): FieldCause[] {
  if (typeof port === 'string') return isValidPortName(port).map((m) => field.invalid(path, port, m));
  const n = port ?? 0;
  return isValidPortNum(n).map((m) => field.invalid(path, n, m));
}

export function isValidPercent(value: string): string[] {
  return /^[0-9]+%$/.test(value) ? [] : [regexError("a valid percent string must be a numeric string followed by an ending '%'", '[0-9]+%', '1%', '93%')];
}

/** netutils.ParseIPSloppy: dotted quads (leading zeros allowed) or IPv6. */
export function isIP(value: string): boolean {
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(value)) return value.split('.').every((p) => Number(p) <= 255);
  if (!value.includes(':') || !/^[0-9a-fA-F:.]+$/.test(value)) return false;
  const doubleColons = value.split('::').length - 1;
  if (doubleColons > 1) return false;
  const groups = value.split(':').filter((g) => g !== '');
  return groups.every((g) => g.length <= 4 || isIP(g)) && (doubleColons === 1 ? groups.length < 8 : groups.length === 8);
}

export function isIPv4(value: string): boolean {
  return isIP(value) && !value.includes(':');
}

export function validateIP(value: string, path: string): FieldCause[] {
  return isIP(value) ? [] : [field.invalid(path, value, IP_INVALID)];
}

export function validateCIDR(value: string, path: string): FieldCause[] {
  const [ip, bits, extra] = value.split('/');
  const maxBits = ip !== undefined && ip.includes(':') ? 128 : 32;
  const ok = extra === undefined && ip !== undefined && isIP(ip) && bits !== undefined && /^\d+$/.test(bits) && Number(bits) <= maxBits;
  return ok ? [] : [field.invalid(path, value, CIDR_INVALID)];
}

/** ValidateImmutableField for values that print as strings, numbers or bools. */
export function immutable(newValue: unknown, oldValue: unknown, path: string): FieldCause[] {
  return deepEqual(newValue, oldValue) ? [] : [field.invalid(path, newValue, FIELD_IMMUTABLE)];
}
