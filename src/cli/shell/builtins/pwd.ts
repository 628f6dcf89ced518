// `pwd`: prints the working directory.

import type { CommandContext, CommandSpec } from '../types.ts';

function pwd(ctx: CommandContext): number {
  ctx.io.stdout.write(`${ctx.cwd}\n`);
  return 0;
}

export const PWD: CommandSpec = { name: 'pwd', path: '/usr/bin/pwd', run: pwd };
