// Shared shape of `head` and `tail`: a count of lines (`-n N`, `-N`) or characters (`-c N`), and
// `==> name <==` headers when there are several inputs.

import type { CommandContext } from '../types.ts';
import { parseOrFail } from './args.ts';
import { cannotOpen, eachInput } from './files.ts';
import type { Input } from './files.ts';

export interface LineCount {
  readonly lines: number;
  /** `-n +N` (tail) or `-n -N` (head): counted from the other end. */
  readonly fromOtherEnd: boolean;
}

/** Which lines (or characters) to print: indexes [start, end) of the input's. */
export type LineRange = (lineCount: number, count: LineCount) => readonly [number, number];

/** `head -5` is `head -n 5` (but `head -n -5` and `head -c -5` keep their values). */
function expandShorthand(argv: readonly string[]): string[] {
  return argv.map((arg, index) => {
    const previous = argv[index - 1];
    const isValue = previous === '-n' || previous === '-c' || previous === '--lines' || previous === '--bytes';
    return index > 0 && !isValue && /^-[0-9]+$/.test(arg) ? `-n${arg.slice(1)}` : arg;
  });
}

function parseCount(text: string, otherEndSign: '+' | '-'): LineCount | undefined {
  const match = /^([+-]?)([0-9]+)$/.exec(text);
  if (match === null) return undefined;
  return { lines: Number(match[2]), fromOtherEnd: match[1] === otherEndSign };
}

function selectLines(content: string, count: LineCount, range: LineRange): string {
  const lines = content.split('\n');
  const endsWithNewline = lines.at(-1) === '';
  if (endsWithNewline) lines.pop();
  const [start, end] = range(lines.length, count);
  if (end <= start) return '';
  const text = lines.slice(start, end).join('\n');
  return end === lines.length && !endsWithNewline ? text : `${text}\n`;
}

/** Deviation from upstream: `-c` counts characters, which are bytes only for ASCII. */
function selectChars(content: string, count: LineCount, range: LineRange): string {
  const chars = [...content];
  const [start, end] = range(chars.length, count);
  return chars.slice(start, Math.max(start, end)).join('');
}

export function runLineFilter(ctx: CommandContext, otherEndSign: '+' | '-', range: LineRange): number {
  const args = parseOrFail(
    { ...ctx, argv: expandShorthand(ctx.argv) },
    { flags: 'qv', valued: 'nc', long: { lines: 'n', bytes: 'c', quiet: 'q', silent: 'q', verbose: 'v' } },
  );
  if (typeof args === 'number') return args;
  const byChars = args.values.has('c');
  const countText = args.values.get(byChars ? 'c' : 'n') ?? '10';
  const count = parseCount(countText, otherEndSign);
  if (count === undefined) {
    ctx.io.stderr.write(`${ctx.argv[0] ?? ''}: invalid number of ${byChars ? 'bytes' : 'lines'}: '${countText}'\n`);
    return 1;
  }
  const select = byChars ? selectChars : selectLines;
  const headers = (args.operands.length > 1 || args.flags.has('v')) && !args.flags.has('q');
  let first = true;
  const print = ({ name, content }: Input): void => {
    if (headers) ctx.io.stdout.write(`${first ? '' : '\n'}==> ${name === '-' ? 'standard input' : name} <==\n`);
    first = false;
    ctx.io.stdout.write(select(content, count, range));
  };
  return eachInput(ctx, args.operands, print, cannotOpen) ? 1 : 0;
}
