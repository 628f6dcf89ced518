// Opening a share link: once the sandbox is up, the scenario in the URL fragment replaces the session
// (the resumed one is first kept as a named snapshot), and the fragment is removed so a reload resumes
// instead of replaying.

import type { SandboxClient } from '../host/sandbox-client.ts';
import { useSandboxStore } from '../store/sandbox-store.ts';
import { noteScenario } from '../store/session-store.ts';
import { tt } from './messages.ts';
import { scenarioFromHash } from './share-link.ts';

export async function openSharedScenario(client: SandboxClient): Promise<void> {
  let data: unknown;
  try {
    data = await scenarioFromHash(window.location.hash);
  } catch (error) {
    await whenReady();
    noteScenario({ ok: false, reason: error instanceof Error ? error.message : String(error) });
    return;
  }
  if (data === undefined) return;
  await whenReady();
  await client.host.saveSnapshot(tt(useSandboxStore.getState().lang, 'beforeSharedLink'));
  noteScenario(await client.host.playScenario(data));
  history.replaceState(null, '', window.location.pathname + window.location.search);
}

function whenReady(): Promise<void> {
  return new Promise((resolve) => {
    if (useSandboxStore.getState().status === 'ready') return resolve();
    const stop = useSandboxStore.subscribe((s) => {
      if (s.status !== 'ready') return;
      stop();
      resolve();
    });
  });
}
