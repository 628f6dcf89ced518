// Helpers shared by the applets: option parsing as getopt does it, and the two families of error
// lines (busybox's `can't open 'x': …` and GNU coreutils' `x: …`).

import { ERRNO_TEXT, type FsError } from '../../fs/errors.ts';
import type { AppletCtx, AppletStep } from './types.ts';

export interface Parsed {
  readonly flags: ReadonlySet<string>;
  readonly values: Readonly<Record<string, string>>;
  readonly args: readonly string[];
}

/**
 * getopt-style parsing: `-la` combines flags, `-n 5`/`-n5` give values (letters in `withValue`),
 * `--` ends options, and options stop at the first operand. Returns the bad letter on failure.
 */
export function getopt(argv: readonly string[], letters: string, withValue = ''): Parsed | { bad: string } {
  const flags = new Set<string>();
  const values: Record<string, string> = {};
  let i = 1;
  for (; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') {
      i++;
      break;
    }
    if (!a.startsWith('-') || a === '-') break;
    for (let j = 1; j < a.length; j++) {
      const c = a[j]!;
      if (withValue.includes(c)) {
        const v = a.slice(j + 1) || argv[++i];
        if (v === undefined) return { bad: c };
        values[c] = v;
        break;
      }
      if (!letters.includes(c)) return { bad: c };
      flags.add(c);
    }
  }
  return { flags, values, args: argv.slice(i) };
}

/** The usage complaint for an unknown option, and exit status 1 (GNU tools: 2 for ls). */
export function badOption(ctx: AppletCtx, letter: string, usage: string): AppletStep {
  const name = ctx.argv[0]!.replace(/^.*\//, '');
  if (ctx.gnu) {
    ctx.err(`${name}: invalid option -- '${letter}'\nTry '${name} --help' for more information.\n`);
    return { t: 'exit', code: name === 'ls' ? 2 : 1 };
  }
  ctx.err(`${name}: unrecognized option: ${letter}\n${BUSYBOX_BANNER}\n\nUsage: ${name} ${usage}\n`);
  return { t: 'exit', code: 1 };
}

export const BUSYBOX_BANNER = 'BusyBox v1.36.1 (2023-07-27 17:12:24 UTC) multi-call binary.';

export function strerror(err: FsError): string {
  return ERRNO_TEXT[err.errno];
}

/** A file that could not be opened for reading: `cat: can't open 'x': …` / `cat: x: …`. */
export function cantOpen(ctx: AppletCtx, path: string, err: FsError): void {
  ctx.err(ctx.gnu ? `${ctx.errPrefix}${path}: ${strerror(err)}\n` : `${ctx.errPrefix}can't open '${path}': ${strerror(err)}\n`);
}

/** `x: No such file or directory` (busybox's bb_simple_perror_msg, GNU's plain form). */
export function perror(ctx: AppletCtx, path: string, err: FsError): void {
  ctx.err(`${ctx.errPrefix}${path}: ${strerror(err)}\n`);
}

/** Splits text into lines, keeping whether the last one had its newline. */
export function lines(text: string): string[] {
  if (text === '') return [];
  const parts = text.split('\n');
  if (parts[parts.length - 1] === '') parts.pop();
  return parts;
}

/** Parses a non-negative decimal count as busybox's xatou does. */
export function count(text: string): number | undefined {
  return /^\d+$/.test(text) ? Number(text) : undefined;
}
