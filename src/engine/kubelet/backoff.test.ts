import { describe, expect, it } from 'vitest';
import { BACKOFF_MAX_MS, inBackoffSince, nextBackoff } from './backoff.ts';

describe('restart back-off', () => {
  it('doubles from 10 s to the 5 min cap', () => {
    let e = nextBackoff(undefined, 0);
    const seen = [e.backoffMs];
    for (let i = 0; i < 7; i++) {
      e = nextBackoff(e, e.lastUpdateMs + e.backoffMs);
      seen.push(e.backoffMs);
    }
    expect(seen).toEqual([10_000, 20_000, 40_000, 80_000, 160_000, 300_000, 300_000, 300_000]);
  });

  it('starts over once idle for twice the cap (10 min)', () => {
    const e = { backoffMs: 160_000, lastUpdateMs: 0 };
    expect(nextBackoff(e, 2 * BACKOFF_MAX_MS + 1).backoffMs).toBe(10_000);
    expect(inBackoffSince(e, 1_000, 2 * BACKOFF_MAX_MS + 1)).toBe(false);
  });

  it('is in back-off while the failure comes within the window', () => {
    const e = { backoffMs: 10_000, lastUpdateMs: 0 };
    expect(inBackoffSince(e, 5_000, 5_000)).toBe(true);
    expect(inBackoffSince(e, 12_000, 12_000)).toBe(false);
    expect(inBackoffSince(undefined, 5_000, 5_000)).toBe(false);
  });
});
