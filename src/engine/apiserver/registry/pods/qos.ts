// The QoS class written into status on create: Guaranteed when every container has equal cpu and
// memory requests and limits, BestEffort when none are set, Burstable otherwise.
// Mirrors pkg/apis/core/helper/qos.ComputePodQOS.

import type { PodSpec } from 'kubernetes-types/core/v1';
import { addQuantities, compareQuantities, quantitySign, tryParseQuantity, type Quantity } from '../../../api/quantity.ts';

export const QosClass = { Guaranteed: 'Guaranteed', Burstable: 'Burstable', BestEffort: 'BestEffort' } as const;
export type QosClass = (typeof QosClass)[keyof typeof QosClass];

const QOS_RESOURCES = ['cpu', 'memory'];

export function computeQos(spec: PodSpec): QosClass {
  const requests = new Map<string, Quantity>();
  const limits = new Map<string, Quantity>();
  let guaranteed = true;
  for (const c of [...(spec.containers ?? []), ...(spec.initContainers ?? [])]) {
    accumulate(requests, c.resources?.requests);
    const found = accumulate(limits, c.resources?.limits);
    if (!QOS_RESOURCES.every((r) => found.has(r))) guaranteed = false;
  }
  if (requests.size === 0 && limits.size === 0) return QosClass.BestEffort;
  if (guaranteed) {
    for (const [name, req] of requests) {
      const lim = limits.get(name);
      if (!lim || compareQuantities(lim, req) !== 0) guaranteed = false;
    }
  }
  return guaranteed && requests.size === limits.size ? QosClass.Guaranteed : QosClass.Burstable;
}

/** Adds the positive cpu/memory quantities of one list; returns which resources it contributed. */
function accumulate(total: Map<string, Quantity>, list: Readonly<Record<string, string>> | undefined): Set<string> {
  const found = new Set<string>();
  for (const [name, raw] of Object.entries(list ?? {})) {
    if (!QOS_RESOURCES.includes(name)) continue;
    const q = tryParseQuantity(raw);
    if (!q || quantitySign(q) <= 0) continue;
    found.add(name);
    total.set(name, total.has(name) ? addQuantities(total.get(name)!, q) : q);
  }
  return found;
}
