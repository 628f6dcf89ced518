// The inspector pane: the selected object's YAML, describe, events and logs. (Placeholder until the feature lands.)

import type { SandboxClient } from '../host/sandbox-client.ts';
import { t } from '../i18n.ts';
import { useSandboxStore } from '../store/sandbox-store.ts';

export function InspectorPane({ client }: { readonly client: SandboxClient }) {
  const lang = useSandboxStore((s) => s.lang);
  void client;
  return <section className="placeholder" aria-label={t(lang, 'inspector')}>{t(lang, 'inspector')}</section>;
}
