// The browser pane, end to end: a student exposes nginx on a NodePort and opens it from the
// workstation's browser; runs kubectl port-forward in the terminal and opens the forwarded port from
// the list; a page that cannot be reached says why.

import { expect, test, type Locator, type Page } from '@playwright/test';
import { getPodsUntil, openSandboxAtTenTimes, typeLine, waitForStudentPrompt } from './support.ts';

async function run(page: Page, rows: Locator, line: string): Promise<void> {
  await typeLine(page, line);
  await waitForStudentPrompt(rows);
}

test('a NodePort and a port-forward open in the workstation browser; scripts stay off', async ({ page }) => {
  const rows = await openSandboxAtTenTimes(page);
  await run(page, rows, 'kubectl create deployment web --image=nginx');
  await run(page, rows, 'kubectl expose deployment web --port=80 --type=NodePort');
  await getPodsUntil(page, rows, /web-\S+\s+1\/1\s+Running/);
  const nodePort = await page.evaluate(async () => {
    const svc = await window.__kubelab?.host?.inspect({ kind: 'Service', namespace: 'default', name: 'web', view: 'yaml' });
    return /nodePort: (\d+)/.exec(svc?.text ?? '')?.[1] ?? '';
  });
  expect(nodePort).toMatch(/^3\d{4}$/);

  await page.getByTestId('view-browser').click();
  await page.getByTestId('browser-url').fill(`http://192.168.56.12:${nodePort}/`);
  await page.getByTestId('browser-go').click();
  await expect(page.getByTestId('browser-status')).toContainText('HTTP 200');
  await expect(page.frameLocator('[data-testid="browser-frame"]').locator('h1')).toHaveText('Welcome to nginx!');
  await expect(page.getByTestId('browser-frame')).toHaveAttribute('sandbox', '');
  await page.getByTestId('browser-mode-headers').click();
  await expect(page.getByTestId('browser-headers')).toContainText('Server: nginx/');

  await page.locator('.xterm').click();
  await typeLine(page, 'kubectl port-forward deploy/web 8080:80');
  await expect(rows).toContainText('Forwarding from 127.0.0.1:8080 -> 80');
  await expect(page.getByTestId('browser-forward')).toHaveText(/^localhost:8080 → web-\S+:80$/);
  await page.getByTestId('browser-forward').first().click();
  await expect(page.getByTestId('browser-status')).toContainText('HTTP 200');
  await expect(rows).toContainText('Handling connection for 8080');

  await page.getByTestId('browser-url').fill('http://www.k8s-lab.com/');
  await page.getByTestId('browser-go').click();
  await expect(page.getByTestId('browser-problem')).toContainText('Impossible de résoudre « www.k8s-lab.com »');
});
