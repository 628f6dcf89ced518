import { describe, expect, it } from 'vitest';
import { isLang, LANGS, otherLang, t } from './i18n.ts';

describe('i18n', () => {
  it('has French and English text for every key', () => {
    for (const lang of LANGS) expect(t(lang, 'resume').length).toBeGreaterThan(0);
    expect(t('fr', 'resume')).toBe('Reprendre');
    expect(t('en', 'resume')).toBe('Resume');
  });

  it('recognises only the supported languages', () => {
    expect(isLang('en')).toBe(true);
    expect(isLang('de')).toBe(false);
    expect(isLang(null)).toBe(false);
  });

  it('switches between the two languages', () => {
    expect(otherLang('fr')).toBe('en');
    expect(otherLang('en')).toBe('fr');
  });
});
