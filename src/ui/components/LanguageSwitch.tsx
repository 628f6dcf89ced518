// Switches the labels between French and English without restarting the sandbox; the URL's
// `?lang=` follows, so a reload keeps the choice.

import { otherLang, t } from '../i18n.ts';
import { setLang, useSandboxStore } from '../store/sandbox-store.ts';
import { withLang } from '../url-options.ts';

export function LanguageSwitch() {
  const lang = useSandboxStore((s) => s.lang);
  const next = otherLang(lang);
  const onClick = (): void => {
    setLang(next);
    document.documentElement.lang = next;
    window.history.replaceState(null, '', withLang(window.location.search, next));
  };
  return (
    <button type="button" className="control language-switch" lang={next} title={t(lang, 'otherLanguageTitle')} onClick={onClick}>
      {t(lang, 'otherLanguage')}
    </button>
  );
}
