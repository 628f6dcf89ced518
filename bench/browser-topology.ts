// What the browser figures read off the page: the topology's accessible list of nodes and pods, which
// the app renders from the same view as the canvas — "the app shows the cluster" means this list does.

import type { Page } from '@playwright/test';

const POD = '[data-testid="topology-pod"]';

/** Pods the topology shows Running now. */
export function runningPods(page: Page): Promise<number> {
  return page.evaluate((pod) => document.querySelectorAll(`${pod}[data-status="Running"]`).length, POD);
}

/**
 * Waits until the topology shows `nodes` nodes and `pods` Running pods, and no pod named `absent`;
 * returns the page's `performance.now()` at the first animation frame where it does.
 */
export async function shownAt(page: Page, want: { readonly nodes: number; readonly pods: number; readonly absent?: string }, timeout = 300_000): Promise<number> {
  const handle = await page.waitForFunction(
    ({ pod, nodes, pods, absent }) => {
      if (document.querySelectorAll('[data-testid="topology-node"]').length !== nodes) return false;
      if (absent !== '' && document.querySelector(`${pod}[data-name="${absent}"]`) !== null) return false;
      return document.querySelectorAll(`${pod}[data-status="Running"]`).length === pods && performance.now();
    },
    { pod: POD, nodes: want.nodes, pods: want.pods, absent: want.absent ?? '' },
    { polling: 'raf', timeout },
  );
  return (await handle.jsonValue()) as number;
}
