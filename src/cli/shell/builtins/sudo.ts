// `sudo COMMAND…`: runs the command as it is (the workstation has one user and no permissions to
// cross; the course's VMs grant the student passwordless sudo).

import type { CommandSpec } from '../types.ts';
import { withArgv } from './context.ts';

export const SUDO: CommandSpec = {
  name: 'sudo',
  path: '/usr/bin/sudo',
  run: (ctx) => {
    const argv = ctx.argv.slice(1);
    if (argv.length === 0) {
      ctx.io.stderr.write('usage: sudo -h | -K | -k | -V\nusage: sudo -v [-ABknS] [-g group] [-h host] [-p prompt] [-u user]\nusage: sudo -l [-ABknS] [-g group] [-h host] [-p prompt] [-U user] [-u user] [command]\nusage: sudo [-ABbEHknPS] [-r role] [-t type] [-C num] [-D directory] [-g group] [-h host] [-p prompt] [-R directory] [-T timeout] [-u user] [VAR=value] [-i|-s] [<command>]\nusage: sudo -e [-ABknS] [-r role] [-t type] [-C num] [-D directory] [-g group] [-h host] [-p prompt] [-R directory] [-T timeout] [-u user] file ...\n');
      return 1;
    }
    const program = ctx.lookup(argv[0]!);
    if (!program) {
      ctx.io.stderr.write(`sudo: ${argv[0]}: command not found\n`);
      return 1;
    }
    return program(withArgv(ctx, argv));
  },
};
