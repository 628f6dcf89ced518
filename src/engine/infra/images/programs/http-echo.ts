// hashicorp/http-echo: `-text=…` is what it answers on every path (with a newline), on
// `-listen=:5678` by default; it logs that it listens and each request, and stops on SIGTERM.
// Mirrors http-echo 1.0's flags and log lines.

import type { ExternalProgram } from '../../process.ts';
import { slashTime } from '../time-format.ts';
import type { CatalogueImage } from '../types.ts';
import { flagValue, type ProgramFactory } from './support.ts';

const DEFAULT_ECHO_LISTEN = ':5678';

export const httpEchoProgram: ProgramFactory = (image: CatalogueImage): ExternalProgram => ({
  start(args, sys) {
    if (args.includes('-version') || args.includes('--version')) {
      sys.write(1, `http-echo v${image.version}\n`);
      return { status: { state: 'exited', code: 0 } };
    }
    if (flagValue(args, 'text') === undefined) {
      sys.write(2, 'Missing -text option!\n');
      return { status: { state: 'exited', code: 127 } };
    }
    const listen = flagValue(args, 'listen') ?? DEFAULT_ECHO_LISTEN;
    sys.write(2, `${slashTime(sys.nowMs())} [INFO] server is listening on ${listen}\n`);
    return { status: { state: 'blocked' } };
  },
  signal(sig, _args, sys) {
    if (sig === 'SIGKILL') return 'ignore';
    sys.write(2, `${slashTime(sys.nowMs())} [INFO] received interrupt, shutting down...\n`);
    return { exitAfterMs: 5, code: 0 };
  },
});

/** The port `-listen=[host]:port` binds. */
export function httpEchoPort(args: readonly string[]): number {
  const listen = flagValue(args, 'listen') ?? DEFAULT_ECHO_LISTEN;
  return Number(listen.slice(listen.lastIndexOf(':') + 1));
}
