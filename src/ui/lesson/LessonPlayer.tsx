// The lesson player (loaded on demand, with the Markdown renderer): ties the store to the sandbox
// once it is ready, follows the UI's language, and shows the catalogue or the followed lesson.

import { useEffect } from 'react';
import type { SandboxClient } from '../host/sandbox-client.ts';
import { useSandboxStore } from '../store/sandbox-store.ts';
import { CatalogueView } from './CatalogueView.tsx';
import { connectLessons, setLessonLang, useLessonStore } from './lesson-store.ts';
import { LessonView } from './LessonView.tsx';
import { tl } from './messages.ts';
import './lesson.css';

function browserStorage(): Storage | undefined {
  try {
    return localStorage;
  } catch {
    return undefined;
  }
}

export function LessonPlayer({ client }: { readonly client: SandboxClient }) {
  const lang = useSandboxStore((s) => s.lang);
  const ready = useSandboxStore((s) => s.status === 'ready');
  const content = useLessonStore((s) => s.content);
  const status = useLessonStore((s) => s.status);
  useEffect(() => {
    if (ready) void connectLessons(client.host, browserStorage(), useSandboxStore.getState().lang);
  }, [ready, client]);
  useEffect(() => setLessonLang(lang), [lang]);
  if (content !== null && status !== null && status.lessonId === content.id) return <LessonView content={content} status={status} />;
  if (content !== null) return <p className="lesson-muted" role="status">{tl(lang, 'loading')}</p>;
  return <CatalogueView />;
}
