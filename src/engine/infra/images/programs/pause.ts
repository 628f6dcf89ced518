// The pause container (/pause): sleeps until a signal; SIGINT and SIGTERM end it cleanly. Mirrors
// kubernetes build/pause/linux/pause.c.

import type { ExternalProgram } from '../../process.ts';
import type { ProgramFactory } from './support.ts';

export const pauseProgram: ProgramFactory = (): ExternalProgram => ({
  start(args, sys) {
    if (args.includes('-v')) {
      sys.write(1, 'pause.c v3.10\n');
      return { status: { state: 'exited', code: 0 } };
    }
    return { status: { state: 'blocked' } };
  },
  signal(sig, _args, sys) {
    if (sig === 'SIGKILL') return 'ignore';
    sys.write(2, `Shutting down, got signal: ${sig === 'SIGINT' ? 'Interrupt' : 'Terminated'}\n`);
    return { exitAfterMs: 0, code: 0 };
  },
});
