// `mv`: renames files and directories, or moves them into a directory (GNU coreutils).

import type { CommandContext, CommandSpec } from '../types.ts';
import { parseOrFail } from './args.ts';
import { sourcesAndDest, targetFor } from './destination.ts';
import type { Target } from './destination.ts';
import { errorText, printError, resolve } from './files.ts';

function refusal(source: string, target: Target, from: string, fromType: string, toType: string | undefined): string | undefined {
  if (target.path === from) return `'${source}' and '${target.name}' are the same file`;
  if (fromType === 'dir' && target.path.startsWith(`${from}/`)) {
    return `cannot move '${source}' to a subdirectory of itself, '${target.name}'`;
  }
  if (toType === 'dir' && fromType === 'file') return `cannot overwrite directory '${target.name}' with non-directory`;
  if (toType === 'file' && fromType === 'dir') return `cannot overwrite non-directory '${target.name}' with directory '${source}'`;
  return undefined;
}

function moveOne(ctx: CommandContext, source: string, target: Target): boolean {
  const from = resolve(ctx, source);
  const fromType = ctx.fs.stat(from)?.type;
  if (fromType === undefined) {
    printError(ctx, `cannot stat '${source}': No such file or directory`);
    return false;
  }
  const refused = refusal(source, target, from, fromType, ctx.fs.stat(target.path)?.type);
  if (refused !== undefined) {
    printError(ctx, refused);
    return false;
  }
  try {
    ctx.fs.rename(from, target.path);
    return true;
  } catch (error) {
    printError(ctx, `cannot move '${source}' to '${target.name}': ${errorText(error)}`);
    return false;
  }
}

function mv(ctx: CommandContext): number {
  const args = parseOrFail(ctx, { flags: 'fiv', long: { force: 'f', verbose: 'v' } });
  if (typeof args === 'number') return args;
  const plan = sourcesAndDest(ctx, args.operands);
  if (typeof plan === 'number') return plan;
  let status = 0;
  for (const source of plan.sources) {
    const target = targetFor(ctx, source, plan.dest, plan.intoDir);
    if (!moveOne(ctx, source, target)) status = 1;
    else if (args.flags.has('v')) ctx.io.stdout.write(`renamed '${source}' -> '${target.name}'\n`);
  }
  return status;
}

export const MV: CommandSpec = { name: 'mv', path: '/usr/bin/mv', run: mv };
