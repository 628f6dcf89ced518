// The terminal as a student edits in it: Tab completion as kubectl's bash completion does it, ↑ and
// Ctrl-R through history, a second terminal tab with its own shell, history kept across a reload,
// Ctrl-C stopping a watch, and a multi-line paste running line by line.

import { expect, test, type Locator, type Page } from '@playwright/test';
import { lastLine, typeLine, waitForStudentPrompt } from './support.ts';

/** Booting takes longer on a busy machine than the default expectation waits. */
const BOOT_TIMEOUT_MS = 30_000;

/** The sandbox at 10× speed, the terminal focused; the screen of its first tab. */
async function openSandboxAtTenTimes(page: Page): Promise<Locator> {
  await page.goto('/?seed=1');
  await expect(page.locator('.app')).toHaveAttribute('data-status', 'ready', { timeout: BOOT_TIMEOUT_MS });
  const rows = activeRows(page);
  await expect(rows).toContainText(/@\S+:\S*[$#]/);
  await page.getByTestId('speed-10').click();
  await page.locator('.terminal-tab:not([hidden]) .xterm').click();
  return rows;
}

/** The screen of the terminal tab in front. */
function activeRows(page: Page): Locator {
  return page.locator('.terminal-tab:not([hidden]) .xterm-rows');
}

async function promptLine(rows: Locator): Promise<string> {
  return (await lastLine(rows)).replace(/^student@workstation:\S*\$ ?/, '');
}

test('Tab completes resource types, then lists the nodes on a second Tab', async ({ page }) => {
  const rows = await openSandboxAtTenTimes(page);
  await page.keyboard.type('kubectl get po');
  await page.keyboard.press('Tab');
  // pods, podtemplates and poddisruptionbudgets.policy share "pod", as with kubectl 1.31.
  await expect.poll(() => promptLine(rows)).toBe('kubectl get pod');
  await page.keyboard.type('s');
  await page.keyboard.press('Tab');
  await page.keyboard.type('-n kube-system');
  await expect.poll(() => promptLine(rows)).toBe('kubectl get pods -n kube-system');
  await page.keyboard.press('Control+U');

  await page.keyboard.type('kubectl describe node k8s-');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(rows).toContainText(/k8s-master-1\s+k8s-worker-1\s+k8s-worker-2\s+k8s-worker-3/);
  await expect.poll(() => promptLine(rows)).toBe('kubectl describe node k8s-');
  await page.keyboard.type('w');
  await page.keyboard.press('Tab');
  await page.keyboard.type('3');
  await page.keyboard.press('Tab');
  await expect.poll(() => promptLine(rows)).toBe('kubectl describe node k8s-worker-3');
});

test('↑ recalls the last command and Ctrl-R finds an older one', async ({ page }) => {
  const rows = await openSandboxAtTenTimes(page);
  await typeLine(page, 'echo first-marker');
  await waitForStudentPrompt(rows);
  await typeLine(page, 'echo second-marker');
  await waitForStudentPrompt(rows);

  await page.keyboard.press('ArrowUp');
  await expect.poll(() => promptLine(rows)).toBe('echo second-marker');
  await page.keyboard.press('Control+U');

  await page.keyboard.press('Control+R');
  await page.keyboard.type('first');
  await expect.poll(() => lastLine(rows)).toBe("(reverse-i-search)`first': echo first-marker");
  await page.keyboard.type('zz');
  await expect.poll(() => lastLine(rows)).toBe("(failed reverse-i-search)`firstzz': echo first-marker");
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Enter');
  await expect(rows).toContainText(/echo first-marker\s*first-marker/);
  await waitForStudentPrompt(rows);
});

test('a second tab runs its own shell; each tab keeps its screen', async ({ page }) => {
  const first = await openSandboxAtTenTimes(page);
  await typeLine(page, 'cd /tmp && echo in-tab-one');
  await expect(first).toContainText('in-tab-one');

  await page.getByTestId('terminal-new-tab').click();
  await expect(page.getByTestId('terminal-tab-2')).toHaveAttribute('aria-selected', 'true');
  const second = activeRows(page);
  await expect(second).toContainText(/student@workstation:~\$/);
  await typeLine(page, 'pwd; echo in-tab-two');
  await expect(second).toContainText(/\/home\/student\s*in-tab-two/);
  await expect(second).not.toContainText('in-tab-one');

  await page.getByTestId('terminal-tab-1').click();
  await expect(activeRows(page)).toContainText('in-tab-one');
  await expect(activeRows(page)).not.toContainText('in-tab-two');

  await page.keyboard.press('Alt+W');
  await expect(page.getByTestId('terminal-tab-1')).toHaveCount(0);
  await expect(activeRows(page)).toContainText('in-tab-two');
});

test('history survives a reload, tab by tab', async ({ page }) => {
  const rows = await openSandboxAtTenTimes(page);
  await typeLine(page, 'echo kept-across-reload');
  await expect(rows).toContainText(/kept-across-reload\s*student@/);
  await page.keyboard.press('Alt+T');
  await expect(page.getByTestId('terminal-tab-2')).toHaveAttribute('aria-selected', 'true');
  await expect(activeRows(page)).toContainText(/student@workstation:~\$/);
  await typeLine(page, 'echo tab-two-line');
  await expect(activeRows(page)).toContainText(/tab-two-line\s*student@/);

  await page.reload();
  await expect(page.locator('.app')).toHaveAttribute('data-status', 'ready', { timeout: BOOT_TIMEOUT_MS });
  await expect(page.getByTestId('terminal-tab-2')).toHaveAttribute('aria-selected', 'true');
  await expect(activeRows(page)).toContainText(/student@workstation:~\$/);
  await page.locator('.terminal-tab:not([hidden]) .xterm').click();
  await page.keyboard.press('ArrowUp');
  await expect.poll(() => promptLine(activeRows(page))).toBe('echo tab-two-line');

  await page.getByTestId('terminal-tab-1').click();
  await page.keyboard.press('ArrowUp');
  await expect.poll(() => promptLine(activeRows(page))).toBe('echo kept-across-reload');
});

test('Ctrl-C stops kubectl get nodes -w and gives the prompt back', async ({ page }) => {
  const rows = await openSandboxAtTenTimes(page);
  await typeLine(page, 'kubectl get nodes -w');
  await expect(rows).toContainText(/NAME\s+STATUS\s+ROLES\s+AGE\s+VERSION/);
  await page.keyboard.type('typed-ahead');
  await page.keyboard.press('Control+C');
  await waitForStudentPrompt(rows);
  await expect.poll(() => promptLine(rows)).toBe('');
  await typeLine(page, 'echo after-watch');
  await expect(rows).toContainText(/after-watch\s*student@/);
});

test('a pasted block runs line by line', async ({ page }) => {
  const rows = await openSandboxAtTenTimes(page);
  await page.locator('.terminal-tab:not([hidden]) .xterm-helper-textarea').evaluate((textarea) => {
    const data = new DataTransfer();
    data.setData('text/plain', 'echo pasted-one\necho pasted-two\n');
    textarea.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  });
  await expect(rows).toContainText(/echo pasted-one\s*pasted-one\s*student@workstation:~\$ echo pasted-two\s*pasted-two/);
  await waitForStudentPrompt(rows);
});

test('a selection is copied with Ctrl-Shift-C, or with Ctrl-C without interrupting', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const rows = await openSandboxAtTenTimes(page);
  await typeLine(page, 'echo copy-me');
  await expect(rows).toContainText(/copy-me\s*student@/);
  await page.evaluate(() => window.__kubelab?.term?.selectAll());
  await page.keyboard.press('Control+Shift+C');
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toContain('copy-me');

  await page.evaluate(() => navigator.clipboard.writeText(''));
  await page.keyboard.type('echo typed');
  await expect.poll(() => promptLine(rows)).toBe('echo typed');
  await page.evaluate(() => window.__kubelab?.term?.selectAll());
  await page.keyboard.press('Control+C');
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toContain('echo typed');
  await expect.poll(() => promptLine(rows)).toBe('echo typed');
});
