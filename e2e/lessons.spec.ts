// The lesson player, end to end: a student completes a lesson in the browser (open-in-editor,
// click-to-run, a quiz, checks turning green) and finds the progress after a reload; a trainer in
// projector mode sees the trainer notes and resets the lesson; a failing check explains itself in
// the student's language.

import { expect, test, type Page } from '@playwright/test';
import { openSandboxAtTenTimes, typeLine, waitForStudentPrompt } from './support.ts';

const LESSON = 'j2-deployment';
const CHECK_TIMEOUT_MS = 30_000;
const MONACO_LOAD_MS = 30_000;

const check = (page: Page, id: string) => page.locator(`[data-testid="lesson-check"][data-check-id="${id}"]`);

async function startLesson(page: Page): Promise<void> {
  await page.locator(`[data-testid="lesson-item"][data-lesson-id="${LESSON}"]`).click();
  await expect(page.getByTestId('lesson-view')).toHaveAttribute('data-lesson-id', LESSON, { timeout: CHECK_TIMEOUT_MS });
  await expect(page.getByTestId('lesson-step')).toHaveAttribute('data-step-id', 'create');
}

test('a student completes a lesson: editor, click-to-run, quiz, green checks, progress kept after a reload', async ({ page }) => {
  const rows = await openSandboxAtTenTimes(page);
  await expect(page.getByTestId('lesson-catalogue')).toContainText('Jour 2');
  await startLesson(page);
  await expect(check(page, 'exists')).toHaveAttribute('data-state', 'fail');

  await page.getByTestId('lesson-open-file').click();
  await expect(page.getByTestId('editor-pane')).toBeVisible();
  await expect(page.locator('.monaco-editor .view-lines')).toContainText('kind: Deployment', { timeout: MONACO_LOAD_MS });

  await page.getByTestId('lesson-run').first().click();
  await expect(rows).toContainText('deployment.apps/frontend created');
  for (const id of ['exists', 'image', 'available']) await expect(check(page, id)).toHaveAttribute('data-state', 'pass', { timeout: CHECK_TIMEOUT_MS });
  await expect(page.getByTestId('lesson-step-complete')).toBeVisible();

  await page.getByTestId('lesson-next').click();
  await expect(page.getByTestId('lesson-step')).toHaveAttribute('data-step-id', 'chain');
  await page.locator('[data-testid="lesson-quiz-option"][value="a"]').check();
  await page.getByTestId('lesson-quiz-check').click();
  await expect(page.getByTestId('lesson-quiz-verdict')).toContainText('Pas tout à fait');
  await expect(check(page, 'chain')).toHaveAttribute('data-state', 'fail');
  await page.locator('[data-testid="lesson-quiz-option"][value="a"]').uncheck();
  await page.locator('[data-testid="lesson-quiz-option"][value="b"]').check();
  await page.getByTestId('lesson-quiz-check').click();
  await expect(page.getByTestId('lesson-quiz-verdict')).toContainText('Juste');
  await expect(check(page, 'chain')).toHaveAttribute('data-state', 'pass');

  await page.getByTestId('lesson-next').click();
  await expect(page.getByTestId('lesson-step')).toHaveAttribute('data-step-id', 'scale');
  await page.getByTestId('lesson-run').first().click();
  for (const id of ['replicas', 'running']) await expect(check(page, id)).toHaveAttribute('data-state', 'pass', { timeout: CHECK_TIMEOUT_MS });
  await expect(page.getByTestId('lesson-step-complete')).toBeVisible();

  await page.reload();
  await expect(page.getByTestId('lesson-step')).toHaveAttribute('data-step-id', 'scale', { timeout: CHECK_TIMEOUT_MS });
  await expect(page.locator('[data-testid="lesson-step-link"][data-done="true"]')).toHaveCount(3);
  await page.getByTestId('lesson-back').click();
  await expect(page.locator(`[data-testid="lesson-item"][data-lesson-id="${LESSON}"]`)).toHaveAttribute('data-done', '3');
  await expect(page.locator(`[data-testid="lesson-item"][data-lesson-id="${LESSON}"]`)).toContainText('Leçon terminée');
});

test('a trainer in projector mode sees the trainer notes and resets the lesson', async ({ page }) => {
  await openSandboxAtTenTimes(page);
  await startLesson(page);
  await expect(page.getByTestId('lesson-trainer')).toHaveCount(0);
  await page.getByTestId('projector').click();
  await expect(page.getByTestId('lesson-trainer')).toContainText('etcd');

  await page.getByTestId('lesson-do-it').click();
  await expect(check(page, 'available')).toHaveAttribute('data-state', 'pass', { timeout: CHECK_TIMEOUT_MS });
  await page.getByTestId('lesson-next').click();
  await expect(page.getByTestId('lesson-step')).toHaveAttribute('data-step-id', 'chain');

  await page.getByTestId('lesson-reset').click();
  await page.getByTestId('lesson-reset-confirm').click();
  await expect(page.getByTestId('lesson-step')).toHaveAttribute('data-step-id', 'create', { timeout: CHECK_TIMEOUT_MS });
  await expect(check(page, 'exists')).toHaveAttribute('data-state', 'fail');
  await expect(check(page, 'exists').getByTestId('lesson-check-detail')).toContainText('introuvable');
});

test('a failing check says what differs, in French and in English', async ({ page }) => {
  const rows = await openSandboxAtTenTimes(page);
  await startLesson(page);
  await page.locator('.xterm').click();
  await typeLine(page, 'kubectl create deployment frontend --image=nginx --replicas=3');
  await waitForStudentPrompt(rows);
  const image = check(page, 'image');
  await expect(check(page, 'exists')).toHaveAttribute('data-state', 'pass', { timeout: CHECK_TIMEOUT_MS });
  await expect(image).toHaveAttribute('data-state', 'fail');
  await expect(image.getByTestId('lesson-check-detail')).toContainText('trouvé nginx, attendu nginx:1.14.2');
  await page.locator('.language-switch').click();
  await expect(image.getByTestId('lesson-check-detail')).toContainText('found nginx, expected nginx:1.14.2');
  await expect(image).toContainText('image');
  await expect(page.getByTestId('lesson-next')).toContainText('Next');
});
