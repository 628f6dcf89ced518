// `cp`: copies files, and directory trees with `-r` (GNU coreutils wording for every refusal).

import type { VirtualFs } from '../../fs/virtual-fs.ts';
import type { CommandContext, CommandSpec } from '../types.ts';
import { parseOrFail } from './args.ts';
import { sourcesAndDest, targetFor } from './destination.ts';
import type { Target } from './destination.ts';
import { errorText, printError, resolve } from './files.ts';

function copyTree(fs: VirtualFs, from: string, to: string): void {
  if (fs.stat(to) === undefined) fs.mkdir(to);
  for (const name of fs.readdir(from)) {
    const child = `${from}/${name}`;
    if (fs.stat(child)?.type === 'dir') copyTree(fs, child, `${to}/${name}`);
    else fs.writeFile(`${to}/${name}`, fs.readFile(child));
  }
}

function copyDir(ctx: CommandContext, source: string, from: string, target: Target): boolean {
  if (target.path === from || target.path.startsWith(`${from}/`)) {
    printError(ctx, `cannot copy a directory, '${source}', into itself, '${target.name}'`);
    return false;
  }
  if (ctx.fs.stat(target.path)?.type === 'file') {
    printError(ctx, `cannot overwrite non-directory '${target.name}' with directory '${source}'`);
    return false;
  }
  try {
    copyTree(ctx.fs, from, target.path);
    return true;
  } catch (error) {
    printError(ctx, `cannot create directory '${target.name}': ${errorText(error)}`);
    return false;
  }
}

function copyOne(ctx: CommandContext, source: string, target: Target, recursive: boolean): boolean {
  const from = resolve(ctx, source);
  const type = ctx.fs.stat(from)?.type;
  if (type === undefined) {
    printError(ctx, `cannot stat '${source}': No such file or directory`);
    return false;
  }
  if (type === 'dir') {
    if (recursive) return copyDir(ctx, source, from, target);
    printError(ctx, `-r not specified; omitting directory '${source}'`);
    return false;
  }
  if (target.path === from) {
    printError(ctx, `'${source}' and '${target.name}' are the same file`);
    return false;
  }
  try {
    ctx.fs.writeFile(target.path, ctx.fs.readFile(from));
    return true;
  } catch (error) {
    printError(ctx, `cannot create regular file '${target.name}': ${errorText(error)}`);
    return false;
  }
}

function cp(ctx: CommandContext): number {
  const args = parseOrFail(ctx, { flags: 'rRafvi', long: { recursive: 'r', archive: 'a', force: 'f', interactive: 'i' } });
  if (typeof args === 'number') return args;
  const plan = sourcesAndDest(ctx, args.operands);
  if (typeof plan === 'number') return plan;
  const recursive = args.flags.has('r') || args.flags.has('R') || args.flags.has('a');
  let status = 0;
  for (const source of plan.sources) {
    const target = targetFor(ctx, source, plan.dest, plan.intoDir);
    if (!copyOne(ctx, source, target, recursive)) status = 1;
    else if (args.flags.has('v')) ctx.io.stdout.write(`'${source}' -> '${target.name}'\n`);
  }
  return status;
}

export const CP: CommandSpec = { name: 'cp', path: '/usr/bin/cp', run: cp };
