// Security, end to end: the built page carries a Content-Security-Policy that forbids inline script
// and eval, and cluster-derived text (annotations, ConfigMap data, logs, events, file names) carrying
// script payloads is shown as text everywhere — terminal, topology, inspector, activity, editor —
// without running anything or tripping the policy.

import { expect, test, type Locator, type Page } from '@playwright/test';
import { openSandboxAtTenTimes, typeLine, waitForStudentPrompt } from './support.ts';

const PAYLOAD = `<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>`;

async function run(page: Page, rows: Locator, line: string): Promise<void> {
  await typeLine(page, line);
  await waitForStudentPrompt(rows);
}

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
});

test('the page forbids inline script and eval', async ({ page }) => {
  await openSandboxAtTenTimes(page);
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain("script-src 'self'");
  expect(policy).not.toContain('unsafe-eval');
  expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__inline = 1';
    document.head.append(script);
    const w = window as unknown as { setTimeout: (code: string) => void };
    w.setTimeout('window.__evaluated = 1');
  });
  await expect.poll(() => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp.length)).toBe(2);
  const ran = await page.evaluate(() => {
    const w = window as unknown as { __inline?: number; __evaluated?: number };
    return [w.__inline, w.__evaluated];
  });
  expect(ran).toEqual([undefined, undefined]);
  const blocked = await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp.map((v) => v.split(' ')[0]).sort());
  expect(blocked).toEqual(['script-src', 'script-src-elem']);
});

test('script payloads in cluster objects, logs and file names are shown as text', async ({ page }) => {
  const rows = await openSandboxAtTenTimes(page);
  await run(page, rows, `kubectl create configmap xss --from-literal=page='${PAYLOAD}'`);
  await run(page, rows, `kubectl run xss --image=busybox --annotations=note='${PAYLOAD}' -- sh -c 'echo "${PAYLOAD.replaceAll('"', '\\"')}"; sleep 3600'`);
  await run(page, rows, `echo '${PAYLOAD}' > '<img src=x onerror=window.__xss=3>.yaml'`);
  await expect(page.locator('[data-testid="topology-pod"][data-name="xss"][data-status="Running"]')).toHaveCount(1, { timeout: 30_000 });

  const uid = (await page.locator('[data-testid="topology-pod"][data-name="xss"]').getAttribute('data-uid')) ?? '';
  const point = await page.evaluate((id) => window.__kubelab?.topology?.clientPointOf(id) ?? null, uid);
  await page.mouse.click(point!.x, point!.y);
  await expect(page.getByTestId('inspector-text')).toContainText('note:');
  await page.getByTestId('inspector-tab-yaml').click();
  await expect(page.getByTestId('inspector-text')).toContainText('<script>window.__xss=2</script>');
  await page.getByTestId('inspector-tab-logs').click();
  await expect(page.getByTestId('inspector-text')).toContainText('<img src=x onerror="window.__xss=1">');
  await page.getByTestId('inspector-tab-events').click();
  await page.getByTestId('view-activity').click();
  await page.getByTestId('view-editor').click();
  await expect(page.getByText('<img src=x onerror=window.__xss=3>.yaml').first()).toBeVisible({ timeout: 20_000 });
  await page.getByText('<img src=x onerror=window.__xss=3>.yaml').first().click();
  await expect(page.locator('.monaco-editor').first()).toContainText('window.__xss=2', { timeout: 20_000 });

  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
});
