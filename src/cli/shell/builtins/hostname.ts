// `hostname`: the machine's name.

import type { CommandContext, CommandSpec } from '../types.ts';

function hostname(ctx: CommandContext): number {
  ctx.io.stdout.write(`${ctx.vars.get('HOSTNAME') ?? 'localhost'}\n`);
  return 0;
}

export const HOSTNAME: CommandSpec = { name: 'hostname', path: '/usr/bin/hostname', run: hostname };
