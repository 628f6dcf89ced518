// `echo`: prints its arguments; `-n` drops the newline, `-e` decodes backslash escapes (bash's builtin).

import { decodeEscapes } from '../escapes.ts';
import type { CommandContext, CommandSpec } from '../types.ts';

function echo(ctx: CommandContext): number {
  const args = ctx.argv.slice(1);
  let newline = true;
  let escapes = false;
  while (args.length > 0 && /^-[neE]+$/.test(args[0] ?? '')) {
    for (const flag of (args.shift() ?? '').slice(1)) {
      if (flag === 'n') newline = false;
      else escapes = flag === 'e';
    }
  }
  const text = args.join(' ');
  if (!escapes) {
    ctx.io.stdout.write(newline ? `${text}\n` : text);
    return 0;
  }
  const decoded = decodeEscapes(text, 'echo');
  ctx.io.stdout.write(decoded.stopped || !newline ? decoded.text : `${decoded.text}\n`);
  return 0;
}

export const ECHO: CommandSpec = { name: 'echo', path: '/usr/bin/echo', run: echo };
