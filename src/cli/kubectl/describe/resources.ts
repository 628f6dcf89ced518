// Pod resource totals and QoS as kubectl computes them for describe (pkg/util/resource
// PodRequestsAndLimits, pkg/util/qos GetPodQOS): containers add up, init containers count by their
// maximum, sidecars (restartPolicy Always) add up as well, overhead is added.

import type { Container, Pod } from 'kubernetes-types/core/v1';
import { compareQuantities, quantitySign } from '../../../engine/index.ts';
import { addQuantities, parseQuantity, quantityValue, ZERO_QUANTITY, type Quantity } from '../printers/quantity.ts';

export type ResourceTotals = Map<string, Quantity>;

function addList(into: ResourceTotals, list: Readonly<Record<string, unknown>> | undefined): void {
  for (const [name, value] of Object.entries(list ?? {})) {
    const q = parseQuantity(value);
    if (q) into.set(name, addQuantities(into.get(name) ?? ZERO_QUANTITY, q));
  }
}

function maxInto(into: ResourceTotals, other: ResourceTotals): void {
  for (const [name, q] of other) {
    const cur = into.get(name);
    if (!cur || compareQuantities(q, cur) > 0) into.set(name, q);
  }
}

function totals(pod: Pod, pick: (c: Container) => Readonly<Record<string, unknown>> | undefined): ResourceTotals {
  const result: ResourceTotals = new Map();
  for (const c of pod.spec?.containers ?? []) addList(result, pick(c));
  const sidecars: ResourceTotals = new Map();
  const init: ResourceTotals = new Map();
  for (const c of pod.spec?.initContainers ?? []) {
    let own: ResourceTotals;
    if (c.restartPolicy === 'Always') {
      addList(result, pick(c));
      addList(sidecars, pick(c));
      own = new Map(sidecars);
    } else {
      own = new Map();
      addList(own, pick(c));
      for (const [name, q] of sidecars) own.set(name, addQuantities(own.get(name) ?? ZERO_QUANTITY, q));
    }
    maxInto(init, own);
  }
  maxInto(result, init);
  return result;
}

export function podRequestsAndLimits(pod: Pod): { requests: ResourceTotals; limits: ResourceTotals } {
  const requests = totals(pod, (c) => c.resources?.requests);
  addList(requests, pod.spec?.overhead);
  const limits = totals(pod, (c) => c.resources?.limits);
  for (const [name, value] of Object.entries(pod.spec?.overhead ?? {})) {
    const cur = limits.get(name);
    const q = parseQuantity(value);
    if (cur && q && quantitySign(cur) !== 0) limits.set(name, addQuantities(cur, q));
  }
  return { requests, limits };
}

/** GetPodQOS: status.qosClass, else computed from cpu/memory requests and limits. */
export function podQOS(pod: Pod): string {
  if (pod.status?.qosClass) return pod.status.qosClass;
  const requests: ResourceTotals = new Map();
  const limits: ResourceTotals = new Map();
  let guaranteed = true;
  for (const c of [...(pod.spec?.containers ?? []), ...(pod.spec?.initContainers ?? [])]) {
    for (const [name, value] of Object.entries(c.resources?.requests ?? {})) {
      const q = parseQuantity(value);
      if ((name === 'cpu' || name === 'memory') && q && quantitySign(q) > 0) requests.set(name, addQuantities(requests.get(name) ?? ZERO_QUANTITY, q));
    }
    const found = new Set<string>();
    for (const [name, value] of Object.entries(c.resources?.limits ?? {})) {
      const q = parseQuantity(value);
      if ((name === 'cpu' || name === 'memory') && q && quantitySign(q) > 0) {
        found.add(name);
        limits.set(name, addQuantities(limits.get(name) ?? ZERO_QUANTITY, q));
      }
    }
    if (!found.has('cpu') || !found.has('memory')) guaranteed = false;
  }
  if (requests.size === 0 && limits.size === 0) return 'BestEffort';
  if (guaranteed) {
    for (const [name, req] of requests) {
      const lim = limits.get(name);
      if (!lim || compareQuantities(lim, req) !== 0) guaranteed = false;
    }
  }
  return guaranteed && requests.size === limits.size ? 'Guaranteed' : 'Burstable';
}

/** int64(float64(part) / float64(whole) * 100), as describe prints percentages. */
export function percent(part: Quantity | undefined, whole: Quantity | undefined, scale: 0 | 3): number {
  const w = whole ? quantityValue(whole, scale) : 0;
  const p = part ? quantityValue(part, scale) : 0;
  return w === 0 ? 0 : Math.trunc((p / w) * 100);
}
