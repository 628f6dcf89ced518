// Page options from the URL: `?seed=N` (the sandbox's seed, default 1) and `?lang=fr|en`. Without
// `?lang=`, the language the student chose last time wins, then the browser's language.

import { DEFAULT_LANG, isLang, type Lang } from './i18n.ts';

export const DEFAULT_SEED = 1;

export interface UrlOptions {
  readonly seed: number;
  readonly lang: Lang;
}

/** What the browser says when the URL does not: `navigator.language` and the remembered choice. */
export interface LangFallbacks {
  readonly browserLanguage?: string;
  readonly rememberedLang?: string | null;
}

export function parseUrlOptions(search: string, fallbacks: LangFallbacks = {}): UrlOptions {
  const params = new URLSearchParams(search);
  const seedText = params.get('seed') ?? '';
  const seed = /^\d{1,15}$/.test(seedText) ? Number(seedText) : DEFAULT_SEED;
  const lang = params.get('lang');
  return { seed, lang: isLang(lang) ? lang : fallbackLang(fallbacks) };
}

function fallbackLang({ browserLanguage, rememberedLang = null }: LangFallbacks): Lang {
  if (isLang(rememberedLang)) return rememberedLang;
  if (browserLanguage === undefined) return DEFAULT_LANG;
  return langOfBrowser(browserLanguage);
}

/** A BCP 47 tag to one of ours: any French (`fr`, `fr-CA`, …) is French, everything else English. */
export function langOfBrowser(browserLanguage: string): Lang {
  return /^fr(?:-|$)/i.test(browserLanguage) ? 'fr' : 'en';
}

/** The same search string with `lang` replaced, other parameters kept. */
export function withLang(search: string, lang: Lang): string {
  const params = new URLSearchParams(search);
  params.set('lang', lang);
  return `?${params.toString()}`;
}
