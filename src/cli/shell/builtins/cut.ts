// `cut`: selects fields (`-d SEP -f LIST`) or characters (`-c LIST`) of each line; LIST is like
// `1,3`, `2-`, `-3` (GNU coreutils).

import type { CommandContext, CommandSpec } from '../types.ts';
import { parseOrFail, usageError } from './args.ts';
import { eachInput, splitLines } from './files.ts';

type Ranges = ReadonlyArray<readonly [number, number]>;

const LIST_WORDS = {
  fields: { invalid: 'invalid field value', from1: 'fields are numbered from 1' },
  chars: { invalid: 'invalid byte/character position', from1: 'byte/character positions are numbered from 1' },
} as const;

/** Parses LIST into 1-based inclusive ranges, or returns coreutils' complaint. */
function parseList(list: string, words: (typeof LIST_WORDS)[keyof typeof LIST_WORDS]): Ranges | string {
  const ranges: Array<readonly [number, number]> = [];
  for (const item of list.split(',')) {
    const match = /^([0-9]*)(-?)([0-9]*)$/.exec(item);
    if (match === null || (match[1] === '' && match[3] === '')) return `${words.invalid} '${item}'`;
    const low = match[1] === '' ? 1 : Number(match[1]);
    const high = match[2] === '' ? low : match[3] === '' ? Number.MAX_SAFE_INTEGER : Number(match[3]);
    if (low === 0 || high === 0) return words.from1;
    if (high < low) return 'invalid decreasing range';
    ranges.push([low, high]);
  }
  return ranges;
}

function selected(ranges: Ranges, position: number): boolean {
  return ranges.some(([low, high]) => position >= low && position <= high);
}

function cutLine(line: string, ranges: Ranges, delimiter: string | undefined, onlyDelimited: boolean): string | undefined {
  if (delimiter === undefined) return [...line].filter((_, i) => selected(ranges, i + 1)).join('');
  if (!line.includes(delimiter)) return onlyDelimited ? undefined : line;
  return line
    .split(delimiter)
    .filter((_, i) => selected(ranges, i + 1))
    .join(delimiter);
}

function cut(ctx: CommandContext): number {
  const args = parseOrFail(ctx, { flags: 's', valued: 'dfcb', long: { delimiter: 'd', fields: 'f', characters: 'c', bytes: 'b', 'only-delimited': 's' } });
  if (typeof args === 'number') return args;
  const fieldList = args.values.get('f');
  const charList = args.values.get('c') ?? args.values.get('b');
  if (fieldList === undefined && charList === undefined) return usageError(ctx, 'you must specify a list of bytes, characters, or fields');
  if (fieldList !== undefined && charList !== undefined) return usageError(ctx, 'only one type of list may be specified');
  const delimiter = args.values.get('d') ?? '\t';
  if ([...delimiter].length !== 1) return usageError(ctx, 'the delimiter must be a single character');
  const ranges = parseList(fieldList ?? charList ?? '', fieldList === undefined ? LIST_WORDS.chars : LIST_WORDS.fields);
  if (typeof ranges === 'string') return usageError(ctx, ranges);
  const fieldDelimiter = fieldList === undefined ? undefined : delimiter;
  const failed = eachInput(ctx, args.operands, ({ content }) => {
    for (const line of splitLines(content)) {
      const out = cutLine(line, ranges, fieldDelimiter, args.flags.has('s'));
      if (out !== undefined) ctx.io.stdout.write(`${out}\n`);
    }
  });
  return failed ? 1 : 0;
}

export const CUT: CommandSpec = { name: 'cut', path: '/usr/bin/cut', run: cut };
