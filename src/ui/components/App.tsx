// The page: a header bar over the workbench.

import type { SandboxClient } from '../host/sandbox-client.ts';
import { useSandboxStore } from '../store/sandbox-store.ts';
import { HeaderBar } from './HeaderBar.tsx';
import { StatusNotice } from './StatusNotice.tsx';
import { Workbench } from './Workbench.tsx';

export function App({ client }: { readonly client: SandboxClient }) {
  const status = useSandboxStore((s) => s.status);
  return (
    <div className="app" data-status={status}>
      <HeaderBar client={client} />
      <StatusNotice />
      <Workbench client={client} />
    </div>
  );
}
