// The LimitRange strategy: Container items default their limit to max and their request to the
// limit (or min); quantities canonicalised; types, resource names and min ≤ default ≤ max checked.
// Mirrors SetDefaults_LimitRangeItem and ValidateLimitRange (core, v1.31).

import { field, type FieldCause } from '../../../api/errors.ts';
import type { KubeObject } from '../../../api/types.ts';
import { compareQuantities, formatQuantity, tryParseQuantity, type Quantity } from '../../../api/quantity.ts';
import { isQualifiedName } from '../../../api/validation/names.ts';
import type { ResourceStrategy } from '../../strategy.ts';
import { canonicalizeResourceList } from '../common/objects.ts';
import { validateResourceName } from '../podtemplate/resources.ts';

type Quantities = Record<string, string>;
interface LimitItem {
  type?: string;
  max?: Quantities; min?: Quantities; default?: Quantities; defaultRequest?: Quantities; maxLimitRequestRatio?: Quantities;
}
const KEYS = ['max', 'min', 'default', 'defaultRequest', 'maxLimitRequestRatio'] as const;
const STANDARD_TYPES = ['Pod', 'Container', 'PersistentVolumeClaim'];

const itemsOf = (lr: KubeObject): LimitItem[] => ((lr.spec as { limits?: LimitItem[] } | undefined)?.limits ?? []);

function defaultLimitRange(lr: KubeObject): void {
  for (const item of itemsOf(lr)) {
    for (const key of KEYS) canonicalizeResourceList(lr, item[key]);
    if (item.type !== 'Container') continue;
    const defaults: Quantities = { ...item.default };
    for (const [k, v] of Object.entries(item.max ?? {})) defaults[k] ??= v;
    const requests: Quantities = { ...item.defaultRequest };
    for (const [k, v] of Object.entries(defaults)) requests[k] ??= v;
    for (const [k, v] of Object.entries(item.min ?? {})) requests[k] ??= v;
    if (Object.keys(defaults).length > 0) item.default = defaults;
    if (Object.keys(requests).length > 0) item.defaultRequest = requests;
  }
}

function validateLimitRange(lr: KubeObject): FieldCause[] {
  const causes: FieldCause[] = [];
  const seen = new Set<string>();
  itemsOf(lr).forEach((item, i) => {
    const p = `spec.limits[${i}]`;
    const type = item.type ?? '';
    causes.push(...isQualifiedName(type).map((m) => field.invalid(`${p}.type`, type, m)));
    if (!type.includes('/') && !STANDARD_TYPES.includes(type)) causes.push(field.invalid(`${p}.type`, type, 'must be a standard limit type or fully qualified'));
    if (seen.has(type)) causes.push(field.duplicate(`${p}.type`, type));
    seen.add(type);
    for (const key of KEYS) for (const name of Object.keys(item[key] ?? {})) causes.push(...validateResourceName(name, `${p}.${key}[${name}]`));
    if (type === 'Pod') {
      if (Object.keys(item.default ?? {}).length > 0) causes.push(field.forbidden(`${p}.default`, "may not be specified when `type` is 'Pod'"));
      if (Object.keys(item.defaultRequest ?? {}).length > 0) causes.push(field.forbidden(`${p}.defaultRequest`, "may not be specified when `type` is 'Pod'"));
    }
    if (type === 'PersistentVolumeClaim' && !item.min?.storage && !item.max?.storage) {
      causes.push(field.required(`${p}.limits`, 'either minimum or maximum storage value is required, but neither was provided'));
    }
    causes.push(...ordering(item, p));
  });
  return causes;
}

/**
 * min ≤ defaultRequest ≤ default ≤ max. Deviation from upstream: the bad value is printed as the
 * canonical quantity string instead of Go's resource.Quantity struct dump.
 */
function ordering(item: LimitItem, p: string): FieldCause[] {
  const causes: FieldCause[] = [];
  const get = (key: (typeof KEYS)[number], name: string): Quantity | undefined => tryParseQuantity(item[key]?.[name]);
  const names = new Set(KEYS.flatMap((k) => Object.keys(item[k] ?? {})));
  const gt = (a: Quantity | undefined, b: Quantity | undefined): boolean => a !== undefined && b !== undefined && compareQuantities(a, b) > 0;
  for (const name of names) {
    const [min, max, def, req, ratio] = [get('min', name), get('max', name), get('default', name), get('defaultRequest', name), get('maxLimitRequestRatio', name)];
    const s = (q: Quantity | undefined): string => (q ? formatQuantity(q) : '');
    if (gt(min, max)) causes.push(field.invalid(`${p}.min[${name}]`, s(min), `min value ${s(min)} is greater than max value ${s(max)}`));
    if (gt(min, req)) causes.push(field.invalid(`${p}.defaultRequest[${name}]`, s(req), `min value ${s(min)} is greater than default request value ${s(req)}`));
    if (gt(req, max)) causes.push(field.invalid(`${p}.defaultRequest[${name}]`, s(req), `default request value ${s(req)} is greater than max value ${s(max)}`));
    if (gt(req, def)) causes.push(field.invalid(`${p}.defaultRequest[${name}]`, s(req), `default request value ${s(req)} is greater than default limit value ${s(def)}`));
    if (gt(min, def)) causes.push(field.invalid(`${p}.default[${name}]`, s(min), `min value ${s(min)} is greater than default value ${s(def)}`));
    if (gt(def, max)) causes.push(field.invalid(`${p}.default[${name}]`, s(max), `default value ${s(def)} is greater than max value ${s(max)}`));
    if (ratio && compareQuantities(ratio, { coef: 1n, exp: 0, format: 'DecimalSI' }) < 0) {
      causes.push(field.invalid(`${p}.maxLimitRequestRatio[${name}]`, s(ratio), `ratio ${s(ratio)} is less than 1`));
    }
  }
  return causes;
}

export const limitRangeStrategy: ResourceStrategy = {
  hasStatus: false,
  tracksGeneration: false,
  default: defaultLimitRange,
  validate: validateLimitRange,
  validateUpdate: (lr) => validateLimitRange(lr),
};
