// The topology pane: keeps the cluster view in sync with the host from the start, and shows the
// topology once its code (d3, the canvas) has loaded.

import { lazy, Suspense } from 'react';
import type { SandboxClient } from '../host/sandbox-client.ts';
import { useSandboxStore } from '../store/sandbox-store.ts';
import { tt } from './messages.ts';
import { useViewSync } from './use-view-sync.ts';

const TopologyView = lazy(() => import('./TopologyView.tsx').then((m) => ({ default: m.TopologyView })));

export function TopologyPane({ client }: { readonly client: SandboxClient }) {
  useViewSync(client);
  const lang = useSandboxStore((s) => s.lang);
  return (
    <Suspense fallback={<p className="placeholder">{tt(lang, 'loading')}</p>}>
      <TopologyView />
    </Suspense>
  );
}
