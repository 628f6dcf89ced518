import { describe, expect, it } from 'vitest';
import { parseUrlOptions, withLang } from './url-options.ts';

describe('url options', () => {
  it('defaults to seed 1 in French', () => {
    expect(parseUrlOptions('')).toEqual({ seed: 1, lang: 'fr' });
  });

  it('reads the seed and the language', () => {
    expect(parseUrlOptions('?seed=42&lang=en')).toEqual({ seed: 42, lang: 'en' });
  });

  it('ignores a seed that is not a plain integer, and an unknown language', () => {
    expect(parseUrlOptions('?seed=-3&lang=de')).toEqual({ seed: 1, lang: 'fr' });
    expect(parseUrlOptions('?seed=1e9')).toEqual({ seed: 1, lang: 'fr' });
  });

  it('replaces only the language', () => {
    expect(withLang('?seed=7&lang=fr', 'en')).toBe('?seed=7&lang=en');
    expect(withLang('', 'en')).toBe('?lang=en');
  });
});
