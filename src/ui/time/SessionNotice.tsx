// A line under the header about the session: resumed, replaced by a shared scenario (or the link
// refused), unreadable (started fresh, the old copy kept aside), or the browser's storage failing.

import type { Lang } from '../i18n.ts';
import { dismissNotice, useSessionStore, type SessionNotice as Notice } from '../store/session-store.ts';
import { useSandboxStore } from '../store/sandbox-store.ts';
import { tt } from './messages.ts';

export function SessionNotice() {
  const lang = useSandboxStore((s) => s.lang);
  const notice = useSessionStore((s) => s.notice);
  if (notice === null) return null;
  const failed = notice.kind !== 'resumed' && notice.kind !== 'shared';
  const text = noticeText(notice, lang);
  return (
    <div className={failed ? 'status-notice status-failed' : 'status-notice'} role={failed ? 'alert' : 'status'} data-testid="session-notice">
      {text}
      <button type="button" className="control notice-close" aria-label={tt(lang, 'close')} onClick={dismissNotice}>×</button>
    </div>
  );
}

function noticeText(notice: Notice, lang: Lang): string {
  switch (notice.kind) {
    case 'resumed': return tt(lang, 'restoredSession');
    case 'shared': return tt(lang, 'sharedLoaded');
    case 'unreadable': return `${tt(lang, 'unreadableSession')} ${notice.detail}`;
    case 'storage': return `${tt(lang, 'storageFailed')} ${notice.detail}`;
    case 'sharedRefused': return `${tt(lang, 'sharedRefused')} ${notice.detail}`;
  }
}
