// The page: a header bar over the workbench.

import { useEffect } from 'react';
import type { SandboxClient } from '../host/sandbox-client.ts';
import { useSandboxStore } from '../store/sandbox-store.ts';
import { HeaderBar } from './HeaderBar.tsx';
import { listenForClockShortcuts } from './clock-shortcuts.ts';
import { StatusNotice } from './StatusNotice.tsx';
import { SessionNotice } from '../time/SessionNotice.tsx';
import { TimelineBar } from '../time/TimelineBar.tsx';
import { Workbench } from './Workbench.tsx';

export function App({ client }: { readonly client: SandboxClient }) {
  const status = useSandboxStore((s) => s.status);
  useEffect(() => listenForClockShortcuts(client), [client]);
  return (
    <div className="app" data-status={status}>
      <HeaderBar client={client} />
      <TimelineBar client={client} />
      <StatusNotice />
      <SessionNotice client={client} />
      <Workbench client={client} />
    </div>
  );
}
