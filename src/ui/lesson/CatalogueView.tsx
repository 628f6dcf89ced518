// The lesson catalogue, grouped as the course is: each day, its modules, their lessons with the
// steps this browser remembers done.

import type { LessonSummary } from '../../worker/host/api.ts';
import { useSandboxStore } from '../store/sandbox-store.ts';
import { NONE_DONE, startLesson, useLessonStore } from './lesson-store.ts';
import { fill, tl } from './messages.ts';

function LessonItem({ lesson }: { readonly lesson: LessonSummary }) {
  const lang = useSandboxStore((s) => s.lang);
  const done = useLessonStore((s) => s.progress.done[lesson.id] ?? NONE_DONE).filter((id) => lesson.steps.includes(id)).length;
  const starting = useLessonStore((s) => s.starting);
  const complete = done === lesson.steps.length && done > 0;
  return (
    <li>
      <button type="button" className="lesson-item" data-testid="lesson-item" data-lesson-id={lesson.id} data-done={done}
        disabled={starting !== null} onClick={() => void startLesson(lesson.id)}>
        <span className="lesson-item-mark" aria-hidden="true">{complete ? '✓' : done > 0 ? '◐' : '○'}</span>
        <span className="lesson-item-title">{lesson.title[lang]}</span>
        <span className="lesson-item-progress">{complete ? tl(lang, 'lessonDone') : fill(tl(lang, 'stepsDone'), { done, total: lesson.steps.length })}</span>
      </button>
    </li>
  );
}

export function CatalogueView() {
  const lang = useSandboxStore((s) => s.lang);
  const catalogue = useLessonStore((s) => s.catalogue);
  const starting = useLessonStore((s) => s.starting);
  if (catalogue === null || starting !== null) return <p className="lesson-muted" role="status">{tl(lang, 'loading')}</p>;
  return (
    <nav className="lesson-catalogue" aria-label={tl(lang, 'catalogue')} data-testid="lesson-catalogue">
      <h2>{tl(lang, 'title')}</h2>
      {catalogue.days.filter((d) => d.modules.length > 0).map((day) => (
        <section key={day.day}>
          <h3>{day.title[lang]}</h3>
          {day.modules.map((module) => (
            <section key={module.id} className="lesson-module">
              <h4>{module.title[lang]}</h4>
              <ul>{module.lessons.map((l) => <LessonItem key={l.id} lesson={l} />)}</ul>
            </section>
          ))}
        </section>
      ))}
    </nav>
  );
}
