// Faults, end to end: a sandbox Worker killed under the student's feet comes back from the last
// save with a notice; a saved session that cannot be read starts a fresh cluster, says why and
// offers to clear what the browser holds — never a silent loss.

import { expect, test } from '@playwright/test';
import { BOOT_TIMEOUT_MS, getPodsUntil, openSandboxAtTenTimes, typeLine, waitForStudentPrompt } from './support.ts';

test('a killed Worker is noticed; the page recovers the session from its last save', async ({ page }) => {
  const rows = await openSandboxAtTenTimes(page);
  await typeLine(page, 'kubectl create namespace survivor');
  await waitForStudentPrompt(rows);
  await page.evaluate(() => window.__kubelab?.host?.saveNow());
  await page.evaluate(() => window.__kubelab?.killWorker?.());
  await expect(page.getByTestId('session-notice')).toContainText('redémarré depuis la dernière sauvegarde', { timeout: 30_000 });
  await expect(page.locator('.app')).toHaveAttribute('data-status', 'ready', { timeout: BOOT_TIMEOUT_MS });
  await expect(rows).toContainText(/@\S+:\S*[$#]/, { timeout: BOOT_TIMEOUT_MS });
  await page.locator('.xterm').click();
  await getPodsUntil(page, rows, /survivor\s+Active/, 'kubectl get namespace survivor');
});

test('an unreadable saved session starts afresh, says why, and its data can be cleared', async ({ page }) => {
  await openSandboxAtTenTimes(page);
  await page.getByTestId('pause-resume').click();
  await page.evaluate(() => new Promise<void>((resolve, reject) => {
    const open = indexedDB.open('kubelab');
    open.onerror = () => reject(new Error('cannot open'));
    open.onsuccess = () => {
      const tx = open.result.transaction('sessions', 'readwrite');
      tx.objectStore('sessions').put({ version: 99, garbage: true }, 'current');
      tx.oncomplete = () => resolve();
    };
  }));
  await page.reload();
  const notice = page.getByTestId('session-notice');
  await expect(notice).toContainText('La session enregistrée est illisible', { timeout: BOOT_TIMEOUT_MS });
  await expect(page.locator('.app')).toHaveAttribute('data-status', 'ready', { timeout: BOOT_TIMEOUT_MS });
  await page.getByTestId('clear-saved').click();
  await expect(notice).toContainText('Données enregistrées effacées');
  const keys = await page.evaluate(() => new Promise<string[]>((resolve) => {
    const open = indexedDB.open('kubelab');
    open.onsuccess = () => {
      const req = open.result.transaction('sessions').objectStore('sessions').getAllKeys();
      req.onsuccess = () => resolve(req.result.map(String));
    };
  }));
  expect(keys).toEqual(['current']);
});
