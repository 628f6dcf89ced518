import { describe, expect, it } from 'vitest';
import { parseStoredPrefs, readStoredPrefs, rememberedLang, STORED_PREFS_KEY, writeStoredPrefs, type PrefsStorage } from './stored-prefs.ts';

function memoryStorage(initial: Record<string, string> = {}): PrefsStorage & { readonly items: Record<string, string> } {
  const items = { ...initial };
  return { items, getItem: (key) => items[key] ?? null, setItem: (key, value) => void (items[key] = value) };
}

const BROKEN_STORAGE: PrefsStorage = {
  getItem: () => { throw new Error('SecurityError'); },
  setItem: () => { throw new Error('QuotaExceededError'); },
};

describe('stored display preferences', () => {
  it('reads what was written, merged', () => {
    const storage = memoryStorage();
    writeStoredPrefs(storage, { fontSize: 18, projector: true });
    writeStoredPrefs(storage, { lang: 'en' });
    expect(readStoredPrefs(storage)).toEqual({ fontSize: 18, projector: true, lang: 'en' });
    expect(rememberedLang(storage)).toBe('en');
  });

  it('drops values that are not ours', () => {
    expect(parseStoredPrefs('{"fontSize":15,"projector":"yes","lang":"de","extra":1}')).toEqual({});
    expect(parseStoredPrefs('{"fontSize":24}')).toEqual({ fontSize: 24 });
  });

  it('gives nothing for a missing or unreadable entry', () => {
    expect(parseStoredPrefs(null)).toEqual({});
    expect(parseStoredPrefs('{not json')).toEqual({});
    expect(parseStoredPrefs('null')).toEqual({});
    expect(parseStoredPrefs('[14]')).toEqual({});
    expect(rememberedLang(memoryStorage({ [STORED_PREFS_KEY]: '"fr"' }))).toBeNull();
  });

  it('never throws when the browser refuses storage', () => {
    expect(readStoredPrefs(BROKEN_STORAGE)).toEqual({});
    expect(() => writeStoredPrefs(BROKEN_STORAGE, { fontSize: 16 })).not.toThrow();
  });
});
