import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../api/types.ts';
import { duplicateIndexPods, firstPendingIndexes, formatIntervals, generateNameWithIndex, parseIntervals, withIndexes } from './indexed.ts';

const podAt = (name: string, ix?: number): KubeObject => ({
  apiVersion: 'v1', kind: 'Pod',
  metadata: { name, ...(ix === undefined ? {} : { annotations: { 'batch.kubernetes.io/job-completion-index': String(ix) } }) },
});

describe('completed indexes', () => {
  it('compresses runs of three or more with a hyphen and pairs with a comma', () => {
    expect(formatIntervals(withIndexes([], [1, 3, 4, 5, 7]))).toBe('1,3-5,7');
    expect(formatIntervals(withIndexes([], [0, 1]))).toBe('0,1');
    expect(formatIntervals(withIndexes(parseIntervals('0-2', 10), [4]))).toBe('0-2,4');
  });

  it('reads back what it writes, below completions', () => {
    fc.assert(fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 40 })), (indexes) => {
      const sorted = [...indexes].sort((a, b) => a - b);
      const text = formatIntervals(withIndexes([], sorted));
      expect(formatIntervals(parseIntervals(text, 41))).toBe(text);
      expect(formatIntervals(parseIntervals(text, 20))).toBe(formatIntervals(withIndexes([], sorted.filter((i) => i < 20))));
    }));
  });

  it('skips corrupt parts of the text', () => {
    expect(formatIntervals(parseIntervals('0,x,2-3', 5))).toBe('0,2,3');
  });
});

describe('pending indexes', () => {
  it('takes the lowest indexes neither succeeded nor active', () => {
    expect(firstPendingIndexes([podAt('a', 1)], parseIntervals('0,3', 6), 3, 6)).toEqual([2, 4, 5]);
    expect(firstPendingIndexes([], [], 2, 1)).toEqual([0]);
  });

  it('removes pods without an index, past completions, and all but one of a repeated index', () => {
    const pods = [podAt('none'), podAt('far', 9), podAt('a', 0), podAt('b', 0), podAt('c', 1)];
    const { remove, keep } = duplicateIndexPods(pods, 3, (ps) => ps);
    expect(remove.map((p) => p.metadata.name)).toEqual(['none', 'far', 'a']);
    expect(keep.map((p) => p.metadata.name)).toEqual(['b', 'c']);
  });

  it('cuts the job name so the generated prefix fits 58 characters', () => {
    expect(generateNameWithIndex('pi', 3)).toBe('pi-3-');
    const prefix = generateNameWithIndex('x'.repeat(60), 12);
    expect(prefix).toHaveLength(58);
    expect(prefix.endsWith('-12-')).toBe(true);
  });
});
