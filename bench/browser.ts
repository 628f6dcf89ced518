// The browser figures: the app built and served by `vite preview`, measured in Debian's Chromium
// through Playwright — initial JS (gzipped), time to the first prompt, keystroke echo latency (quiet and
// during a burst), the frame rate while the topology shows a Deployment rolling out, and sessions:
// import of a session file, save and restore of a named snapshot.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from '@playwright/test';
import { preview } from 'vite';
import { burstEcho, echoLatencies } from './browser-echo.ts';
import { freshPage, importSession, RELOADED, resumeAtLoad, saveAndRestore } from './browser-snapshot.ts';
import { buildSessionSnapshot } from './session-cluster.ts';
import { sessionFileText, MAX_SESSION_FILE_BYTES } from '../src/worker/host/session-file.ts';
import { RESTORE_GOAL_MS, SAVE_GOAL_MS } from './snapshot.ts';
import type { Figure } from './table.ts';

const PORT = 4190;
const PROMPT = /student@workstation:~\$/;
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

export interface BrowserBenchOptions {
  /** Pods of the rolling Deployment the topology shows. */
  readonly pods: number;
  readonly keystrokes: number;
  /** The snapshot figures' session file (imported, resumed, saved and restored) and the nodes and pods it holds. */
  readonly session: { readonly text: string; readonly nodes: number; readonly pods: number };
  /** Pods of the burst, made on a cluster of `session.nodes` empty nodes. */
  readonly burstPods: number;
}

export async function runBrowserBench(options: BrowserBenchOptions): Promise<Figure[]> {
  const outDir = mkdtempSync(join(tmpdir(), 'kubelab-bench-'));
  execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--outDir', outDir, '--logLevel', 'error'], { stdio: 'inherit' });
  // Written before the server starts: `vite preview` serves the files it found then.
  const files = {
    pods: file(outDir, 'bench-pods.json', options.session.text),
    nodes: file(outDir, 'bench-nodes.json', sessionFileText(buildSessionSnapshot({ nodes: options.session.nodes, pods: 0 }))),
  };
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
    const echo = (await echoLatencies(page, options.keystrokes)).samples;
    const fps = await rolloutFps(page, options.pods);
    const sessions = await sessionFigures(page, options, files);
    return [
      { figure: 'browser: initial JS of the page (gzipped)', goalText: '≤ 170 KB', text: `${initialKb.toFixed(1)} KB`, ratio: initialKb / 170 },
      { figure: '  all JS fetched until the first prompt (Worker, terminal)', text: `${loadedKb.toFixed(1)} KB` },
      { figure: 'browser: time to the first prompt', goalMs: 1_000, ms: promptMs },
      { figure: `browser: keystroke echo, median of ${options.keystrokes}`, goalMs: 16, ms: percentile(echo, 0.5) },
      { figure: `browser: keystroke echo, 95th percentile`, goalMs: 16, ms: percentile(echo, 0.95) },
      { figure: `browser: frames per second, topology with ${options.pods} pods rolling out`, goalText: '≥ 55 fps', text: `${fps.toFixed(0)} fps`, ratio: 55 / Math.max(fps, 1) },
      ...sessions,
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

/**
 * The session figures: the import of the snapshot figures' file (when under the app's cap); the same
 * session resumed at page load, saved as a named snapshot and restored (clock paused); then a cluster
 * of empty nodes imported and a burst of `burstPods` made on it, echo measured meanwhile.
 */
async function sessionFigures(page: Page, options: BrowserBenchOptions, files: { readonly pods: string; readonly nodes: string }): Promise<Figure[]> {
  const { session, burstPods } = options;
  const count = (n: number): string => n.toLocaleString('en-US');
  const pods = count(session.pods);
  const sizeMb = session.text.length / 2 ** 20;
  const importRow: Figure = session.text.length > MAX_SESSION_FILE_BYTES
    ? { figure: `browser: import of a ${pods}-pod session file`, goalMs: RESTORE_GOAL_MS, text: `refused: ${sizeMb.toFixed(0)} MB > ${MAX_SESSION_FILE_BYTES / 2 ** 20} MB cap` }
    : { figure: `browser: import of a ${pods}-pod session file (${sizeMb.toFixed(1)} MB)`, goalMs: RESTORE_GOAL_MS, ms: await importSession(page, files.pods, session) };
  const resumeMs = await resumeAtLoad(page, `/${basename(files.pods)}`, session);
  const kept = await saveAndRestore(page, session);

  await freshPage(page);
  await importSession(page, files.nodes, { nodes: session.nodes, pods: 0 });
  const burst = await burstEcho(page, burstPods, options.keystrokes);
  const burstRows: Figure[] = burst.reloaded
    ? [{ figure: '  the page reloaded (its watchdog: the Worker missed two pings) after keystroke', text: `${burst.samples.length + 1}/${options.keystrokes}` }]
    : [
        { figure: '  pods Running when the last echo came back', text: `${count(burst.runningAtEnd ?? 0)}/${count(burstPods)}` },
        { figure: `  burst until all Running (speed 30, ${count(session.nodes)} nodes)`, ms: burst.allRunningMs ?? 0 },
      ];
  return [
    importRow,
    { figure: `browser: resume of the ${pods}-pod session at page load (until shown)`, ms: resumeMs },
    { figure: `browser: save a named snapshot of ${pods} pods (until listed)`, goalMs: SAVE_GOAL_MS, ...measured(kept.saveMs) },
    { figure: '  saveSnapshot on the Worker API alone', ...measured(typeof kept.calls === 'object' ? kept.calls.saveCallMs : kept.calls) },
    { figure: 'browser: restore it (until the topology shows it back)', goalMs: RESTORE_GOAL_MS, ...measured(kept.restoreMs) },
    { figure: '  restoreSnapshot on the Worker API alone', ...measured(typeof kept.calls === 'object' ? kept.calls.restoreCallMs : kept.calls) },
    { figure: `browser: keystroke echo during a ${count(burstPods)}-pod burst, median of ${burst.samples.length}`, goalMs: 16, ms: percentile(burst.samples, 0.5) },
    { figure: '  95th percentile', goalMs: 16, ms: percentile(burst.samples, 0.95) },
    ...burstRows,
  ];
}

/** A figure's measure: its ms, or why there is none (the page reloaded, or an earlier step did). */
function measured(ms: number | typeof RELOADED | undefined): { ms: number } | { text: string } {
  if (typeof ms === 'number') return { ms };
  return { text: ms === RELOADED ? 'page reloaded by its watchdog' : 'not measured' };
}

/** Writes `text` to `dir/name` (the page picks session files from disk or fetches them); returns the path. */
function file(dir: string, name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
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
