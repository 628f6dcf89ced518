import { describe, expect, it } from 'vitest';
import { langOfBrowser, parseUrlOptions, withLang } from './url-options.ts';

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

describe('the language without ?lang=', () => {
  it('follows the browser: any French is French, anything else English', () => {
    expect(parseUrlOptions('', { browserLanguage: 'fr-CA' }).lang).toBe('fr');
    expect(parseUrlOptions('', { browserLanguage: 'en-US' }).lang).toBe('en');
    expect(parseUrlOptions('', { browserLanguage: 'de' }).lang).toBe('en');
  });

  it('prefers the remembered choice to the browser', () => {
    expect(parseUrlOptions('', { browserLanguage: 'en-US', rememberedLang: 'fr' }).lang).toBe('fr');
    expect(parseUrlOptions('', { browserLanguage: 'fr', rememberedLang: 'en' }).lang).toBe('en');
  });

  it('ignores a remembered value that is not one of ours', () => {
    expect(parseUrlOptions('', { browserLanguage: 'en', rememberedLang: 'klingon' }).lang).toBe('en');
  });

  it('lets ?lang= win over both', () => {
    expect(parseUrlOptions('?lang=fr', { browserLanguage: 'en', rememberedLang: 'en' }).lang).toBe('fr');
  });

  it('reads only the primary subtag', () => {
    expect(langOfBrowser('FR')).toBe('fr');
    expect(langOfBrowser('fr-FR')).toBe('fr');
    expect(langOfBrowser('fry')).toBe('en');
    expect(langOfBrowser('')).toBe('en');
  });
});
