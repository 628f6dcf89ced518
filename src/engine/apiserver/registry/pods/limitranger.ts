// LimitRanger admission: fills pod containers' requests/limits from the namespace's LimitRanges
// (annotating what it set) and enforces min, max and maxLimitRequestRatio; bounds claims' storage.
// Mirrors plugin/pkg/admission/limitranger/admission.go (PodMutateLimitFunc, PodValidateLimitFunc).

import type { Container, PodSpec } from 'kubernetes-types/core/v1';
import { forbidden } from '../../../api/errors.ts';
import { formatQuantity, milliValue, tryParseQuantity, type Quantity } from '../../../api/quantity.ts';
import type { KubeObject } from '../../../api/types.ts';
import type { AdmissionContext } from '../../strategy.ts';
import { podTotal } from '../resourcequotas/usage.ts';

export const LIMIT_RANGER_ANNOTATION = 'kubernetes.io/limit-ranger';

interface LimitItem {
  type?: string;
  default?: Record<string, string>;
  defaultRequest?: Record<string, string>;
  min?: Record<string, string>;
  max?: Record<string, string>;
  maxLimitRequestRatio?: Record<string, string>;
}

type Resources = Record<string, string>;

export function admitLimitRanges(pod: KubeObject, ctx: AdmissionContext): void {
  const ranges = ctx.list('', 'limitranges', pod.metadata.namespace);
  const spec = pod.spec as PodSpec;
  const errors: string[] = [];
  for (const range of ranges) {
    const items = ((range.spec as { limits?: LimitItem[] } | undefined)?.limits ?? []);
    applyDefaults(pod, spec, items.filter((i) => i.type === 'Container'));
    for (const item of items) errors.push(...validateItem(spec, item));
  }
  const unique = [...new Set(errors)];
  if (unique.length > 0) {
    // A validating plugin: the pod is named by its generated name.
    throw forbidden('', 'pods', pod.metadata.name ?? '', unique.length === 1 ? unique[0]! : `[${unique.join(', ')}]`);
  }
}

function applyDefaults(pod: KubeObject, spec: PodSpec, items: readonly LimitItem[]): void {
  const limits: Resources = {};
  const requests: Resources = {};
  for (const item of items) {
    Object.assign(limits, item.default ?? {});
    Object.assign(requests, item.defaultRequest ?? {});
  }
  if (Object.keys(limits).length + Object.keys(requests).length === 0) return;
  const notes: string[] = [];
  for (const c of spec.initContainers ?? []) notes.push(...merge(c, limits, requests, 'init container'));
  for (const c of spec.containers ?? []) notes.push(...merge(c, limits, requests, 'container'));
  if (notes.length === 0) return;
  pod.metadata.annotations = { ...pod.metadata.annotations, [LIMIT_RANGER_ANNOTATION]: `LimitRanger plugin set: ${notes.join('; ')}` };
}

function merge(c: Container, limits: Resources, requests: Resources, prefix: string): string[] {
  const resources = (c.resources ??= {});
  const setLimits = Object.keys(limits).filter((k) => resources.limits?.[k] === undefined);
  const setRequests = Object.keys(requests).filter((k) => resources.requests?.[k] === undefined);
  if (setLimits.length > 0) resources.limits = { ...resources.limits, ...Object.fromEntries(setLimits.map((k) => [k, limits[k]!])) };
  if (setRequests.length > 0) resources.requests = { ...resources.requests, ...Object.fromEntries(setRequests.map((k) => [k, requests[k]!])) };
  const notes: string[] = [];
  if (setRequests.length > 0) notes.push(`${setRequests.sort().join(', ')} request for ${prefix} ${c.name}`);
  if (setLimits.length > 0) notes.push(`${setLimits.sort().join(', ')} limit for ${prefix} ${c.name}`);
  return notes;
}

function validateItem(spec: PodSpec, item: LimitItem): string[] {
  if (item.type === 'Container') {
    return [...(spec.containers ?? []), ...(spec.initContainers ?? [])].flatMap((c) =>
      constraints('Container', item, c.resources?.requests ?? {}, c.resources?.limits ?? {}));
  }
  if (item.type === 'Pod') return constraints('Pod', item, podResources(spec, 'requests'), podResources(spec, 'limits'));
  return [];
}

/** What a pod requests or limits in total (podRequests/podLimits). */
function podResources(spec: PodSpec, kind: 'requests' | 'limits'): Resources {
  const quantities = (c: Container): Map<string, Quantity> => new Map(Object.entries(c.resources?.[kind] ?? {})
    .flatMap(([k, v]) => { const q = tryParseQuantity(v); return q ? [[k, q] as const] : []; }));
  return Object.fromEntries([...podTotal(spec, quantities)].map(([k, q]) => [k, formatQuantity(q)]));
}

