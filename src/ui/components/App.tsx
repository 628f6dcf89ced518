// The page: a header bar over a full-window terminal.

import type { SandboxClient } from '../host/sandbox-client.ts';
import { useSandboxStore } from '../store/sandbox-store.ts';
import { HeaderBar } from './HeaderBar.tsx';
import { StatusNotice } from './StatusNotice.tsx';
import { TerminalPane } from './TerminalPane.tsx';

export function App({ client }: { readonly client: SandboxClient }) {
  const status = useSandboxStore((s) => s.status);
  return (
    <div className="app" data-status={status}>
      <HeaderBar client={client} />
      <StatusNotice />
      <TerminalPane client={client} />
    </div>
  );
}
