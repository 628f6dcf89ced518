// `whoami`: the session's user.

import type { CommandContext, CommandSpec } from '../types.ts';

function whoami(ctx: CommandContext): number {
  ctx.io.stdout.write(`${ctx.vars.get('USER') ?? 'root'}\n`);
  return 0;
}

export const WHOAMI: CommandSpec = { name: 'whoami', path: '/usr/bin/whoami', run: whoami };
