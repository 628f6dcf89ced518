// Renders the app icon (public/favicon.svg) to the PNG sizes the web manifest lists, with the
// Chromium that Playwright drives. Run after changing the SVG: `npx tsx scripts/render-icons.ts`.

import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';

const SVG_PATH = new URL('../public/favicon.svg', import.meta.url);
const SIZES_PX = [192, 512] as const;

const svg = readFileSync(SVG_PATH, 'utf8');
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
try {
  for (const size of SIZES_PX) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const dataUrl = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
    await page.setContent(`<body style="margin:0"><img src="${dataUrl}" width="${size}" height="${size}"></body>`);
    await page.locator('img').evaluate((img) => (img as unknown as { decode(): Promise<void> }).decode());
    const path = new URL(`../public/icon-${size}.png`, import.meta.url).pathname;
    await page.screenshot({ path, omitBackground: true });
    await page.close();
  }
} finally {
  await browser.close();
}
