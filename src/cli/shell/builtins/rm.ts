// `rm`: removes files, and directories with `-r`; `-f` ignores missing operands (GNU coreutils).

import type { CommandContext, CommandSpec } from '../types.ts';
import { parseOrFail, usageError } from './args.ts';
import { errorText, printError, resolve } from './files.ts';

interface RmOptions {
  readonly recursive: boolean;
  readonly force: boolean;
  readonly verbose: boolean;
}

function removeOne(ctx: CommandContext, operand: string, options: RmOptions): boolean {
  const path = resolve(ctx, operand);
  const base = operand.replace(/\/+$/, '').split('/').at(-1);
  if (base === '.' || base === '..') {
    printError(ctx, `refusing to remove '.' or '..' directory: skipping '${operand}'`);
    return false;
  }
  if (path === '/' && options.recursive) {
    printError(ctx, "it is dangerous to operate recursively on '/'");
    printError(ctx, 'use --no-preserve-root to override this failsafe');
    return false;
  }
  const type = ctx.fs.stat(path)?.type;
  if (type === undefined) {
    if (!options.force) printError(ctx, `cannot remove '${operand}': No such file or directory`);
    return options.force;
  }
  if (type === 'dir' && !options.recursive) {
    printError(ctx, `cannot remove '${operand}': Is a directory`);
    return false;
  }
  try {
    ctx.fs.remove(path, { recursive: options.recursive });
  } catch (error) {
    printError(ctx, `cannot remove '${operand}': ${errorText(error)}`);
    return false;
  }
  if (options.verbose) ctx.io.stdout.write(`removed ${type === 'dir' ? 'directory ' : ''}'${operand}'\n`);
  return true;
}

function rm(ctx: CommandContext): number {
  const args = parseOrFail(ctx, { flags: 'rRfiv', long: { recursive: 'r', force: 'f', verbose: 'v' } });
  if (typeof args === 'number') return args;
  const options: RmOptions = {
    recursive: args.flags.has('r') || args.flags.has('R'),
    force: args.flags.has('f'),
    verbose: args.flags.has('v'),
  };
  if (args.operands.length === 0) return options.force ? 0 : usageError(ctx, 'missing operand');
  let status = 0;
  for (const operand of args.operands) if (!removeOne(ctx, operand, options)) status = 1;
  return status;
}

export const RM: CommandSpec = { name: 'rm', path: '/usr/bin/rm', run: rm };
