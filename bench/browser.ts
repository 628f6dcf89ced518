// The browser figures: the app built and served by `vite preview`, measured in Debian's Chromium
// through Playwright — initial JS (gzipped), time to the first prompt, keystroke echo latency, and the
// frame rate while the topology shows a Deployment of `pods` pods rolling out.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from '@playwright/test';
import { preview } from 'vite';
import type { Figure } from './table.ts';

const PORT = 4190;
const PROMPT = /student@workstation:~\$/;
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

export async function runBrowserBench(options: { readonly pods: number; readonly keystrokes: number }): Promise<Figure[]> {
  const outDir = mkdtempSync(join(tmpdir(), 'kubelab-bench-'));
  execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--outDir', outDir, '--logLevel', 'error'], { stdio: 'inherit' });
  const server = await preview({ preview: { port: PORT, strictPort: true, host: '127.0.0.1' }, build: { outDir }, logLevel: 'error' });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1600, height: 900 } });
    // tsx keeps function names with an `__name` helper that the page does not have.
    await page.addInitScript('globalThis.__name = (fn) => fn');
    const scripts = new Map<string, number>();
    page.on('response', (response) => {
      if (response.request().resourceType() !== 'script') return;
      void response.body().then((body) => scripts.set(response.url(), gzipSync(body, { level: 9 }).length), () => undefined);
    });
    await page.goto(`http://127.0.0.1:${PORT}/?seed=1&lang=en`);
    const promptMs = await firstPromptMs(page);
    const loadedKb = [...scripts.values()].reduce((a, b) => a + b, 0) / 1024;
    const initialKb = initialBundleBytes(outDir) / 1024;
    const echo = await echoLatencies(page, options.keystrokes);
    const fps = await rolloutFps(page, options.pods);
    return [
      { figure: 'browser: initial JS of the page (gzipped)', goalText: '≤ 170 KB', text: `${initialKb.toFixed(1)} KB`, ratio: initialKb / 170 },
      { figure: '  all JS fetched until the first prompt (Worker, terminal)', text: `${loadedKb.toFixed(1)} KB` },
      { figure: 'browser: time to the first prompt', goalMs: 1_000, ms: promptMs },
      { figure: `browser: keystroke echo, median of ${options.keystrokes}`, goalMs: 16, ms: percentile(echo, 0.5) },
      { figure: `browser: keystroke echo, 95th percentile`, goalMs: 16, ms: percentile(echo, 0.95) },
      { figure: `browser: frames per second, topology with ${options.pods} pods rolling out`, goalText: '≥ 55 fps', text: `${fps.toFixed(0)} fps`, ratio: 55 / Math.max(fps, 1) },
    ];
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
    rmSync(outDir, { recursive: true, force: true });
  }
}

/** The gzipped size of the scripts index.html loads itself (its module and the modules it preloads). */
function initialBundleBytes(outDir: string): number {
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  const paths = [...html.matchAll(/<(?:script[^>]+src|link[^>]+rel="modulepreload"[^>]+href)="\/([^"]+\.js)"/g)].map((m) => m[1]!);
  return paths.reduce((sum, path) => sum + gzipSync(readFileSync(join(outDir, path)), { level: 9 }).length, 0);
}

/** Milliseconds from navigation start until the prompt is on screen. */
async function firstPromptMs(page: Page): Promise<number> {
  const handle = await page.waitForFunction(
    (source) => new RegExp(source).test(document.querySelector('.xterm-rows')?.textContent ?? '') && performance.now(),
    PROMPT.source,
    { polling: 'raf', timeout: 30_000 },
  );
  return (await handle.jsonValue()) as number;
}

/** What the echo measure needs of the page's xterm (exposed on `window.__kubelab.term`). */
interface EchoTerminal {
  input(data: string, wasUserInput: boolean): void;
  onWriteParsed(listener: () => void): { dispose(): void };
}

/** Wall time from a key given to the terminal until its echo has been written, per key. */
async function echoLatencies(page: Page, count: number): Promise<number[]> {
  return page.evaluate(async (n) => {
    const hooks = (window as unknown as { __kubelab?: { term?: EchoTerminal } }).__kubelab;
    const term = hooks?.term;
    if (term === undefined) throw new Error('the terminal is not exposed');
    const samples: number[] = [];
    for (let i = 0; i < n; i++) {
      const start = performance.now();
      await new Promise<void>((resolve) => {
        const written = term.onWriteParsed(() => {
          written.dispose();
          resolve();
        });
        term.input(i % 2 === 0 ? 'x' : '\x7f', true);
      });
      samples.push(performance.now() - start);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return samples;
  }, count);
}

/** Frames per second over three seconds while a Deployment of `pods` pods rolls to a new image, the topology shown. */
async function rolloutFps(page: Page, pods: number): Promise<number> {
  await page.getByTestId('speed-10').click();
  await page.getByTestId('view-topology').click();
  await page.locator('.xterm').click();
  await page.keyboard.type(`kubectl create deployment big --image=nginx --replicas=${pods}\n`);
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid="topology-pod"]').length >= n, pods, { timeout: 60_000 });
  await page.keyboard.type('kubectl set image deployment big nginx=nginx:1.27\n');
  await page.waitForTimeout(500);
  return page.evaluate(async () => {
    let frames = 0;
    const start = performance.now();
    await new Promise<void>((resolve) => {
      const frame = (): void => {
        frames++;
        if (performance.now() - start < 3_000) requestAnimationFrame(frame);
        else resolve();
      };
      requestAnimationFrame(frame);
    });
    return frames / ((performance.now() - start) / 1_000);
  });
}

function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
}
