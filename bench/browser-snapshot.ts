// Sessions in the browser, as a student meets them: a session file imported through the session menu
// (its input's change until the topology shows the cluster), a saved session resumed at page load, and
// a named snapshot saved (submit until listed) and restored (click until the topology shows it back).

import type { Page } from '@playwright/test';
import { shownAt } from './browser-topology.ts';

const SNAPSHOT = 'bench';
const MARKER = 'marker';

/** What the topology shows once a cluster is loaded. */
export interface ClusterShape {
  readonly nodes: number;
  readonly pods: number;
}

/** What the API measures call on the Worker's API (exposed on `window.__kubelab`). */
interface BenchHooks {
  host?: {
    clock(): Promise<unknown>;
    saveSnapshot(name: string): Promise<{ readonly id: string }>;
    restoreSnapshot(id: string): Promise<boolean>;
  };
  killWorker?: () => void;
}

/** Records on `window.__benchAt` when the next `type` event reaches the document (capture phase). */
function markNext(page: Page, type: string): Promise<void> {
  return page.evaluate((eventType) => {
    document.addEventListener(eventType, () => {
      (window as unknown as { __benchAt: number }).__benchAt = performance.now();
    }, { capture: true, once: true });
  }, type);
}

function markedAt(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { __benchAt: number }).__benchAt);
}

/** Waits until the Worker answers a call within 50 ms three times in a row (an autosave is over). */
async function workerIdle(page: Page): Promise<void> {
  for (let quick = 0; quick < 3;) {
    const ms = await page.evaluate(async () => {
      const start = performance.now();
      await (window as unknown as { __kubelab?: BenchHooks }).__kubelab?.host?.clock();
      return performance.now() - start;
    });
    quick = ms <= 50 ? quick + 1 : 0;
  }
}

async function pause(page: Page): Promise<void> {
  await page.locator('.app[data-status="ready"]').waitFor({ timeout: 300_000 });
  await page.getByTestId('pause-resume').click();
}

/** Imports the session file at `path` through the menu; ms from the input's change until the topology shows `shape`. */
export async function importSession(page: Page, path: string, shape: ClusterShape): Promise<number> {
  await page.getByTestId('session-menu').click();
  await markNext(page, 'change');
  await page.getByTestId('session-import').setInputFiles(path);
  const shown = await shownAt(page, shape);
  return shown - await markedAt(page);
}

/**
 * Makes the session file at `url` the saved session (the Worker stopped first, so that it saves nothing
 * over it) and reloads the page; ms from navigation until the topology shows `shape`. The clock is then paused.
 */
export async function resumeAtLoad(page: Page, url: string, shape: ClusterShape): Promise<number> {
  await page.evaluate(async (fileUrl) => {
    const { snapshot } = await (await fetch(fileUrl)).json() as { snapshot: unknown };
    (window as unknown as { __kubelab?: BenchHooks }).__kubelab?.killWorker?.();
    await new Promise<void>((resolve, reject) => {
      const open = indexedDB.open('kubelab');
      open.onerror = () => reject(new Error('cannot open the database'));
      open.onsuccess = () => {
        const tx = open.result.transaction('sessions', 'readwrite');
        tx.objectStore('sessions').put(snapshot, 'current');
        tx.oncomplete = () => {
          open.result.close();
          resolve();
        };
        tx.onerror = () => reject(new Error('cannot save the session'));
      };
    });
  }, url);
  await page.reload();
  const shown = await shownAt(page, shape);
  await pause(page);
  return shown;
}

/** A step the page's watchdog cut short by reloading the page (the Worker missed two pings). */
export const RELOADED = 'reloaded';

/** `work`, unless the page reloads first. */
async function unlessReloaded<T>(page: Page, work: Promise<T>): Promise<T | typeof RELOADED> {
  work.catch(() => undefined);
  const reload: Promise<typeof RELOADED> = page.waitForEvent('framenavigated', { predicate: (frame) => frame === page.mainFrame(), timeout: 0 })
    .then((): typeof RELOADED => RELOADED, () => new Promise<never>(() => undefined));
  return Promise.race([work, reload]);
}

