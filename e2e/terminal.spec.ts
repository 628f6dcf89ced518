// The first page end to end: the sandbox Worker boots, the terminal takes keystrokes, and
// `kubectl get nodes` lists the course cluster's four nodes.

import { expect, test, type ConsoleMessage, type Page } from '@playwright/test';
import { BOOT_TIMEOUT_MS } from './support.ts';

const NODES = ['k8s-master-1', 'k8s-worker-1', 'k8s-worker-2', 'k8s-worker-3'];

async function openSandbox(page: Page): Promise<void> {
  await page.goto('/?seed=1');
  await expect(page.locator('.app')).toHaveAttribute('data-status', 'ready', { timeout: BOOT_TIMEOUT_MS });
  // The prompt is on screen: the session is open and wired to xterm.
  await expect(page.locator('.xterm-rows')).toContainText(/@\S+:\S*[$#]/, { timeout: BOOT_TIMEOUT_MS });
}

test('kubectl get nodes lists the four nodes, Ready', async ({ page }) => {
  await openSandbox(page);
  await page.locator('.xterm').click();
  await page.keyboard.type('kubectl get nodes');
  await page.keyboard.press('Enter');

  const rows = page.locator('.xterm-rows');
  for (const node of NODES) await expect(rows).toContainText(new RegExp(`${node}\\s+Ready`));
});

test('the header shows the product, the virtual clock and its controls', async ({ page }) => {
  await openSandbox(page);
  await expect(page.locator('.brand')).toHaveText('kubelab');
  const clock = page.getByTestId('virtual-clock');
  await expect(clock).toHaveText(/\d\d:\d\d:\d\d/);

  await page.getByTestId('speed-10').click();
  await expect(page.getByTestId('speed-10')).toHaveAttribute('aria-pressed', 'true');

  await page.getByTestId('pause-resume').click();
  await expect(clock).toContainText('en pause');
  const pausedAt = await clock.locator('time').textContent();
  await page.waitForTimeout(1_500);
  await expect(clock.locator('time')).toHaveText(pausedAt ?? '');
  await page.getByTestId('pause-resume').click();
  await expect(clock).not.toContainText('en pause');
});

test('labels are French by default and English with ?lang=en', async ({ page }) => {
  await page.goto('/?lang=en');
  await expect(page.getByTestId('pause-resume')).toContainText('Pause');
  await expect(page.getByRole('group', { name: 'Speed' })).toBeVisible();
  await page.goto('/');
  await expect(page.getByRole('group', { name: 'Vitesse' })).toBeVisible();
});

test('the page logs no console errors', async ({ page }) => {
  const problems: string[] = [];
  page.on('console', (message: ConsoleMessage) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('worker', (worker) => worker.on('console', (message) => {
    if (message.type() === 'error') problems.push(`worker error: ${message.text()}`);
  }));

  await openSandbox(page);
  await page.locator('.xterm').click();
  await page.keyboard.type('kubectl get nodes');
  await page.keyboard.press('Enter');
  await expect(page.locator('.xterm-rows')).toContainText('k8s-master-1');
  expect(problems).toEqual([]);
});
