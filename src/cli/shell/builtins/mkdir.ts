// `mkdir`: creates directories; `-p` creates parents and accepts existing ones (GNU coreutils).

import type { CommandContext, CommandSpec } from '../types.ts';
import { parseOrFail, usageError } from './args.ts';
import { errorText, printError, resolve } from './files.ts';

function mkdir(ctx: CommandContext): number {
  const args = parseOrFail(ctx, { flags: 'pv', long: { parents: 'p', verbose: 'v' } });
  if (typeof args === 'number') return args;
  if (args.operands.length === 0) return usageError(ctx, 'missing operand');
  const parents = args.flags.has('p');
  let status = 0;
  for (const operand of args.operands) {
    try {
      ctx.fs.mkdir(resolve(ctx, operand), { parents });
      if (args.flags.has('v')) ctx.io.stdout.write(`mkdir: created directory '${operand}'\n`);
    } catch (error) {
      printError(ctx, `cannot create directory '${operand}': ${errorText(error)}`);
      status = 1;
    }
  }
  return status;
}

export const MKDIR: CommandSpec = { name: 'mkdir', path: '/usr/bin/mkdir', run: mkdir };
