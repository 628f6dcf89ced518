// The YAML editor, end to end: a Deployment from the template, a field the schema rejects flagged
// then fixed, Apply running kubectl in the terminal; files the shell writes showing up; kubectl edit
// opening the live object in the editor and applying it on Save & close.

import { expect, test, type Page } from '@playwright/test';
import { openSandboxAtTenTimes, typeLine, waitForStudentPrompt } from './support.ts';

/** Monaco is a large chunk: on a busy machine it takes a while to arrive the first time. */
const MONACO_LOAD_MS = 60_000;

async function openEditor(page: Page): Promise<void> {
  await page.getByTestId('view-editor').click();
  await expect(page.getByTestId('editor-pane')).toBeVisible();
}

const editorText = (page: Page) => page.locator('.monaco-editor .view-lines');
const markers = (page: Page) => page.locator('.monaco-editor [class*="squiggly-"]');

test('a Deployment from the template, checked by the schema, applied in the terminal', async ({ page }) => {
  const rows = await openSandboxAtTenTimes(page);
  await openEditor(page);
  await page.getByTestId('new-from-template').selectOption('Deployment');
  await expect(page.getByTestId('tab-deployment.yaml')).toBeVisible();
  await expect(editorText(page)).toContainText('kind: Deployment', { timeout: MONACO_LOAD_MS });
  await expect(markers(page)).toHaveCount(0);

  await page.locator('.monaco-editor .view-lines').click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type('replicaz: 2');
  await expect(markers(page).first()).toBeVisible({ timeout: 15_000 });

  await page.keyboard.press('Home');
  await page.keyboard.press('Shift+End');
  await page.keyboard.press('Backspace');
  await expect(markers(page)).toHaveCount(0, { timeout: 15_000 });
  await page.getByTestId('apply-file').click();
  await expect(rows).toContainText('kubectl apply -f ~/deployment.yaml');
  await expect(rows).toContainText('deployment.apps/frontend created');
  await waitForStudentPrompt(rows);
});

test('a file the shell writes shows up in the editor', async ({ page }) => {
  const rows = await openSandboxAtTenTimes(page);
  await typeLine(page, "cat > from-shell.yaml <<'EOF'");
  await typeLine(page, 'apiVersion: v1');
  await typeLine(page, 'kind: ConfigMap');
  await typeLine(page, 'EOF');
  await waitForStudentPrompt(rows);
  await openEditor(page);
  await page.getByTestId('file-from-shell.yaml').click();
  await expect(editorText(page)).toContainText('kind: ConfigMap', { timeout: MONACO_LOAD_MS });

  await page.locator('.xterm').click();
  await typeLine(page, 'mv from-shell.yaml moved.yaml');
  await expect(page.getByTestId('file-moved.yaml')).toBeVisible();
  await expect(page.getByTestId('file-from-shell.yaml')).toHaveCount(0);
});

test('kubectl edit opens the live object in the editor and applies it on Save & close', async ({ page }) => {
  const rows = await openSandboxAtTenTimes(page);
  await typeLine(page, 'kubectl create deployment web --image=nginx:1.25');
  await expect(rows).toContainText('deployment.apps/web created');
  await waitForStudentPrompt(rows);
  await typeLine(page, 'kubectl edit deployment web');

  await expect(page.getByTestId('editor-pane')).toBeVisible();
  await expect(page.getByTestId('save-and-close')).toBeVisible();
  await expect(editorText(page)).toContainText('# Please edit the object below.', { timeout: MONACO_LOAD_MS });
  await expect(editorText(page)).toContainText('name: web');

  await page.locator('.monaco-editor .view-lines').click();
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('Control+f');
  await page.keyboard.type('replicas: 1');
  await page.keyboard.press('Escape');
  await page.keyboard.type('replicas: 3');
  await page.getByTestId('save-and-close').click();

  await expect(rows).toContainText('deployment.apps/web edited');
  await expect(page.getByTestId('save-and-close')).toHaveCount(0);
  await page.locator('.xterm').click();
  await typeLine(page, "kubectl get deployment web -o jsonpath='{.spec.replicas}{\"\\n\"}'");
  await waitForStudentPrompt(rows);
  const shown = (await rows.locator(':scope > div').allTextContents()).map((l) => l.replace(/\u00a0/g, ' ').trim());
  expect(shown).toContain('3');
});
