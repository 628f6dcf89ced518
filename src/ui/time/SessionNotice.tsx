// A line under the header about the session: resumed, replaced by a shared scenario (or the link
// refused), unreadable (started fresh, the old copy kept aside), or the browser's storage failing.

import type { Lang } from '../i18n.ts';
import type { SandboxClient } from '../host/sandbox-client.ts';
import { dismissNotice, noteCleared, useSessionStore, type SessionNotice as Notice } from '../store/session-store.ts';
import { useSandboxStore } from '../store/sandbox-store.ts';
import { tt } from './messages.ts';

/** A saved session that cannot be read, or storage that fails, offers to clear what the browser holds. */
const CLEARABLE: ReadonlySet<Notice['kind']> = new Set(['unreadable', 'storage']);

export function SessionNotice({ client }: { readonly client: SandboxClient }) {
  const lang = useSandboxStore((s) => s.lang);
  const notice = useSessionStore((s) => s.notice);
  if (notice === null) return null;
  const failed = notice.kind !== 'resumed' && notice.kind !== 'shared' && notice.kind !== 'cleared';
  const text = noticeText(notice, lang);
  return (
    <div className={failed ? 'status-notice status-failed' : 'status-notice'} role={failed ? 'alert' : 'status'} data-testid="session-notice">
      {text}
      {CLEARABLE.has(notice.kind) ? (
        <button type="button" className="control" data-testid="clear-saved" onClick={() => void client.host.clearSavedData().then(noteCleared)}>
          {tt(lang, 'clearSaved')}
        </button>
      ) : null}
      <button type="button" className="control notice-close" aria-label={tt(lang, 'close')} onClick={dismissNotice}>×</button>
    </div>
  );
}

function noticeText(notice: Notice, lang: Lang): string {
  switch (notice.kind) {
    case 'resumed': return tt(lang, 'restoredSession');
    case 'recovered': return tt(lang, 'recoveredSession');
    case 'cleared': return tt(lang, 'clearedSaved');
    case 'shared': return tt(lang, 'sharedLoaded');
    case 'unreadable': return `${tt(lang, 'unreadableSession')} ${notice.detail}`;
    case 'storage': return `${tt(lang, 'storageFailed')} ${notice.detail}`;
    case 'sharedRefused': return `${tt(lang, 'sharedRefused')} ${notice.detail}`;
  }
}
