// Keystroke echo in the browser: a key given to the page's xterm until its echo is written, quiet or
// while the Worker works through a burst of `pods` pods (a Deployment created from the terminal at the
// highest speed on the cluster loaded before), and how long the burst takes to be all Running.

import type { Page } from '@playwright/test';
import { runningPods } from './browser-topology.ts';

/** What the echo measure needs of the page's xterm (exposed on `window.__kubelab.term`). */
interface EchoTerminal {
  input(data: string, wasUserInput: boolean): void;
  onWriteParsed(listener: () => void): { dispose(): void };
}

export interface Echoes {
  readonly samples: number[];
  /** The page reloaded before the last key (its watchdog found the Worker unresponsive). */
  readonly reloaded: boolean;
}

/** Wall time from a key given to the terminal until its echo has been written, per key, 20 ms apart. */
export async function echoLatencies(page: Page, count: number): Promise<Echoes> {
  const samples: number[] = [];
  for (let i = 0; i < count; i++) {
    try {
      samples.push(await page.evaluate(oneEcho, i % 2 === 0 ? 'x' : '\x7f'));
    } catch (error) {
      if (!String(error).includes('Execution context was destroyed')) throw error;
      return { samples, reloaded: true };
    }
  }
  return { samples, reloaded: false };
}

async function oneEcho(key: string): Promise<number> {
  const term = (window as unknown as { __kubelab?: { term?: EchoTerminal } }).__kubelab?.term;
  if (term === undefined) throw new Error('the terminal is not exposed');
  await new Promise((resolve) => setTimeout(resolve, 20));
  const start = performance.now();
  await new Promise<void>((resolve) => {
    const written = term.onWriteParsed(() => {
      written.dispose();
      resolve();
    });
    term.input(key, true);
  });
  return performance.now() - start;
}

export interface BurstEcho extends Echoes {
  /** Pods the topology showed Running when the last echo came back; undefined after a reload. */
  readonly runningAtEnd: number | undefined;
  /** Wall time from the command's Enter until the topology shows every pod Running; undefined after a reload. */
  readonly allRunningMs: number | undefined;
}

/** Creates a Deployment of `pods` busybox pods at speed 30, measures echo meanwhile, then waits for all Running. */
export async function burstEcho(page: Page, pods: number, keystrokes: number): Promise<BurstEcho> {
  await page.getByTestId('speed-30').click();
  await page.locator('.xterm').click();
  await page.keyboard.type(`kubectl create deployment burst --image=busybox --replicas=${pods} -- sleep 3600`);
  const start = await page.evaluate(() => performance.now());
  await page.keyboard.press('Enter');
  await page.locator('.xterm-rows').getByText('deployment.apps/burst created').waitFor({ timeout: 60_000 });
  const echoes = await echoLatencies(page, keystrokes);
  if (echoes.reloaded) return { ...echoes, runningAtEnd: undefined, allRunningMs: undefined };
  const runningAtEnd = await runningPods(page);
  const handle = await page.waitForFunction(
    (n) => document.querySelectorAll('[data-testid="topology-pod"][data-status="Running"]').length >= n && performance.now(),
    pods,
    { polling: 1_000, timeout: 900_000 },
  );
  return { ...echoes, runningAtEnd, allRunningMs: ((await handle.jsonValue()) as number) - start };
}
