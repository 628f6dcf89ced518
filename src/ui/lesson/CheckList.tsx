// The step's live check list: each check passed, holding (and for how long still) or not yet, and a
// failing check's explanation of what differs, in the student's language.

import type { CheckStatus } from '../../worker/host/api.ts';
import { useSandboxStore } from '../store/sandbox-store.ts';
import { fill, tl } from './messages.ts';
import { Prose } from './Prose.tsx';

const MARK = { pass: '✓', holding: '◷', fail: '✗' } as const;

function CheckItem({ check }: { readonly check: CheckStatus }) {
  const lang = useSandboxStore((s) => s.lang);
  return (
    <li className={`lesson-check lesson-check-${check.state}`} data-testid="lesson-check" data-check-id={check.id} data-state={check.state}>
      <span className="lesson-check-mark" aria-hidden="true">{MARK[check.state]}</span>
      <span>
        <Prose text={check.label} inline />
        <span className="visually-hidden"> ({tl(lang, check.state)})</span>
        {check.state === 'fail' && <span className="lesson-check-detail" data-testid="lesson-check-detail">{check.detail}</span>}
        {check.state === 'holding' && check.remainingMs !== undefined && (
          <span className="lesson-check-detail">{fill(tl(lang, 'holdingFor'), { s: Math.ceil(check.remainingMs / 1000) })}</span>
        )}
      </span>
    </li>
  );
}

export function CheckList({ checks, complete }: { readonly checks: readonly CheckStatus[]; readonly complete: boolean }) {
  const lang = useSandboxStore((s) => s.lang);
  return (
    <section className="lesson-checks" aria-label={tl(lang, 'checks')}>
      <h4>{tl(lang, 'checks')}</h4>
      <ul aria-live="polite">{checks.map((c) => <CheckItem key={c.id} check={c} />)}</ul>
      {complete && <p className="lesson-complete" data-testid="lesson-step-complete" role="status">{tl(lang, 'stepComplete')}</p>}
    </section>
  );
}