function constraints(type: string, item: LimitItem, requests: Resources, limits: Resources): string[] {
  const errors: string[] = [];
  for (const [name, raw] of Object.entries(item.min ?? {})) errors.push(...minConstraint(type, name, raw, requests, limits));
  for (const [name, raw] of Object.entries(item.max ?? {})) {
    const max = tryParseQuantity(raw);
    const req = tryParseQuantity(requests[name]);
    const lim = tryParseQuantity(limits[name]);
    if (!max) continue;
    const shown = formatQuantity(max);
    if (!lim) errors.push(`maximum ${name} usage per ${type} is ${shown}.  No limit is specified`);
    else if (milliValue(lim) > milliValue(max)) errors.push(`maximum ${name} usage per ${type} is ${shown}, but limit is ${formatQuantity(lim)}`);
    else if (req && milliValue(req) > milliValue(max)) errors.push(`maximum ${name} usage per ${type} is ${shown}, but request is ${formatQuantity(req)}`);
  }
  for (const [name, raw] of Object.entries(item.maxLimitRequestRatio ?? {})) {
    const ratio = tryParseQuantity(raw);
    if (ratio) errors.push(...ratioConstraint(type, name, ratio, tryParseQuantity(requests[name]), tryParseQuantity(limits[name])));
  }
  return errors;
}

function minConstraint(type: string, name: string, raw: string, requests: Resources, limits: Resources): string[] {
  const min = tryParseQuantity(raw);
  const req = tryParseQuantity(requests[name]);
  const lim = tryParseQuantity(limits[name]);
  if (!min) return [];
  const shown = formatQuantity(min);
  if (!req) return [`minimum ${name} usage per ${type} is ${shown}.  No request is specified`];
  if (milliValue(req) < milliValue(min)) return [`minimum ${name} usage per ${type} is ${shown}, but request is ${formatQuantity(req)}`];
  if (lim && milliValue(lim) < milliValue(min)) return [`minimum ${name} usage per ${type} is ${shown}, but limit is ${formatQuantity(lim)}`];
  return [];
}

/** maxRequestConstraint: a claim's max is enforced against what it requests. */
function maxRequestConstraint(type: string, name: string, raw: string, requests: Resources): string[] {
  const max = tryParseQuantity(raw);
  const req = tryParseQuantity(requests[name]);
  if (!max) return [];
  const shown = formatQuantity(max);
  if (!req) return [`maximum ${name} usage per ${type} is ${shown}.  No request is specified`];
  return milliValue(req) > milliValue(max) ? [`maximum ${name} usage per ${type} is ${shown}, but request is ${formatQuantity(req)}`] : [];
}

/**
 * PersistentVolumeClaimValidateLimitFunc, on create and on update (a resize): the claim's
 * storage request within the PersistentVolumeClaim items' min and max.
 */
export function admitClaimLimitRanges(pvc: KubeObject, ctx: AdmissionContext): void {
  const requests = (pvc.spec as { resources?: { requests?: Resources } } | undefined)?.resources?.requests ?? {};
  const errors: string[] = [];
  for (const range of ctx.list('', 'limitranges', pvc.metadata.namespace)) {
    for (const item of (range.spec as { limits?: LimitItem[] } | undefined)?.limits ?? []) {
      if (item.type !== 'PersistentVolumeClaim') continue;
      for (const [name, raw] of Object.entries(item.min ?? {})) errors.push(...minConstraint(item.type, name, raw, requests, {}));
      for (const [name, raw] of Object.entries(item.max ?? {})) errors.push(...maxRequestConstraint(item.type, name, raw, requests));
    }
  }
  if (errors.length > 0) throw forbidden('', 'persistentvolumeclaims', pvc.metadata.name ?? '', errors.length === 1 ? errors[0]! : `[${errors.join(', ')}]`);
}

function ratioConstraint(type: string, name: string, ratio: Quantity, req: Quantity | undefined, lim: Quantity | undefined): string[] {
  const shown = formatQuantity(ratio);
  if (!req || milliValue(req) === 0) return [`${name} max limit to request ratio per ${type} is ${shown}, but no request is specified or request is 0`];
  if (!lim || milliValue(lim) === 0) return [`${name} max limit to request ratio per ${type} is ${shown}, but no limit is specified or limit is 0`];
  const observed = milliValue(lim) / milliValue(req);
  return observed * 1000 > milliValue(ratio) ? [`${name} max limit to request ratio per ${type} is ${shown}, but provided ratio is ${observed.toFixed(6)}`] : [];
}
