// A quiz of the step: its question, options to tick, a Check button, then the verdict and the
// explanation.

import { useState } from 'react';
import type { QuizText } from '../../worker/host/api.ts';
import { useSandboxStore } from '../store/sandbox-store.ts';
import { answerQuiz, useLessonStore } from './lesson-store.ts';
import { tl } from './messages.ts';
import { Prose } from './Prose.tsx';

export function QuizView({ quiz }: { readonly quiz: QuizText }) {
  const lang = useSandboxStore((s) => s.lang);
  const verdict = useLessonStore((s) => s.verdicts[quiz.id]);
  const [chosen, setChosen] = useState<readonly string[]>([]);
  const toggle = (id: string): void => setChosen((c) => (c.includes(id) ? c.filter((x) => x !== id) : [...c, id]));
  return (
    <form className="lesson-quiz" data-testid="lesson-quiz" data-quiz-id={quiz.id} onSubmit={(e) => { e.preventDefault(); void answerQuiz(quiz.id, chosen); }}>
      <fieldset>
        <legend>{tl(lang, 'quiz')}</legend>
        <Prose text={quiz.question} />
        <p className="lesson-muted">{tl(lang, 'chooseAnswers')}</p>
        {quiz.options.map((o) => (
          <label key={o.id} className="lesson-quiz-option">
            <input type="checkbox" data-testid="lesson-quiz-option" value={o.id} checked={chosen.includes(o.id)} onChange={() => toggle(o.id)} />
            <span><Prose text={o.text} inline /></span>
          </label>
        ))}
        <button type="submit" className="control" data-testid="lesson-quiz-check" disabled={chosen.length === 0}>{tl(lang, 'checkAnswer')}</button>
        {verdict !== undefined && (
          <div className={verdict ? 'lesson-quiz-right' : 'lesson-quiz-wrong'} role="status" data-testid="lesson-quiz-verdict">
            <strong>{tl(lang, verdict ? 'right' : 'wrong')}</strong>
            {verdict && <Prose text={quiz.explanation} />}
          </div>
        )}
      </fieldset>
    </form>
  );
}
