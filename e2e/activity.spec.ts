// The activity pane as a student uses it: run a pod in the terminal, watch the control plane's
// steps narrated in the feed (French or English), see the pod's sequence diagram, filter the feed.

import { expect, test, type Locator, type Page } from '@playwright/test';
import { typeLine, waitForStudentPrompt } from './support.ts';

async function openAtTenTimes(page: Page, lang: 'fr' | 'en'): Promise<Locator> {
  await page.goto(`/?seed=1&lang=${lang}`);
  await expect(page.locator('.app')).toHaveAttribute('data-status', 'ready', { timeout: 20_000 });
  const rows = page.locator('.xterm-rows');
  await expect(rows).toContainText(/@\S+:\S*[$#]/);
  await page.getByTestId('speed-10').click();
  await page.getByTestId('view-activity').click();
  await page.locator('.xterm').click();
  return rows;
}

async function runWeb(page: Page, rows: Locator): Promise<Locator> {
  await typeLine(page, 'kubectl run web --image=nginx');
  await waitForStudentPrompt(rows);
  return page.getByTestId('activity-feed');
}

test('the feed narrates kubectl run in French: the scheduler binds web, the kubelet starts it', async ({ page }) => {
  const rows = await openAtTenTimes(page, 'fr');
  const feed = await runWeb(page, rows);
  await expect(feed).toContainText('kubectl demande à l’API server de créer le Pod default/web');
  await expect(feed).toContainText(/Le scheduler a assigné default\/web au nœud k8s-worker-\d/);
  await expect(feed).toContainText('a démarré le conteneur web du Pod default/web', { timeout: 30_000 });
  const order = await feed.locator('.activity-row').evaluateAll((els) => els.map((el) => `${el.getAttribute('data-actor')} ${el.getAttribute('data-action')}`));
  const at = (step: string): number => order.indexOf(step);
  expect(at('kubectl request')).toBeLessThan(at('kube-apiserver admit'));
  expect(at('etcd persist')).toBeLessThan(at('kube-scheduler bind'));
  expect(at('kube-scheduler bind')).toBeLessThan(at('kubelet pull'));
  expect(at('kubelet create')).toBeLessThan(at('kubelet start'));
  // The feed follows: its newest line is in view.
  const gap = (): Promise<number> => feed.evaluate((el) => el.scrollHeight - el.scrollTop - el.clientHeight);
  await expect.poll(gap).toBeLessThan(30);
});

test('the feed speaks English with ?lang=en', async ({ page }) => {
  const rows = await openAtTenTimes(page, 'en');
  const feed = await runWeb(page, rows);
  await expect(feed).toContainText(/The scheduler bound default\/web to node k8s-worker-\d/);
  await expect(feed).toContainText('started container web of Pod default/web', { timeout: 30_000 });
});

test('the sequence view draws web’s story across the components', async ({ page }) => {
  const rows = await openAtTenTimes(page, 'en');
  const feed = await runWeb(page, rows);
  await expect(feed).toContainText('started container web', { timeout: 30_000 });
  await page.getByTestId('activity-view-sequence').click();
  await expect(page.getByTestId('sequence-root')).toHaveValue('Pod|default|web');
  await expect(page.getByTestId('sequence-lane')).toHaveText(['kubectl', 'API server', 'etcd', 'scheduler', 'controller-manager', 'kubelet', 'runtime']);
  const arrows = page.getByTestId('sequence-arrow');
  await expect(arrows.first()).toHaveAttribute('data-from', 'kubectl');
  await expect(arrows.first()).toHaveAttribute('data-to', 'kube-apiserver');
  expect(await arrows.count()).toBeGreaterThan(12);
  await expect(page.locator('[data-testid="sequence-arrow"][data-from="kube-scheduler"][data-to="kube-apiserver"]')).toContainText('POST pods/binding');
  await expect(page.locator('[data-testid="sequence-arrow"][data-from="kubelet"][data-to="runtime"]').last()).toContainText('StartContainer web');
});

test('filters: components, search, Events, namespace; a click selects the object', async ({ page }) => {
  const rows = await openAtTenTimes(page, 'en');
  const feed = await runWeb(page, rows);
  await expect(feed).toContainText('started container web', { timeout: 30_000 });
  await expect(feed.locator('[data-actor="kubelet"]').first()).toBeVisible();

  await page.getByTestId('activity-actor-kubelet').click();
  await expect(page.getByTestId('activity-actor-kubelet')).toHaveAttribute('aria-pressed', 'false');
  await expect(feed.locator('[data-actor="kubelet"]')).toHaveCount(0);
  await page.getByTestId('activity-actor-kubelet').click();

  await page.getByTestId('activity-search').fill('bound');
  await expect(feed.locator('.activity-row')).toHaveCount(1);
  await expect(feed.locator('.activity-row')).toHaveAttribute('data-action', 'bind');
  await page.getByTestId('activity-search').fill('');

  await expect(feed.locator('[data-action="event"]')).toHaveCount(0);
  await page.getByTestId('activity-events').check();
  await expect(feed).toContainText('reports event Scheduled on Pod default/web');

  await page.locator('.xterm').click();
  await typeLine(page, 'kubectl create namespace dev');
  await expect(feed).toContainText('create Namespace dev');
  await page.getByTestId('activity-namespace').selectOption('default');
  await expect(feed).not.toContainText('Namespace dev');
  await expect(feed).toContainText('The scheduler bound default/web');
  await page.getByTestId('activity-namespace').selectOption('');
  await expect(feed).toContainText('create Namespace dev');

  await feed.locator('.activity-row[data-action="bind"] .activity-object').click();
  await expect(page.getByTestId('inspector-name')).toHaveText('default/web');
});
