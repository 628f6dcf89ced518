// `env`: prints the exported variables; `env NAME=VALUE... COMMAND` runs a program with more of them.

import { EXIT_STATUS } from '../exit-status.ts';
import { OverlayVariables } from '../exec/variables.ts';
import type { CommandContext, CommandResult, CommandSpec } from '../types.ts';
import { withArgv } from './context.ts';

function env(ctx: CommandContext): CommandResult {
  const args = ctx.argv.slice(1);
  const assignments: Array<readonly [string, string]> = [];
  while (args[0] !== undefined && /^[^=]+=/.test(args[0])) {
    const arg = args.shift() ?? '';
    const equals = arg.indexOf('=');
    assignments.push([arg.slice(0, equals), arg.slice(equals + 1)]);
  }
  const vars = assignments.length === 0 ? ctx.vars : new OverlayVariables(ctx.vars, assignments);
  const [name, ...rest] = args;
  if (name === undefined) {
    ctx.io.stdout.write(vars.exported().map(([key, value]) => `${key}=${value}\n`).join(''));
    return 0;
  }
  const program = ctx.lookup(name);
  if (program === undefined) {
    ctx.io.stderr.write(`env: '${name}': No such file or directory\n`);
    return EXIT_STATUS.notFound;
  }
  return program(withArgv(ctx, [name, ...rest], vars));
}

export const ENV: CommandSpec = { name: 'env', path: '/usr/bin/env', run: env };
