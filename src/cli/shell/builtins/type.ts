// `type [-t] NAME...`: says how bash would run each name (bash's builtin).

import type { CommandContext, CommandSpec } from '../types.ts';
import { SHELL_BUILTIN_NAMES } from './shell-builtins.ts';

function describe(ctx: CommandContext, name: string, terse: boolean): string | undefined {
  const spec = ctx.findCommand?.(name);
  if (spec === undefined) return undefined;
  if (SHELL_BUILTIN_NAMES.has(name) || spec.path === undefined) return terse ? 'builtin' : `${name} is a shell builtin`;
  return terse ? 'file' : `${name} is ${spec.path}`;
}

function type(ctx: CommandContext): number {
  const args = ctx.argv.slice(1);
  const terse = args[0] === '-t';
  if (terse) args.shift();
  let status = 0;
  for (const name of args) {
    const text = describe(ctx, name, terse);
    if (text !== undefined) ctx.io.stdout.write(`${text}\n`);
    else {
      if (!terse) ctx.io.stderr.write(`bash: type: ${name}: not found\n`);
      status = 1;
    }
  }
  return status;
}

export const TYPE: CommandSpec = { name: 'type', run: type };
