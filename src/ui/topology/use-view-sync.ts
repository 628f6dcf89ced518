// Asks the host for the cluster view's snapshot whenever the view store wants one (first load, after
// a reset), once the sandbox is ready. An answer overtaken by a newer request is dropped.

import { useEffect } from 'react';
import type { SandboxClient } from '../host/sandbox-client.ts';
import { markFailed, useSandboxStore } from '../store/sandbox-store.ts';
import { loadViewSnapshot, useViewStore } from '../store/view-store.ts';

export function useViewSync(client: SandboxClient): void {
  const ready = useSandboxStore((s) => s.status === 'ready');
  const wanted = useViewStore((s) => s.snapshotWanted);
  useEffect(() => {
    if (!ready) return;
    let current = true;
    client.host.viewSnapshot().then(
      (snapshot) => {
        if (current) loadViewSnapshot(snapshot);
      },
      (error: unknown) => markFailed(error instanceof Error ? error.message : String(error)),
    );
    return () => {
      current = false;
    };
  }, [client, ready, wanted]);
}
