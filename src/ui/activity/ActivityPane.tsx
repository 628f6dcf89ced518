// The activity pane: the control plane's activity, as a feed and a sequence. (Placeholder until the feature lands.)

import type { SandboxClient } from '../host/sandbox-client.ts';
import { t } from '../i18n.ts';
import { useSandboxStore } from '../store/sandbox-store.ts';

export function ActivityPane({ client }: { readonly client: SandboxClient }) {
  const lang = useSandboxStore((s) => s.lang);
  void client;
  return <section className="placeholder" aria-label={t(lang, 'activity')}>{t(lang, 'activity')}</section>;
}
