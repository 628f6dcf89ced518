// The clock and time travel as a trainer uses them: pause and step, named snapshots, rewind, reload
// mid-rollout, and a session file exported then imported.

import { expect, test, type Page } from '@playwright/test';
import { BOOT_TIMEOUT_MS, getPodsUntil, openSandboxAtTenTimes, typeLine, waitForStudentPrompt } from './support.ts';

async function clockSeconds(page: Page): Promise<number> {
  const text = await page.getByTestId('virtual-clock').locator('time').textContent();
  const [h, m, s] = (text ?? '').split(':').map(Number);
  return h! * 3600 + m! * 60 + s!;
}

test('pause stops the clock and +10 s steps it', async ({ page }) => {
  await openSandboxAtTenTimes(page);
  await page.getByTestId('pause-resume').click();
  await expect(page.getByTestId('virtual-clock')).toContainText('(en pause)');
  const before = await clockSeconds(page);
  await page.waitForTimeout(500);
  expect(await clockSeconds(page)).toBe(before);
  await page.getByTestId('step-10').click();
  await expect.poll(() => clockSeconds(page)).toBe(before + 10);
});

test('a named snapshot brings a deleted namespace back', async ({ page }) => {
  const rows = await openSandboxAtTenTimes(page);
  await typeLine(page, 'kubectl create namespace before');
  await waitForStudentPrompt(rows);
  await page.getByTestId('session-menu').click();
  await page.getByTestId('snapshot-name').fill('avant');
  await page.getByTestId('snapshot-save').click();
  await expect(page.getByTestId('snapshot')).toContainText('avant');
  await page.getByRole('button', { name: 'Fermer' }).click();
  await page.locator('.xterm').click();
  await typeLine(page, 'kubectl delete namespace before --wait=false');
  await waitForStudentPrompt(rows);
  await page.getByTestId('session-menu').click();
  await page.getByTestId('snapshot').getByRole('button', { name: 'Restaurer' }).click();
  await page.locator('.xterm').click();
  await getPodsUntil(page, rows, /before\s+Active/, 'kubectl get namespace before');
});

test('the timeline rewinds to a moment before a deletion', async ({ page }) => {
  const rows = await openSandboxAtTenTimes(page);
  await typeLine(page, 'kubectl create namespace early');
  await waitForStudentPrompt(rows);
  await page.getByTestId('speed-30').click();
  const start = await clockSeconds(page);
  await expect.poll(() => clockSeconds(page), { timeout: 10_000 }).toBeGreaterThan(start + 60);
  await page.locator('.xterm').click();
  await typeLine(page, 'kubectl delete namespace early');
  await waitForStudentPrompt(rows);
  await page.getByTestId('pause-resume').click();
  const bar = page.getByTestId('timeline');
  const box = (await bar.boundingBox())!;
  await page.mouse.click(box.x + box.width * 0.5, box.y + box.height / 2);
  await page.locator('.xterm').click();
  await typeLine(page, 'kubectl get namespace early');
  await waitForStudentPrompt(rows);
  await expect(rows).toContainText(/early\s+Active/);
});

test('a reload mid-rollout finds the Deployment and its pods as they were', async ({ page }) => {
  const rows = await openSandboxAtTenTimes(page);
  await typeLine(page, 'kubectl create deployment web --image=nginx --replicas=2');
  await waitForStudentPrompt(rows);
  await getPodsUntil(page, rows, /web-\S+\s+1\/1\s+Running/);
  await page.reload();
  await expect(page.getByTestId('session-notice')).toContainText('Session précédente restaurée.');
  await expect(rows).toContainText(/@\S+:\S*[$#]/);
  await page.locator('.xterm').click();
  await getPodsUntil(page, rows, /web\s+2\/2/, 'kubectl get deployment web');
});

test('a session exported, reset, then imported comes back; a malformed file is refused with a reason', async ({ page }) => {
  const rows = await openSandboxAtTenTimes(page);
  await typeLine(page, 'kubectl create namespace kept');
  await waitForStudentPrompt(rows);
  await page.getByTestId('session-menu').click();
  const download = page.waitForEvent('download');
  await page.getByTestId('session-export').click();
  const file = await (await download).path();
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByTestId('session-reset').click();
  await page.locator('.xterm').click();
  await getPodsUntil(page, rows, /namespaces "kept" not found/, 'kubectl get namespace kept');

  await page.getByTestId('session-menu').click();
  await page.getByTestId('session-import').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"hello":1}') });
  await expect(page.getByRole('alert')).toContainText('Import refusé : the file is not a kubelab session');
  await page.getByTestId('session-import').setInputFiles(file);
  await page.locator('.xterm').click();
  await getPodsUntil(page, rows, /kept\s+Active/, 'kubectl get namespace kept');
});

test('a share link rebuilds the session from its commands in a fresh browser', async ({ page, browser }) => {
  const rows = await openSandboxAtTenTimes(page);
  await typeLine(page, 'kubectl create namespace shared');
  await waitForStudentPrompt(rows);
  await typeLine(page, 'kubectl create deployment web --image=nginx -n shared');
  await waitForStudentPrompt(rows);
  await page.getByTestId('session-menu').click();
  await page.getByTestId('session-share').click();
  const link = await page.getByTestId('share-link').inputValue();
  expect(link).toContain('#scenario=');

  const other = await browser.newPage();
  await other.goto(link);
  await expect(other.getByTestId('session-notice')).toContainText('Scénario partagé chargé', { timeout: BOOT_TIMEOUT_MS });
  await expect(other).toHaveURL(/\?seed=1$/);
  const otherRows = other.locator('.xterm-rows');
  await other.locator('.xterm').click();
  await getPodsUntil(other, otherRows, /web\s+1\/1/, 'kubectl get deploy -n shared');
  await other.close();
});
