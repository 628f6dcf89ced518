// `history [N]`: the session's command lines, numbered as bash numbers them (bash's builtin).

import type { CommandContext, CommandSpec } from '../types.ts';

function fail(ctx: CommandContext, message: string): number {
  ctx.io.stderr.write(`bash: history: ${message}\n`);
  return 1;
}

function history(ctx: CommandContext): number {
  const args = ctx.argv.slice(1);
  if (args.length > 1) return fail(ctx, 'too many arguments');
  const limit = args[0];
  if (limit !== undefined && !/^[0-9]+$/.test(limit)) return fail(ctx, `${limit}: numeric argument required`);
  const all = ctx.history;
  const start = limit === undefined ? 0 : Math.max(all.length - Number(limit), 0);
  const lines = all.slice(start).map((line, i) => `${String(start + i + 1).padStart(5)}  ${line}\n`);
  ctx.io.stdout.write(lines.join(''));
  return 0;
}

export const HISTORY: CommandSpec = { name: 'history', run: history };
