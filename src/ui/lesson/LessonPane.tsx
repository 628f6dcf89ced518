// The lesson pane: the course's lessons to follow. The player itself (and its Markdown renderer)
// loads on demand, outside the initial bundle.

import { lazy, Suspense } from 'react';
import type { SandboxClient } from '../host/sandbox-client.ts';
import { t } from '../i18n.ts';
import { useSandboxStore } from '../store/sandbox-store.ts';
import { tl } from './messages.ts';

const LessonPlayer = lazy(() => import('./LessonPlayer.tsx').then((m) => ({ default: m.LessonPlayer })));

export function LessonPane({ client }: { readonly client: SandboxClient }) {
  const lang = useSandboxStore((s) => s.lang);
  return (
    <section className="lesson-pane" aria-label={t(lang, 'lesson')} data-testid="lesson-pane">
      <Suspense fallback={<p className="placeholder">{tl(lang, 'loading')}</p>}>
        <LessonPlayer client={client} />
      </Suspense>
    </section>
  );
}
