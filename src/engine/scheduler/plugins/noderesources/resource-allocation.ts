// The two resource scorers of the default profile, over CPU and memory with weight 1 each:
// LeastAllocated (NodeResourcesFit) and the balance of requested fractions (BalancedAllocation).
// Mirrors plugins/noderesources (least_allocated.go, balanced_allocation.go, resource_allocation.go);
// the default profile scores exactly these two resources, so the general loops are written out for two.

import { MAX_NODE_SCORE } from '../../framework/types.ts';

/** ((capacity - requested) * 100) / capacity, 0 when nothing is allocatable or it is overcommitted. */
export function leastRequestedScore(requested: number, capacity: number): number {
  if (capacity === 0 || requested > capacity) return 0;
  return Math.trunc(((capacity - requested) * MAX_NODE_SCORE) / capacity);
}

/** leastResourceScorer over CPU and memory, weights 1: a resource with nothing allocatable is left out. */
export function leastAllocatedScore(cpu: number, cpuAllocatable: number, memory: number, memoryAllocatable: number): number {
  if (cpuAllocatable === 0 && memoryAllocatable === 0) return 0;
  if (cpuAllocatable === 0) return leastRequestedScore(memory, memoryAllocatable);
  if (memoryAllocatable === 0) return leastRequestedScore(cpu, cpuAllocatable);
  return Math.trunc((leastRequestedScore(cpu, cpuAllocatable) + leastRequestedScore(memory, memoryAllocatable)) / 2);
}

/**
 * balancedResourceScorer over CPU and memory: 100 × (1 − the standard deviation of the requested
 * fractions), which for two resources is half their difference; one resource alone is balanced.
 */
export function balancedScore(cpu: number, cpuAllocatable: number, memory: number, memoryAllocatable: number): number {
  if (cpuAllocatable === 0 || memoryAllocatable === 0) return MAX_NODE_SCORE;
  const std = Math.abs((Math.min(cpu / cpuAllocatable, 1) - Math.min(memory / memoryAllocatable, 1)) / 2);
  return Math.trunc((1 - std) * MAX_NODE_SCORE);
}
