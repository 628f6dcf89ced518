// The display as a student and a teacher meet it: accessibility (axe), projector mode and font
// size that survive a reload, focus layouts, the help overlay, the language from the browser, and
// the header at a projector's 1280×720 and on a 2560-wide screen.

import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

/** Booting the cluster in the Worker; a busy machine (several builds at once) needs more than the default. */
const BOOT_MS = 30_000;
/** Panes resize on the next frames; a busy machine drops frames. */
const LAYOUT_MS = 10_000;

async function openApp(page: Page, path = '/?seed=1'): Promise<void> {
  await page.goto(path);
  await expect(page.locator('.app')).toHaveAttribute('data-status', 'ready', { timeout: BOOT_MS });
  await expect(page.locator('.xterm-rows')).toContainText(/@\S+:\S*[$#]/, { timeout: BOOT_MS });
}

async function seriousAxeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

function watchConsole(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => { if (message.type() === 'error') problems.push(message.text()); });
  page.on('pageerror', (error) => problems.push(error.message));
  return problems;
}

/** The header fits the window: nothing sticks out to the right or scrolls sideways. */
async function headerOverflow(page: Page): Promise<string[]> {
  return page.locator('.header-bar').evaluate((header) => {
    const right = header.getBoundingClientRect().right;
    const outside = [...header.querySelectorAll('*')].filter((element) => element.getBoundingClientRect().right > right + 0.5);
    const names = outside.map((element) => element.getAttribute('data-testid') ?? element.className ?? element.tagName);
    if (header.scrollWidth > header.clientWidth) names.push('header scrolls sideways');
    if (document.documentElement.scrollWidth > window.innerWidth) names.push('page scrolls sideways');
    return names.map(String);
  });
}

test('axe finds no serious violations on the app, in projector mode, and with the help open', async ({ page }) => {
  await openApp(page);
  expect(await seriousAxeViolations(page)).toEqual([]);
  await page.getByTestId('projector').click();
  expect(await seriousAxeViolations(page)).toEqual([]);
  await page.getByTestId('help').click();
  await expect(page.getByRole('dialog')).toBeVisible();
  expect(await seriousAxeViolations(page)).toEqual([]);
});

test('font size and projector mode change the page and survive a reload', async ({ page }) => {
  const problems = watchConsole(page);
  await openApp(page);
  const root = page.locator('html');
  const header = page.locator('.header-bar');
  await expect(header).toHaveCSS('font-size', '13px');

  await page.getByTestId('font-bigger').click();
  await page.getByTestId('font-bigger').click();
  await expect(header).toHaveCSS('font-size', '17px');
  await expect(page.locator('.view-tab').first()).toHaveCSS('font-size', '17px');

  await page.getByTestId('projector').click();
  await expect(page.getByTestId('projector')).toHaveAttribute('aria-pressed', 'true');
  await expect(root).toHaveAttribute('data-projector', 'true');
  await expect(page.locator('body')).toHaveCSS('background-color', 'rgb(0, 0, 0)');
  await expect(header).toHaveCSS('font-size', '19px');

  await page.reload();
  await expect(page.locator('.app')).toHaveAttribute('data-status', 'ready', { timeout: BOOT_MS });
  await expect(root).toHaveAttribute('data-projector', 'true');
  await expect(header).toHaveCSS('font-size', '19px');

  await page.getByTestId('projector').click();
  await expect(root).not.toHaveAttribute('data-projector', /.*/);
  await page.getByTestId('font-smaller').click();
  await expect(header).toHaveCSS('font-size', '17px');
  expect(problems).toEqual([]);
});

test('the display shortcuts work from the terminal', async ({ page }) => {
  await openApp(page);
  await page.locator('.xterm').click();
  await page.keyboard.press('Alt+Equal');
  await expect(page.locator('.header-bar')).toHaveCSS('font-size', '15px');
  await page.keyboard.press('Alt+Minus');
  await expect(page.locator('.header-bar')).toHaveCSS('font-size', '13px');
  await page.keyboard.press('Shift+Alt+KeyP');
  await expect(page.locator('html')).toHaveAttribute('data-projector', 'true');
});

test('focus layouts show the terminal alone, with the topology, or everything', async ({ page }) => {
  await openApp(page);
  const width = async (id: string): Promise<number> => (await page.getByTestId(id).boundingBox())?.width ?? 0;
  const height = async (id: string): Promise<number> => (await page.getByTestId(id).boundingBox())?.height ?? 0;

  await page.getByTestId('view-editor').click();
  await page.getByTestId('layout-terminal').click();
  await expect.poll(() => width('lesson'), { timeout: LAYOUT_MS }).toBeLessThan(2);
  await expect.poll(() => width('side'), { timeout: LAYOUT_MS }).toBeLessThan(2);
  await expect.poll(() => height('stage'), { timeout: LAYOUT_MS }).toBeLessThan(2);
  await expect(page.locator('.xterm')).toBeVisible();

  await page.getByTestId('layout-topology').click();
  await expect.poll(() => height('stage'), { timeout: LAYOUT_MS }).toBeGreaterThan(100);
  await expect(page.getByTestId('view-topology')).toHaveAttribute('aria-selected', 'true');
  expect(await width('lesson')).toBeLessThan(2);

  await page.getByTestId('layout-everything').click();
  await expect.poll(() => width('lesson'), { timeout: LAYOUT_MS }).toBeGreaterThan(100);
  await expect.poll(() => width('side'), { timeout: LAYOUT_MS }).toBeGreaterThan(100);
});

test('the help overlay opens with F1 and ?, lists the shortcuts in the chosen language, and closes with Esc', async ({ page }) => {
  const problems = watchConsole(page);
  await openApp(page, '/?seed=1&lang=en');
  await page.locator('.xterm').click();
  await page.keyboard.press('F1');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toHaveAttribute('aria-modal', 'true');
  await expect(dialog).toContainText('Pause or resume virtual time');
  await expect(dialog).toContainText('Open a new terminal');
  await expect(dialog.locator('kbd', { hasText: 'Shift' }).first()).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.locator('.xterm-helper-textarea')).toBeFocused();

  await page.keyboard.type('?');
  await expect(page.getByRole('dialog')).toBeHidden();

  await page.getByRole('button', { name: 'Français' }).click();
  await page.locator('.brand').click();
  await page.keyboard.press('?');
  const french = page.getByRole('dialog', { name: 'Raccourcis clavier' });
  await expect(french).toBeVisible();
  await expect(french).toContainText('Mettre en pause ou reprendre le temps virtuel');
  await expect(french.locator('kbd', { hasText: 'Maj' }).first()).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(french).toBeHidden();
  expect(problems).toEqual([]);
});

test.describe('in an English browser', () => {
  test.use({ locale: 'en-US' });

  test('the labels follow the browser, and the switch is remembered over it', async ({ page }) => {
    await openApp(page, '/');
    await expect(page.getByRole('group', { name: 'Speed' })).toBeVisible();
    await page.getByRole('button', { name: 'Français' }).click();
    await openApp(page, '/');
    await expect(page.getByRole('group', { name: 'Vitesse' })).toBeVisible();
  });
});

for (const viewport of [{ width: 1280, height: 720 }, { width: 2560, height: 1440 }]) {
  test(`the header fits at ${viewport.width}×${viewport.height}, in both languages and in projector mode`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await openApp(page);
    expect(await headerOverflow(page)).toEqual([]);
    await page.getByRole('button', { name: 'English' }).click();
    expect(await headerOverflow(page)).toEqual([]);
    await page.getByTestId('projector').click();
    expect(await headerOverflow(page)).toEqual([]);
    const headerHeight = (await page.locator('.header-bar').boundingBox())?.height ?? 0;
    expect(headerHeight).toBeLessThan(viewport.height / 6);
    await expect(page.locator('.xterm')).toBeVisible();
  });
}
