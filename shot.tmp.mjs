import { chromium } from '@playwright/test';
import { preview } from 'vite';
const server = await preview({ preview: { port: 4193, strictPort: true, host: '127.0.0.1' }, build: { outDir: '/tmp/dist-lead' }, logLevel: 'error' });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 1600, height: 900 }, locale: 'fr-FR' });
await page.goto('http://127.0.0.1:4193/?seed=1');
await page.waitForFunction(() => /student@workstation:~\$/.test(document.querySelector('.xterm-rows')?.textContent ?? ''), null, { timeout: 30000 });
await page.getByTestId('speed-10').click();
await page.locator('.xterm').click();
await page.keyboard.type('kubectl create deployment web --image=nginx --replicas=3\n');
for (let i = 0; i < 6; i++) {
  await page.waitForTimeout(1000);
  console.log(await page.evaluate(() => { const el = document.querySelector('[data-testid="activity-feed"]'); if (!el) return 'none'; const rows = el.querySelectorAll('li'); return `gap=${(el.scrollHeight - el.scrollTop - el.clientHeight).toFixed(0)} rows=${rows.length} last=${rows[rows.length-1]?.textContent?.slice(0,60)}`; }));
}
await browser.close(); server.httpServer.close();
