// Page options from the URL: `?seed=N` (the sandbox's seed, default 1) and `?lang=fr|en`.

import { DEFAULT_LANG, isLang, type Lang } from './i18n.ts';

export const DEFAULT_SEED = 1;

export interface UrlOptions {
  readonly seed: number;
  readonly lang: Lang;
}

export function parseUrlOptions(search: string): UrlOptions {
  const params = new URLSearchParams(search);
  const seedText = params.get('seed') ?? '';
  const seed = /^\d{1,15}$/.test(seedText) ? Number(seedText) : DEFAULT_SEED;
  const lang = params.get('lang');
  return { seed, lang: isLang(lang) ? lang : DEFAULT_LANG };
}

/** The same search string with `lang` replaced, other parameters kept. */
export function withLang(search: string, lang: Lang): string {
  const params = new URLSearchParams(search);
  params.set('lang', lang);
  return `?${params.toString()}`;
}
