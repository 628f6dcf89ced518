import { describe, expect, it } from 'vitest';
import { numFeasibleNodesToFind } from './num-feasible.ts';

describe('percentageOfNodesToScore', () => {
  it('looks at every node below 100 nodes', () => {
    expect(numFeasibleNodesToFind(4)).toBe(4);
    expect(numFeasibleNodesToFind(99)).toBe(99);
  });

  it('never stops before 100 feasible nodes', () => {
    expect(numFeasibleNodesToFind(100)).toBe(100);
    expect(numFeasibleNodesToFind(150)).toBe(100);
  });

  it('shrinks the share as the cluster grows, down to 5%', () => {
    expect(numFeasibleNodesToFind(1000)).toBe(420);
    expect(numFeasibleNodesToFind(5000)).toBe(500);
    expect(numFeasibleNodesToFind(20000)).toBe(1000);
  });

  it('uses an explicit percentage when one is configured', () => {
    expect(numFeasibleNodesToFind(1000, 50)).toBe(500);
    expect(numFeasibleNodesToFind(1000, 1)).toBe(100);
  });
});
