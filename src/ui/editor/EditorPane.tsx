// The editor pane: the YAML editor (Monaco, loaded lazily) over the workspace files. (Placeholder until the feature lands.)

import type { SandboxClient } from '../host/sandbox-client.ts';
import { t } from '../i18n.ts';
import { useSandboxStore } from '../store/sandbox-store.ts';

export function EditorPane({ client, active }: { readonly client: SandboxClient; readonly active: boolean }) {
  const lang = useSandboxStore((s) => s.lang);
  void client;
  void active;
  return <section className="placeholder" aria-label={t(lang, 'editor')}>{t(lang, 'editor')}</section>;
}
