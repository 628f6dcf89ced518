// `sort`: sorts lines by byte value (the C.UTF-8 locale) or numerically (`-n`), on a key field
// (`-k N[,M]`, `-t SEP`), reversed (`-r`), without duplicates (`-u`), ignoring case (`-f`).

import type { CommandContext, CommandSpec } from '../types.ts';
import { parseOrFail } from './args.ts';
import { eachInput, joinLines, splitLines } from './files.ts';
import type { OpenFailure } from './files.ts';

const EXIT_TROUBLE = 2;
const cannotRead: OpenFailure = (name, reason) => `cannot read: ${name}: ${reason}`;

interface SortKey {
  readonly first: number;
  readonly last: number | undefined;
}

interface SortOptions {
  readonly key: SortKey | undefined;
  readonly separator: string | undefined;
  readonly numeric: boolean;
  readonly foldCase: boolean;
}

/** Parses `-k N[,M]`; a string is GNU sort's complaint. */
function parseKey(text: string): SortKey | string {
  const match = /^([0-9]+)(?:\.[0-9]+)?[a-zA-Z]*(?:,([0-9]+)(?:\.[0-9]+)?[a-zA-Z]*)?$/.exec(text);
  if (match === null) return `invalid number at field start: invalid count at start of '${text}'`;
  if (Number(match[1]) === 0) return `field number is zero: invalid field specification '${text}'`;
  return { first: Number(match[1]), last: match[2] === undefined ? undefined : Number(match[2]) };
}

/** Fields as sort sees them: without -t, each field keeps its leading blanks. */
function fieldsOf(line: string, separator: string | undefined): string[] {
  if (separator !== undefined) return line.split(separator);
  return line.match(/[ \t]*[^ \t]+/g) ?? [];
}

function keyText(line: string, options: SortOptions): string {
  const { key, separator } = options;
  if (key === undefined) return line;
  const fields = fieldsOf(line, separator);
  const picked = fields.slice(key.first - 1, key.last ?? fields.length);
  return picked.join(separator ?? '');
}

function numericValue(text: string): number {
  const match = /^[ \t]*(-?[0-9]*\.?[0-9]+)/.exec(text);
  return match === null ? 0 : Number(match[1]);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function compareKeys(a: string, b: string, options: SortOptions): number {
  const keyA = keyText(a, options);
  const keyB = keyText(b, options);
  if (options.numeric) return numericValue(keyA) - numericValue(keyB);
  return options.foldCase ? compareText(keyA.toUpperCase(), keyB.toUpperCase()) : compareText(keyA, keyB);
}

function sort(ctx: CommandContext): number {
  const args = parseOrFail(ctx, { flags: 'rnufs', valued: 'kt', long: { reverse: 'r', 'numeric-sort': 'n', unique: 'u', 'ignore-case': 'f', key: 'k', 'field-separator': 't' } }, EXIT_TROUBLE);
  if (typeof args === 'number') return args;
  const keySpec = args.values.get('k');
  const key = keySpec === undefined ? undefined : parseKey(keySpec);
  if (typeof key === 'string') {
    ctx.io.stderr.write(`sort: ${key}\n`);
    return EXIT_TROUBLE;
  }
  const separator = args.values.get('t');
  if (separator !== undefined && [...separator].length !== 1) {
    ctx.io.stderr.write(`sort: multi-character tab '${separator}'\n`);
    return EXIT_TROUBLE;
  }
  const options: SortOptions = { key, separator, numeric: args.flags.has('n'), foldCase: args.flags.has('f') };
  const lines: string[] = [];
  const failed = eachInput(ctx, args.operands, ({ content }) => lines.push(...splitLines(content)), cannotRead);
  if (failed) return EXIT_TROUBLE;
  const sign = args.flags.has('r') ? -1 : 1;
  const lastResort = !args.flags.has('u') && !args.flags.has('s');
  lines.sort((a, b) => sign * (compareKeys(a, b, options) || (lastResort ? compareText(a, b) : 0)));
  const unique = args.flags.has('u') ? lines.filter((line, i) => i === 0 || compareKeys(lines[i - 1] ?? '', line, options) !== 0) : lines;
  ctx.io.stdout.write(joinLines(unique));
  return 0;
}

export const SORT: CommandSpec = { name: 'sort', path: '/usr/bin/sort', run: sort };
