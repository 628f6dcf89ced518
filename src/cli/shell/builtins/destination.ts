// Where `cp` and `mv` put each source: into DEST when it is a directory, else at DEST itself.

import type { CommandContext } from '../types.ts';
import { usageError } from './args.ts';
import { printError, resolve } from './files.ts';

export interface Target {
  /** The target as coreutils names it in messages (`dir/file`). */
  readonly name: string;
  readonly path: string;
}

export function basename(operand: string): string {
  return operand.replace(/\/+$/, '').split('/').at(-1) ?? operand;
}

export function targetFor(ctx: CommandContext, source: string, dest: string, intoDir: boolean): Target {
  const name = intoDir ? `${dest.endsWith('/') ? dest : `${dest}/`}${basename(source)}` : dest;
  return { name, path: resolve(ctx, name) };
}

/** Splits operands into sources and destination, printing coreutils' errors when that fails. */
export function sourcesAndDest(
  ctx: CommandContext,
  operands: readonly string[],
): { sources: readonly string[]; dest: string; intoDir: boolean } | number {
  const dest = operands.at(-1);
  if (dest === undefined) return usageError(ctx, 'missing file operand');
  if (operands.length === 1) return usageError(ctx, `missing destination file operand after '${dest}'`);
  const sources = operands.slice(0, -1);
  const destType = ctx.fs.stat(resolve(ctx, dest))?.type;
  if (sources.length > 1 && destType !== 'dir') {
    printError(ctx, `target '${dest}': ${destType === undefined ? 'No such file or directory' : 'Not a directory'}`);
    return 1;
  }
  const intoDir = destType === 'dir';
  return { sources, dest, intoDir };
}
