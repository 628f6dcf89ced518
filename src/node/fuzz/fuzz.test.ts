import { describe, expect, it } from 'vitest';
import { describeFailure, fuzz } from './fuzz.ts';

describe('fuzz (short run; `npm run fuzz` runs 100,000 lines)', () => {
  it('keeps every invariant over 1,200 seeded command lines and YAML documents', () => {
    const result = fuzz(20261127, 1_200);
    expect(result.failures.map(describeFailure)).toEqual([]);
    expect(result.commands).toBe(1_200);
  }, 120_000);
});
