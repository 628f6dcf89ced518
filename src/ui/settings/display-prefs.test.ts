import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_FONT_SIZE, setFontSize, setProjector, usePrefsStore } from '../store/prefs-store.ts';
import { setLang } from '../store/sandbox-store.ts';
import { startDisplayPrefs } from './display-prefs.ts';
import { readStoredPrefs, STORED_PREFS_KEY, type PrefsStorage } from './stored-prefs.ts';

function memoryStorage(initial: Record<string, string> = {}): PrefsStorage {
  const items = { ...initial };
  return { getItem: (key) => items[key] ?? null, setItem: (key, value) => void (items[key] = value) };
}

/** The two things the preferences touch on the root element. */
function fakeRoot(): HTMLElement & { readonly properties: Map<string, string> } {
  const properties = new Map<string, string>();
  return { properties, dataset: {}, style: { setProperty: (name: string, value: string) => void properties.set(name, value) } } as never;
}

describe('display preferences at start', () => {
  let stop = (): void => undefined;
  afterEach(() => {
    stop();
    setFontSize(DEFAULT_FONT_SIZE);
    setProjector(false);
    setLang('fr');
  });

  it('restores the remembered preferences onto the store and the root', () => {
    const root = fakeRoot();
    stop = startDisplayPrefs(memoryStorage({ [STORED_PREFS_KEY]: '{"fontSize":20,"projector":true}' }), root);
    expect(usePrefsStore.getState()).toEqual({ fontSize: 20, projector: true });
    expect(root.properties.get('--font-size')).toBe('20px');
    expect(root.dataset.projector).toBe('true');
  });

  it('follows and remembers later changes, the language included', () => {
    const root = fakeRoot();
    const storage = memoryStorage();
    stop = startDisplayPrefs(storage, root);
    expect(root.properties.get('--font-size')).toBe('14px');
    expect(root.dataset.projector).toBeUndefined();
    setFontSize(24);
    setProjector(true);
    setLang('en');
    expect(root.properties.get('--font-size')).toBe('24px');
    expect(readStoredPrefs(storage)).toEqual({ fontSize: 24, projector: true, lang: 'en' });
    setProjector(false);
    expect(root.dataset.projector).toBeUndefined();
  });

  it('does not remember the language it started with', () => {
    const storage = memoryStorage();
    stop = startDisplayPrefs(storage, fakeRoot());
    expect(readStoredPrefs(storage).lang).toBeUndefined();
  });
});
