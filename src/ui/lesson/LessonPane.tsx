// The lesson pane: where the course's lessons will be followed. (Placeholder until the lesson player lands.)

import { t } from '../i18n.ts';
import { useSandboxStore } from '../store/sandbox-store.ts';

export function LessonPane() {
  const lang = useSandboxStore((s) => s.lang);
  return <section className="placeholder" aria-label={t(lang, 'lesson')}>{t(lang, 'lesson')}</section>;
}
