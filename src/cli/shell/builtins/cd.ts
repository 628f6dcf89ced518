// `cd`: changes the working directory; no operand means $HOME and `-` means $OLDPWD (bash's builtin).

import type { CommandContext, CommandSpec } from '../types.ts';
import { resolve } from './files.ts';

function fail(ctx: CommandContext, message: string): number {
  ctx.io.stderr.write(`bash: cd: ${message}\n`);
  return 1;
}

function cd(ctx: CommandContext): number {
  const args = ctx.argv.slice(1);
  if (args[0] === '--') args.shift();
  if (args.length > 1) return fail(ctx, 'too many arguments');
  const operand = args[0];
  const variable = operand === undefined ? 'HOME' : operand === '-' ? 'OLDPWD' : undefined;
  const target = variable === undefined ? operand : ctx.vars.get(variable);
  if (target === undefined) return fail(ctx, `${variable ?? ''} not set`);
  if (target === '') return 0;
  const path = resolve(ctx, target);
  const type = ctx.fs.stat(path)?.type;
  if (type === undefined) return fail(ctx, `${target}: No such file or directory`);
  if (type === 'file') return fail(ctx, `${target}: Not a directory`);
  ctx.setCwd(path);
  if (operand === '-') ctx.io.stdout.write(`${path}\n`);
  return 0;
}

export const CD: CommandSpec = { name: 'cd', run: cd };
