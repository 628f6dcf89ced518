// What a pod asks of a node: the sum of its containers, at least the largest init container
// (sidecars, restartable init containers, add up and stay), plus the pod overhead. Containers
// without a CPU or memory request count as 100m / 200Mi where the scheduler wants "non-zero".
// Mirrors component-helpers resource.PodRequests (v1.31) and scheduler util DefaultMilliCPURequest.

import type { Container, PodSpec } from 'kubernetes-types/core/v1';
import { CPU, MEMORY, resourceAmount } from '../util/quantities.ts';

export const DEFAULT_MILLI_CPU_REQUEST = 100;
export const DEFAULT_MEMORY_REQUEST = 200 * 1024 * 1024;

export type ResourceList = Map<string, number>;

function containerRequests(c: Container, nonMissing: boolean): ResourceList {
  const out: ResourceList = new Map();
  for (const [name, value] of Object.entries(c.resources?.requests ?? {})) out.set(name, resourceAmount(name, value));
  if (nonMissing) {
    if (!out.has(CPU)) out.set(CPU, DEFAULT_MILLI_CPU_REQUEST);
    if (!out.has(MEMORY)) out.set(MEMORY, DEFAULT_MEMORY_REQUEST);
  }
  return out;
}

function add(into: ResourceList, from: ResourceList): void {
  for (const [k, v] of from) into.set(k, (into.get(k) ?? 0) + v);
}

function max(into: ResourceList, from: ResourceList): void {
  for (const [k, v] of from) into.set(k, Math.max(into.get(k) ?? 0, v));
}

/** PodRequests; `nonMissing` applies the 100m / 200Mi defaults to containers that name none. */
export function podRequests(spec: PodSpec, nonMissing: boolean): ResourceList {
  const reqs: ResourceList = new Map();
  for (const c of spec.containers ?? []) add(reqs, containerRequests(c, nonMissing));
  const sidecars: ResourceList = new Map();
  const initMax: ResourceList = new Map();
  for (const c of spec.initContainers ?? []) {
    const own = containerRequests(c, nonMissing);
    if (c.restartPolicy === 'Always') {
      add(reqs, own);
      add(sidecars, own);
      max(initMax, sidecars);
    } else {
      const during = new Map(own);
      add(during, sidecars);
      max(initMax, during);
    }
  }
  max(reqs, initMax);
  if (spec.overhead) {
    const overhead: ResourceList = new Map();
    for (const [name, value] of Object.entries(spec.overhead)) overhead.set(name, resourceAmount(name, value));
    add(reqs, overhead);
  }
  return reqs;
}
