// `export [-n] [NAME[=VALUE]]...`: marks variables for programs' environment; without names
// prints them as `declare -x NAME="VALUE"` (bash's builtin).

import type { CommandContext, CommandSpec } from '../types.ts';
import { isValidName } from './identifiers.ts';

function quoteValue(value: string): string {
  return `"${value.replace(/["\\$`]/g, '\\$&')}"`;
}

function printExports(ctx: CommandContext): number {
  const sorted = [...ctx.vars.exported()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  ctx.io.stdout.write(sorted.map(([name, value]) => `declare -x ${name}=${quoteValue(value)}\n`).join(''));
  return 0;
}

function exportBuiltin(ctx: CommandContext): number {
  const args = ctx.argv.slice(1);
  let unexport = false;
  while (args[0] === '-n' || args[0] === '-p' || args[0] === '--') unexport = args.shift() === '-n' || unexport;
  if (args.length === 0) return printExports(ctx);
  let status = 0;
  for (const arg of args) {
    const equals = arg.indexOf('=');
    const name = equals === -1 ? arg : arg.slice(0, equals);
    if (!isValidName(name)) {
      ctx.io.stderr.write(`bash: export: \`${arg}': not a valid identifier\n`);
      status = 1;
      continue;
    }
    const value = equals === -1 ? ctx.vars.get(name) : arg.slice(equals + 1);
    if (value !== undefined) ctx.vars.set(name, value, !unexport);
  }
  return status;
}

export const EXPORT: CommandSpec = { name: 'export', run: exportBuiltin };
