// A resource vector: CPU (millicores), memory, ephemeral storage, pod count and the scalar
// resources (extended, hugepages…) by name. Mirrors framework.Resource.

import { CPU, EPHEMERAL_STORAGE, MEMORY, PODS, isScalarResourceName, resourceAmount } from '../util/quantities.ts';
import type { ResourceList } from './pod-requests.ts';

export interface Resources {
  milliCpu: number;
  memory: number;
  ephemeralStorage: number;
  allowedPods: number;
  scalars: Map<string, number>;
}

export function emptyResources(): Resources {
  return { milliCpu: 0, memory: 0, ephemeralStorage: 0, allowedPods: 0, scalars: new Map() };
}

export function cloneResources(r: Resources): Resources {
  return { ...r, scalars: new Map(r.scalars) };
}

/** Resource.Add of a resource list (as computed by podRequests). */
export function resourcesOf(list: ResourceList): Resources {
  const r = emptyResources();
  for (const [name, v] of list) {
    if (name === CPU) r.milliCpu += v;
    else if (name === MEMORY) r.memory += v;
    else if (name === EPHEMERAL_STORAGE) r.ephemeralStorage += v;
    else if (name === PODS) r.allowedPods += v;
    else if (isScalarResourceName(name)) r.scalars.set(name, (r.scalars.get(name) ?? 0) + v);
  }
  return r;
}

/** node.status.allocatable as a resource vector. */
export function allocatableOf(allocatable: Readonly<Record<string, unknown>> | undefined): Resources {
  const list: ResourceList = new Map();
  for (const [name, value] of Object.entries(allocatable ?? {})) list.set(name, resourceAmount(name, value));
  return resourcesOf(list);
}

/** into += sign × r */
export function accumulate(into: Resources, r: Resources, sign: 1 | -1): void {
  into.milliCpu += sign * r.milliCpu;
  into.memory += sign * r.memory;
  into.ephemeralStorage += sign * r.ephemeralStorage;
  into.allowedPods += sign * r.allowedPods;
  for (const [k, v] of r.scalars) into.scalars.set(k, (into.scalars.get(k) ?? 0) + sign * v);
}
