// What the e2e tests share: opening the sandbox at 10× speed and typing into its terminal as a
// student does, reading the screen, and retrying `kubectl get` until a row shows up.

import { expect, type Locator, type Page } from '@playwright/test';

export const STUDENT_PROMPT = /^student@workstation:\S*\$$/;
export const BOOT_TIMEOUT_MS = 20_000;

export async function openSandboxAtTenTimes(page: Page): Promise<Locator> {
  await page.goto('/?seed=1');
  // Boot takes a few seconds on a busy two-core machine: the Worker's bundle and the cluster's creation.
  await expect(page.locator('.app')).toHaveAttribute('data-status', 'ready', { timeout: BOOT_TIMEOUT_MS });
  const rows = page.locator('.xterm-rows');
  await expect(rows).toContainText(/@\S+:\S*[$#]/, { timeout: BOOT_TIMEOUT_MS });
  await page.getByTestId('speed-10').click();
  await expect(page.getByTestId('speed-10')).toHaveAttribute('aria-pressed', 'true');
  await page.locator('.xterm').click();
  return rows;
}

export async function typeLine(page: Page, line: string): Promise<void> {
  await page.keyboard.type(line);
  await page.keyboard.press('Enter');
}

/** The last non-blank row on screen, without its trailing blanks (the cursor cell renders as one). */
export async function lastLine(rows: Locator): Promise<string> {
  const lines = await rows.locator(':scope > div').allTextContents();
  const shown = lines.map((line) => line.replace(/\u00a0/g, ' ').trimEnd()).filter((line) => line !== '');
  return shown.at(-1) ?? '';
}

export async function waitForStudentPrompt(rows: Locator): Promise<void> {
  await expect.poll(() => lastLine(rows), { timeout: 10_000 }).toMatch(STUDENT_PROMPT);
}

/** `kubectl get pods` (or `command`) again and again until a row matches, as a student would; the prompt marks the end. */
export async function getPodsUntil(page: Page, rows: Locator, row: RegExp, command = 'kubectl get pods'): Promise<void> {
  await expect(async () => {
    await typeLine(page, command);
    await waitForStudentPrompt(rows);
    await expect(rows).toContainText(row, { timeout: 200 });
  }).toPass({ timeout: 30_000, intervals: [250] });
}
