// Says what the sandbox is doing while it is not simply ready: starting, or stopped on an error.

import { t } from '../i18n.ts';
import { useSandboxStore } from '../store/sandbox-store.ts';

export function StatusNotice() {
  const status = useSandboxStore((s) => s.status);
  const failure = useSandboxStore((s) => s.failure);
  const lang = useSandboxStore((s) => s.lang);
  if (status === 'ready') return null;
  if (status === 'starting') return <div className="status-notice" role="status">{t(lang, 'starting')}</div>;
  return (
    <div className="status-notice status-failed" role="alert">
      {t(lang, 'failed')} {failure}
    </div>
  );
}
