// The display preferences and the language as remembered in the browser (one JSON entry in
// localStorage). Reading never throws: a missing, foreign or unreadable entry gives no preferences.

import { isLang, type Lang } from '../i18n.ts';
import { isFontSize } from './font-size.ts';

export const STORED_PREFS_KEY = 'kubelab-display';

export interface StoredPrefs {
  readonly fontSize?: number;
  readonly projector?: boolean;
  readonly lang?: Lang;
}

/** The part of `Storage` we use; its calls may throw (storage disabled, quota exceeded). */
export type PrefsStorage = Pick<Storage, 'getItem' | 'setItem'>;

export function parseStoredPrefs(text: string | null): StoredPrefs {
  if (text === null) return {};
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return {};
  }
  if (typeof value !== 'object' || value === null) return {};
  const { fontSize, projector, lang } = value as Record<string, unknown>;
  return {
    ...(isFontSize(fontSize) ? { fontSize } : {}),
    ...(typeof projector === 'boolean' ? { projector } : {}),
    ...(typeof lang === 'string' && isLang(lang) ? { lang } : {}),
  };
}

export function readStoredPrefs(storage: PrefsStorage): StoredPrefs {
  try {
    return parseStoredPrefs(storage.getItem(STORED_PREFS_KEY));
  } catch {
    return {};
  }
}

/** Merges `change` into what is stored; a browser that refuses to store simply forgets. */
export function writeStoredPrefs(storage: PrefsStorage, change: StoredPrefs): void {
  try {
    storage.setItem(STORED_PREFS_KEY, JSON.stringify({ ...readStoredPrefs(storage), ...change }));
  } catch {
    // Nothing to do: preferences are a convenience, the page works without them.
  }
}

/** The language the student chose last time, if any (for `parseUrlOptions`). */
export function rememberedLang(storage: PrefsStorage): Lang | null {
  return readStoredPrefs(storage).lang ?? null;
}