/** Each figure in ms, or RELOADED; a step after a reload is not measured (undefined). */
export interface SaveRestore {
  /** The form's submit until the snapshot is listed. */
  readonly saveMs: number | typeof RELOADED;
  /** The restore button's click until the topology shows the cluster as saved (the pod made since gone). */
  readonly restoreMs?: number | typeof RELOADED;
  /** `saveSnapshot` then `restoreSnapshot` alone, called on the Worker's API (RPC, snapshot, IndexedDB, rebuild). */
  readonly calls?: { readonly saveCallMs: number; readonly restoreCallMs: number } | typeof RELOADED;
}

/** Saves a named snapshot of the loaded cluster, adds a pod, and restores the snapshot; through the UI, then the API. */
export async function saveAndRestore(page: Page, shape: ClusterShape): Promise<SaveRestore> {
  await workerIdle(page);
  await page.getByTestId('session-menu').click();
  await page.getByTestId('snapshot-name').fill(SNAPSHOT);
  await markNext(page, 'submit');
  await page.getByTestId('snapshot-save').click();
  const listed = await unlessReloaded(page, page.getByTestId('snapshot').filter({ hasText: SNAPSHOT }).waitFor({ timeout: 300_000 }));
  if (listed === RELOADED) return { saveMs: RELOADED };
  const saveMs = await page.evaluate(() => performance.now()) - await markedAt(page);
  await page.locator('.session-dialog .dialog-close').click();

  await page.locator('.xterm').click();
  await page.keyboard.type(`kubectl run ${MARKER} --image=busybox -- sleep 3600\n`);
  await page.locator(`[data-testid="topology-pod"][data-name="${MARKER}"]`).waitFor({ state: 'attached', timeout: 300_000 });
  await workerIdle(page);
  await page.getByTestId('session-menu').click();
  await markNext(page, 'click');
  await page.getByTestId('snapshot').filter({ hasText: SNAPSHOT }).locator('button').first().click();
  const shown = await unlessReloaded(page, shownAt(page, { ...shape, absent: MARKER }));
  if (shown === RELOADED) return { saveMs, restoreMs: RELOADED };
  const restoreMs = shown - await markedAt(page);

  await workerIdle(page);
  const calls = await unlessReloaded(page, page.evaluate(async (name) => {
    const host = (window as unknown as { __kubelab?: BenchHooks }).__kubelab?.host;
    if (host === undefined) throw new Error('the Worker API is not exposed');
    const start = performance.now();
    const info = await host.saveSnapshot(name);
    const saved = performance.now();
    if (!await host.restoreSnapshot(info.id)) throw new Error('the snapshot did not restore');
    return { saveCallMs: saved - start, restoreCallMs: performance.now() - saved };
  }, `${SNAPSHOT}-api`));
  return { saveMs, restoreMs, calls };
}

/** Stops the Worker, forgets every saved session and reloads: the page as a first visit finds it. */
export async function freshPage(page: Page): Promise<void> {
  await page.evaluate(async () => {
    (window as unknown as { __kubelab?: BenchHooks }).__kubelab?.killWorker?.();
    sessionStorage.clear();
    await new Promise<void>((resolve, reject) => {
      const open = indexedDB.open('kubelab');
      open.onerror = () => reject(new Error('cannot open the database'));
      open.onsuccess = () => {
        const tx = open.result.transaction('sessions', 'readwrite');
        tx.objectStore('sessions').clear();
        tx.oncomplete = () => {
          open.result.close();
          resolve();
        };
      };
    });
  });
  await page.reload();
  await page.locator('.app[data-status="ready"]').waitFor({ timeout: 300_000 });
}
