// `touch`: creates empty files, or updates the modification time of existing ones (GNU coreutils).

import type { CommandContext, CommandSpec } from '../types.ts';
import { parseOrFail, usageError } from './args.ts';
import { errorText, printError, resolve } from './files.ts';

function touch(ctx: CommandContext): number {
  const args = parseOrFail(ctx, { flags: 'cam', long: { 'no-create': 'c' } });
  if (typeof args === 'number') return args;
  if (args.operands.length === 0) return usageError(ctx, 'missing file operand');
  let status = 0;
  for (const operand of args.operands) {
    const path = resolve(ctx, operand);
    const type = ctx.fs.stat(path)?.type;
    if (type === 'dir' || (type === undefined && args.flags.has('c'))) continue;
    try {
      ctx.fs.writeFile(path, type === 'file' ? ctx.fs.readFile(path) : '');
    } catch (error) {
      printError(ctx, `cannot touch '${operand}': ${errorText(error)}`);
      status = 1;
    }
  }
  return status;
}

export const TOUCH: CommandSpec = { name: 'touch', path: '/usr/bin/touch', run: touch };
