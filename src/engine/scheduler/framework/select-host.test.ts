import { describe, expect, it } from 'vitest';
import { SeededRandom } from '../../base/rand.ts';
import { selectHost } from './select-host.ts';

describe('selectHost', () => {
  it('takes the highest total without drawing when it is unique', () => {
    const rand = new SeededRandom(7);
    const before = rand.state;
    expect(selectHost([10, 30, 20], rand)).toBe(1);
    expect(rand.state).toEqual(before);
  });

  it('breaks ties uniformly with the seeded generator', () => {
    const rand = new SeededRandom(7);
    const counts = [0, 0, 0, 0];
    for (let i = 0; i < 3000; i++) counts[selectHost([5, 9, 9, 9], rand)]!++;
    expect(counts[0]).toBe(0);
    for (const c of counts.slice(1)) expect(c).toBeGreaterThan(900);
  });

  it('draws the same choices from the same seed', () => {
    const picks = (seed: number): number[] => {
      const rand = new SeededRandom(seed);
      return Array.from({ length: 20 }, () => selectHost([1, 1, 1, 1, 1], rand));
    };
    expect(picks(3)).toEqual(picks(3));
  });
});
