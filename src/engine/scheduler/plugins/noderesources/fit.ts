// NodeResourcesFit: the node must have room for the pod's requests (CPU, memory, ephemeral storage,
// extended resources) and one more pod; Score prefers the least allocated node (LeastAllocated,
// CPU and memory weight 1, on "non-zero" requests). Mirrors plugins/noderesources/fit.go (v1.31).

import type { NodeInfo } from '../../cache/node-info.ts';
import type { PodInfo } from '../../cache/pod-info.ts';
import type { Resources } from '../../cache/resources.ts';
import { statelessFilter, unschedulable, type FilterPlugin, type PodScorer, type PreFilterResult, type ScorePlugin, type Status } from '../../framework/types.ts';
import { leastAllocatedScore } from './resource-allocation.ts';

export const NAME = 'NodeResourcesFit';
export const TOO_MANY_PODS = 'Too many pods';
export const insufficient = (resource: string): string => `Insufficient ${resource}`;

export interface InsufficientResource {
  readonly resourceName: string;
  readonly reason: string;
  readonly requested: number;
  readonly used: number;
  readonly capacity: number;
}

/** fitsRequest: every resource the node lacks for this request. */
export function insufficientResources(request: Resources, node: NodeInfo): InsufficientResource[] {
  const out: InsufficientResource[] = [];
  const { allocatable, requested } = node;
  if (node.pods.length + 1 > allocatable.allowedPods) {
    out.push({ resourceName: 'pods', reason: TOO_MANY_PODS, requested: 1, used: node.pods.length, capacity: allocatable.allowedPods });
  }
  if (request.milliCpu === 0 && request.memory === 0 && request.ephemeralStorage === 0 && request.scalars.size === 0) return out;
  checkResource(out, 'cpu', request.milliCpu, allocatable.milliCpu, requested.milliCpu);
  checkResource(out, 'memory', request.memory, allocatable.memory, requested.memory);
  checkResource(out, 'ephemeral-storage', request.ephemeralStorage, allocatable.ephemeralStorage, requested.ephemeralStorage);
  for (const name of [...request.scalars.keys()].sort()) {
    checkResource(out, name, request.scalars.get(name)!, allocatable.scalars.get(name) ?? 0, requested.scalars.get(name) ?? 0);
  }
  return out;
}

function checkResource(out: InsufficientResource[], name: string, want: number, capacity: number, used: number): void {
  if (want > 0 && want > capacity - used) out.push({ resourceName: name, reason: insufficient(name), requested: want, used, capacity });
}

/** The common case without allocating: does every resource fit? */
function fits(request: Resources, node: NodeInfo): boolean {
  const { allocatable: a, requested: r } = node;
  if (node.pods.length + 1 > a.allowedPods) return false;
  if (request.milliCpu > 0 && request.milliCpu > a.milliCpu - r.milliCpu) return false;
  if (request.memory > 0 && request.memory > a.memory - r.memory) return false;
  if (request.ephemeralStorage > 0 && request.ephemeralStorage > a.ephemeralStorage - r.ephemeralStorage) return false;
  if (request.scalars.size === 0) return true;
  for (const [name, want] of request.scalars) if (want > 0 && want > (a.scalars.get(name) ?? 0) - (r.scalars.get(name) ?? 0)) return false;
  return true;
}

export function filterFit(request: Resources, node: NodeInfo): Status | undefined {
  if (fits(request, node)) return undefined;
  return unschedulable(...insufficientResources(request, node).map((r) => r.reason));
}

export class NodeResourcesFit implements FilterPlugin, ScorePlugin {
  readonly name = NAME;
  readonly hasPreFilter = true;

  preFilter(pod: PodInfo): PreFilterResult {
    return statelessFilter((node) => filterFit(pod.requests, node));
  }

  preScore(pod: PodInfo): PodScorer {
    return {
      score: (node) => leastAllocatedScore(
        node.nonZeroMilliCpu + pod.nonZeroMilliCpu, node.allocatable.milliCpu, node.nonZeroMemory + pod.nonZeroMemory, node.allocatable.memory,
      ),
    };
  }
}
