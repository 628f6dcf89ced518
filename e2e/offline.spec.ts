// The installable, offline app: after a first visit the service worker has precached every built
// file, so with the network cut the page reloads, the cluster boots, kubectl answers and the editor
// (Monaco and its YAML worker) loads and checks a manifest.

import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { STUDENT_PROMPT, lastLine, typeLine } from './support.ts';

const DIST = process.env.PW_DIST ?? 'dist';
/** Monaco and its YAML worker are large: on a busy machine they take a while, even from the cache. */
const MONACO_LOAD_MS = 60_000;
/** Booting the cluster in the Worker; a busy machine (several builds at once) needs more than the default. */
const BOOT_MS = 30_000;
/** The service worker's own scripts: the browser keeps them with the worker, not in the precache. */
const SERVICE_WORKER_SCRIPTS = /^\/(sw|workbox-[\w-]+)\.js$/;

/** Every file of the build, as the page requests it (`/assets/index-….js`). */
function builtFiles(dir = DIST, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => entry.isDirectory()
    ? builtFiles(join(dir, entry.name), `${prefix}/${entry.name}`)
    : [`${prefix}/${entry.name}`]);
}

async function precachedPaths(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const paths: string[] = [];
    for (const name of await caches.keys()) {
      for (const request of await (await caches.open(name)).keys()) paths.push(new URL(request.url).pathname);
    }
    return paths;
  });
}

test('after the first visit, the app, the terminal and the editor work with no network', async ({ page, context }) => {
  test.setTimeout(180_000);
  const failed: string[] = [];
  page.on('requestfailed', (request) => failed.push(request.url()));

  await page.goto('/?seed=1');
  await expect(page.locator('.app')).toHaveAttribute('data-status', 'ready', { timeout: BOOT_MS });
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

  const precached = await precachedPaths(page);
  const missing = builtFiles().filter((path) => !SERVICE_WORKER_SCRIPTS.test(path) && !precached.includes(path));
  expect(missing).toEqual([]);

  await context.setOffline(true);
  const probe = await page.evaluate(() => fetch(`/not-in-the-build-${performance.now()}`).then(() => 'answered', () => 'failed'));
  expect(probe).toBe('failed');
  failed.length = 0;

  await page.reload();
  await expect(page.locator('.app')).toHaveAttribute('data-status', 'ready', { timeout: BOOT_MS });
  const rows = page.locator('.xterm-rows');
  await expect.poll(() => lastLine(rows), { timeout: 15_000 }).toMatch(STUDENT_PROMPT);
  await page.locator('.xterm').click();
  await typeLine(page, 'kubectl get nodes');
  await expect(rows).toContainText('k8s-master-1');

  await page.getByTestId('view-editor').click();
  await page.getByTestId('new-from-template').selectOption('Deployment');
  await expect(page.locator('.monaco-editor .view-lines')).toContainText('kind: Deployment', { timeout: MONACO_LOAD_MS });
  await page.locator('.monaco-editor').getByRole('textbox').focus();
  await page.keyboard.press('Control+End');
  await page.keyboard.type('replicaz: 2');
  await expect(page.locator('.monaco-editor [class*="squiggly-"]').first()).toBeVisible({ timeout: MONACO_LOAD_MS });
  expect(failed).toEqual([]);
});
