// The followed lesson: its title, the steps (done marks, the one in front), the step's prose with its
// run and open-in-editor blocks, its quizzes, the live checks, help, and the way to the next step.

import { useState } from 'react';
import type { LessonContent, LessonStatus } from '../../worker/host/api.ts';
import { useSandboxStore } from '../store/sandbox-store.ts';
import { CheckList } from './CheckList.tsx';
import { goToStep, leaveLesson, NONE_DONE, startLesson, useLessonStore } from './lesson-store.ts';
import { fill, tl } from './messages.ts';
import { Prose } from './Prose.tsx';
import { QuizView } from './QuizView.tsx';
import { StepHelp } from './StepHelp.tsx';

function ResetButton({ lessonId }: { readonly lessonId: string }) {
  const lang = useSandboxStore((s) => s.lang);
  const [asking, setAsking] = useState(false);
  if (!asking) return <button type="button" className="control" data-testid="lesson-reset" onClick={() => setAsking(true)}>{tl(lang, 'reset')}</button>;
  return (
    <span className="lesson-confirm" role="group">
      <span>{tl(lang, 'resetConfirm')}</span>
      <button type="button" className="control" data-testid="lesson-reset-confirm" autoFocus onClick={() => { setAsking(false); void startLesson(lessonId); }}>{tl(lang, 'reset')}</button>
      <button type="button" className="control" onClick={() => setAsking(false)}>✕</button>
    </span>
  );
}

function StepList({ content, status }: { readonly content: LessonContent; readonly status: LessonStatus }) {
  const lang = useSandboxStore((s) => s.lang);
  const done = useLessonStore((s) => s.progress.done[content.id] ?? NONE_DONE);
  return (
    <ol className="lesson-steps" aria-label={tl(lang, 'steps')}>
      {content.text[lang].steps.map((step, i) => (
        <li key={step.id}>
          <button type="button" className="lesson-step-link" data-testid="lesson-step-link" data-done={done.includes(step.id)}
            aria-current={i === status.stepIndex ? 'step' : undefined} onClick={() => void goToStep(i)}>
            <span aria-hidden="true">{done.includes(step.id) ? '✓' : i + 1}</span> {step.title}
            {done.includes(step.id) && <span className="visually-hidden"> ({tl(lang, 'done')})</span>}
          </button>
        </li>
      ))}
    </ol>
  );
}

export function LessonView({ content, status }: { readonly content: LessonContent; readonly status: LessonStatus }) {
  const lang = useSandboxStore((s) => s.lang);
  const text = content.text[lang];
  const index = status.stepIndex;
  const step = text.steps[index];
  if (step === undefined) return null;
  const total = text.steps.length;
  return (
    <article className="lesson-view" data-testid="lesson-view" data-lesson-id={content.id}>
      <div className="lesson-toolbar">
        <button type="button" className="control" data-testid="lesson-back" onClick={() => void leaveLesson()}>{tl(lang, 'allLessons')}</button>
        <ResetButton lessonId={content.id} />
      </div>
      <h2>{text.title}</h2>
      <StepList content={content} status={status} />
      {index === 0 && text.intro !== '' && <div className="lesson-intro"><Prose text={text.intro} /></div>}
      <section className="lesson-step" data-testid="lesson-step" data-step-id={step.id} aria-labelledby="lesson-step-title">
        <p className="lesson-muted">{fill(tl(lang, 'stepOf'), { n: index + 1, total })}</p>
        <h3 id="lesson-step-title" data-testid="lesson-step-title">{step.title}</h3>
        <Prose text={step.body} />
        {step.quizzes.map((q) => <QuizView key={`${step.id}/${q.id}`} quiz={q} />)}
        <CheckList checks={status.checks} complete={status.complete} />
        <StepHelp step={step} solution={content.steps[index]?.solution ?? []} />
      </section>
      <div className="lesson-nav">
        <button type="button" className="control" data-testid="lesson-previous" disabled={index === 0} onClick={() => void goToStep(index - 1)}>{tl(lang, 'previous')}</button>
        <button type="button" className={`control${status.complete ? ' lesson-next-ready' : ''}`} data-testid="lesson-next" disabled={index >= total - 1}
          onClick={() => void goToStep(index + 1)}>{tl(lang, 'next')}</button>
      </div>
    </article>
  );
}
