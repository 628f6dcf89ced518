// `which NAME...`: prints where each program is installed; exits 1 when any is missing.

import type { CommandContext, CommandSpec } from '../types.ts';

function which(ctx: CommandContext): number {
  let status = 0;
  for (const name of ctx.argv.slice(1)) {
    const path = ctx.findCommand?.(name)?.path;
    if (path === undefined) status = 1;
    else ctx.io.stdout.write(`${path}\n`);
  }
  return status;
}

export const WHICH: CommandSpec = { name: 'which', path: '/usr/bin/which', run: which };
