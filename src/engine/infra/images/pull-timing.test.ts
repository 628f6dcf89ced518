import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pullDurationMs } from './pull-timing.ts';

describe('pull durations', () => {
  it('takes 5–9 s for nginx (~72 MB) and 1–2 s for busybox on a training VM', () => {
    for (const jitter of [0, 0.5, 0.999]) {
      expect(pullDurationMs(72_080_558, jitter)).toBeGreaterThanOrEqual(5_000);
      expect(pullDurationMs(72_080_558, jitter)).toBeLessThanOrEqual(9_000);
      expect(pullDurationMs(2_167_176, jitter)).toBeGreaterThanOrEqual(1_000);
      expect(pullDurationMs(2_167_176, jitter)).toBeLessThanOrEqual(2_000);
    }
  });

  it('grows with the size and the jitter, in whole milliseconds', () => {
    fc.assert(fc.property(fc.nat(500_000_000), fc.nat(500_000_000), fc.double({ min: 0, max: 0.999, noNaN: true }), (a, b, j) => {
      const [small, large] = a <= b ? [a, b] : [b, a];
      expect(pullDurationMs(small, j)).toBeLessThanOrEqual(pullDurationMs(large, j));
      expect(Number.isInteger(pullDurationMs(a, j))).toBe(true);
    }));
  });
});
