// Help for the step in front: progressive hints (one more per click), the solution shown on demand,
// "do it for me", and the trainer's notes in projector mode.

import type { StepText } from '../../worker/host/api.ts';
import { usePrefsStore } from '../store/prefs-store.ts';
import { useSandboxStore } from '../store/sandbox-store.ts';
import { doItForMe, showNextHint, toggleSolution, useLessonStore } from './lesson-store.ts';
import { fill, tl } from './messages.ts';
import { Prose } from './Prose.tsx';

export function StepHelp({ step, solution }: { readonly step: StepText; readonly solution: readonly string[] }) {
  const lang = useSandboxStore((s) => s.lang);
  const projector = usePrefsStore((s) => s.projector);
  const hints = useLessonStore((s) => s.hints);
  const shown = useLessonStore((s) => s.solution);
  const total = step.hints.length;
  return (
    <section className="lesson-help">
      {step.hints.slice(0, hints).map((hint, i) => (
        <aside key={i} className="lesson-hint" data-testid="lesson-hint">
          <strong>{fill(tl(lang, 'hintOf'), { n: i + 1, total })}</strong>
          <Prose text={hint} />
        </aside>
      ))}
      <div className="lesson-buttons">
        <button type="button" className="control" data-testid="lesson-more-hint" disabled={hints >= total} onClick={showNextHint}>
          {hints >= total ? tl(lang, 'noMoreHints') : hints === 0 ? tl(lang, 'hint') : tl(lang, 'moreHint')}
        </button>
        <button type="button" className="control" data-testid="lesson-show-solution" aria-expanded={shown} onClick={toggleSolution}>
          {tl(lang, shown ? 'hideSolution' : 'showSolution')}
        </button>
        <button type="button" className="control" data-testid="lesson-do-it" onClick={doItForMe}>{tl(lang, 'doItForMe')}</button>
      </div>
      {shown && (
        <div className="lesson-solution" data-testid="lesson-solution">
          {solution.length === 0 ? <p className="lesson-muted">{tl(lang, 'noSolutionLines')}</p> : <pre><code>{solution.join('\n')}</code></pre>}
        </div>
      )}
      {projector && step.trainer !== '' && (
        <aside className="lesson-trainer" data-testid="lesson-trainer" aria-label={tl(lang, 'trainer')}>
          <strong>{tl(lang, 'trainer')}</strong>
          <Prose text={step.trainer} />
        </aside>
      )}
    </section>
  );
}
