import { describe, expect, it } from 'vitest';
import { podTemplateHash, randomSuffix, safeEncode, SUFFIX_ALPHABET } from './names.ts';
import { SeededRandom } from './rand.ts';

describe('generated names', () => {
  it('draws suffixes from the no-vowel alphabet', () => {
    const rand = new SeededRandom(3);
    for (let i = 0; i < 50; i++) {
      const s = randomSuffix(rand);
      expect(s).toHaveLength(5);
      for (const ch of s) expect(SUFFIX_ALPHABET).toContain(ch);
    }
  });

  it('safe-encodes decimal digits as the pod-template-hash alphabet', () => {
    expect(safeEncode('0123456789')).toBe('456789bcdf');
    expect(podTemplateHash('{}')).toMatch(/^[4-9bcdf]{6,10}$/);
  });

  it('is reproducible for a seed', () => {
    expect(randomSuffix(new SeededRandom(42))).toBe(randomSuffix(new SeededRandom(42)));
  });
});
