// The topology pane: the live topology of nodes, pods, owners, Services and Ingresses. (Placeholder until the feature lands.)

import type { SandboxClient } from '../host/sandbox-client.ts';
import { t } from '../i18n.ts';
import { useSandboxStore } from '../store/sandbox-store.ts';

export function TopologyPane({ client }: { readonly client: SandboxClient }) {
  const lang = useSandboxStore((s) => s.lang);
  void client;
  return <section className="placeholder" aria-label={t(lang, 'topology')}>{t(lang, 'topology')}</section>;
}
