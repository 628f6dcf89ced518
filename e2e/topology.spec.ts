// The live topology and the inspector, end to end: a Deployment's pods appear Running on the
// picture, a rolling update replaces them pod by pod, a click on a pod shows its YAML and describe, a
// pod too big for any node says why it is Pending, and the namespace filter and search narrow it.

import { expect, test, type Locator, type Page } from '@playwright/test';
import { openSandboxAtTenTimes, typeLine, waitForStudentPrompt } from './support.ts';

const pods = (page: Page, prefix: string): Locator => page.locator(`[data-testid="topology-pod"][data-name^="${prefix}"]`);

async function run(page: Page, rows: Locator, line: string): Promise<void> {
  await typeLine(page, line);
  await waitForStudentPrompt(rows);
}

async function webPodNames(page: Page): Promise<string[]> {
  return (await pods(page, 'web-').evaluateAll((els) => els.map((e) => e.getAttribute('data-name') ?? ''))).sort();
}

test('a Deployment shows on the topology, rolls pod by pod, and a click inspects a pod', async ({ page }) => {
  const rows = await openSandboxAtTenTimes(page);
  await expect(page.locator('[data-testid="topology-node"]')).toHaveCount(4);
  await run(page, rows, 'kubectl create deployment web --image nginx:1.14.2 --replicas 3');
  await expect(pods(page, 'web-').and(page.locator('[data-status="Running"]'))).toHaveCount(3, { timeout: 30_000 });
  const before = await webPodNames(page);

  await run(page, rows, 'kubectl set image deployment web nginx=nginx:1.22.1');
  const seen = new Set<string>();
  await expect(async () => {
    for (const status of await pods(page, 'web-').evaluateAll((els) => els.map((e) => e.getAttribute('data-status') ?? ''))) seen.add(status);
    const now = await webPodNames(page);
    const running = await pods(page, 'web-').and(page.locator('[data-status="Running"]')).count();
    expect(now.filter((n) => before.includes(n))).toEqual([]);
    expect(running).toBe(3);
  }).toPass({ timeout: 60_000, intervals: [100] });
  expect(seen.has('ContainerCreating') || seen.has('Terminating')).toBe(true);

  const name = (await webPodNames(page))[0]!;
  const uid = (await pods(page, name).getAttribute('data-uid')) ?? '';
  const point = await page.evaluate((id) => window.__kubelab?.topology?.clientPointOf(id) ?? null, uid);
  expect(point).not.toBeNull();
  await page.mouse.click(point!.x, point!.y);
  await expect(page.getByTestId('inspector-name')).toHaveText(`default/${name}`);
  await expect(page.getByTestId('inspector-text')).toContainText(new RegExp(`^Name:\\s+${name}\\nNamespace:\\s+default\\n`));
  await page.getByTestId('inspector-tab-yaml').click();
  await expect(page.getByTestId('inspector-command')).toHaveText(`$ kubectl get pod/${name} -n default -o yaml`);
  await expect(page.getByTestId('inspector-text')).toContainText(/^apiVersion: v1\nkind: Pod\n/);
  await expect(page.getByTestId('inspector-text')).toContainText('image: nginx:1.22.1');
  await page.getByTestId('inspector-tab-logs').click();
  await expect(page.getByTestId('inspector-command')).toHaveText(`$ kubectl logs ${name} -n default -c nginx --tail=200`);
});

test('a pod too big for any node says why it is Pending, node by node', async ({ page }) => {
  const rows = await openSandboxAtTenTimes(page);
  await run(page, rows, 'kubectl create deployment big --image nginx:1.14.2');
  await expect(pods(page, 'big-').and(page.locator('[data-status="Running"]'))).toHaveCount(1, { timeout: 30_000 });
  await run(page, rows, 'kubectl set resources deployment big --requests=cpu=100');
  const pending = pods(page, 'big-').and(page.locator('[data-status="Pending"]'));
  await expect(pending).toHaveCount(1, { timeout: 30_000 });
  await pending.press('Enter');
  await expect(page.getByTestId('inspector-why')).toContainText(/0\/4 nodes are available/);
  const verdicts = page.getByTestId('inspector-why-node');
  await expect(verdicts).toHaveCount(4);
  await expect(verdicts.filter({ hasText: 'k8s-worker-1' })).toContainText(/NodeResourcesFit\s*Insufficient cpu/);
  await expect(verdicts.filter({ hasText: 'k8s-master-1' })).toContainText(/TaintToleration/);
});

test('the namespace filter and the search narrow the picture', async ({ page }) => {
  const rows = await openSandboxAtTenTimes(page);
  await run(page, rows, 'kubectl create namespace shop');
  await run(page, rows, 'kubectl create deployment cart --image nginx:1.14.2 --replicas 2 -n shop');
  await expect(pods(page, 'cart-')).toHaveCount(2, { timeout: 30_000 });
  await expect(page.locator('[data-testid="topology-pod"][data-namespace="kube-system"]').first()).toBeAttached();

  await page.getByTestId('topology-namespace').selectOption('shop');
  await expect(page.locator('[data-testid="topology-pod"]')).toHaveCount(2);
  await expect(page.locator('[data-testid="topology-pod"][data-namespace="kube-system"]')).toHaveCount(0);

  await page.getByTestId('topology-namespace').selectOption('');
  await page.getByTestId('topology-search').fill('coredns');
  await expect(page.getByTestId('topology-matches')).toHaveText(/^2 (trouvé\(s\)|found)$/);
  await page.getByTestId('topology-search').press('Enter');
  await page.getByTestId('topology-search').fill('no-such-thing');
  await expect(page.getByTestId('topology-matches')).toHaveText(/Aucun résultat|No match/);
});
