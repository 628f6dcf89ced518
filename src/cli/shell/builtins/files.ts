// File helpers for the builtin programs: resolving paths against the cwd, reading operands or
// stdin, and coreutils' wording for failures.

import { FsError, resolvePath } from '../../fs/virtual-fs.ts';
import { fsErrorText } from '../exec/messages.ts';
import type { CommandContext } from '../types.ts';

export interface Input {
  /** The operand as typed, or '-' for stdin. */
  readonly name: string;
  readonly content: string;
}

export function resolve(ctx: CommandContext, path: string): string {
  return resolvePath(ctx.cwd, path, ctx.vars.get('HOME') ?? '/');
}

export function errorText(error: unknown): string {
  if (error instanceof FsError) return fsErrorText(error.code);
  return error instanceof Error ? error.message : String(error);
}

export function printError(ctx: CommandContext, message: string): void {
  ctx.io.stderr.write(`${ctx.argv[0] ?? ''}: ${message}\n`);
}

/** How a program words a file it cannot read; cat and grep say `cat: x: No such file or directory`. */
export type OpenFailure = (name: string, reason: string) => string;
const plainFailure: OpenFailure = (name, reason) => `${name}: ${reason}`;
export const cannotOpen: OpenFailure = (name, reason) => `cannot open '${name}' for reading: ${reason}`;

/**
 * Calls `use` with each operand's content in order (stdin for none or `-`), printing a message for
 * each one it cannot read, so output and errors interleave as with coreutils. Returns whether any failed.
 */
export function eachInput(
  ctx: CommandContext,
  operands: readonly string[],
  use: (input: Input) => void,
  failure: OpenFailure = plainFailure,
): boolean {
  let failed = false;
  for (const name of operands.length === 0 ? ['-'] : operands) {
    let content: string;
    try {
      content = name === '-' ? ctx.io.stdin : ctx.fs.readFile(resolve(ctx, name));
    } catch (error) {
      printError(ctx, failure(name, errorText(error)));
      failed = true;
      continue;
    }
    use({ name, content });
  }
  return failed;
}

/** Splits text into lines without their newlines; a final newline ends the last line. */
export function splitLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  return lines;
}

export function joinLines(lines: readonly string[]): string {
  return lines.map((line) => `${line}\n`).join('');
}
