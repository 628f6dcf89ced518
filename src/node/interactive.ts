// The interactive `kubelab` shell on a real terminal: raw keys go to the sandbox's line editor, and
// virtual time follows the wall clock (the Node counterpart of the browser's clock driver).

import { createSandbox } from '../worker/host/sandbox.ts';
import type { CliOptions } from './args.ts';

const TICK_MS = 50;

export function runInteractive(options: CliOptions): Promise<number> {
  const host = createSandbox({ seed: options.seed, profile: options.profile });
  host.subscribe((e) => {
    if (e.type === 'output') process.stdout.write(e.data);
  });
  const session = host.openSession();
  let last = performance.now();
  const timer = setInterval(() => {
    const now = performance.now();
    host.tick(now - last);
    last = now;
  }, TICK_MS);
  process.stdin.setRawMode(true);
  process.stdin.setEncoding('utf8');
  return new Promise((resolve) => {
    process.stdin.on('data', (data: string) => {
      if (data === '\x04') {
        clearInterval(timer);
        process.stdin.setRawMode(false);
        process.stdout.write('exit\r\n');
        process.stdin.pause();
        resolve(0);
        return;
      }
      host.sendKeys(session, data);
    });
  });
}
