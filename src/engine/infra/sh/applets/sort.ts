// sort [-rnu] [-k N] [-t SEP] [FILE]...: sorts lines (byte order, or numerically with -n).

import { lines } from './common.ts';
import { readAll } from './input.ts';
import { exit, type Applet } from './types.ts';

export const sort: Applet = (ctx, memo) => {
  const files: string[] = [];
  let flags = '';
  let key: number | undefined;
  let sep: string | undefined;
  for (let i = 1; i < ctx.argv.length; i++) {
    const a = ctx.argv[i]!;
    if (a === '-k') key = parseInt(ctx.argv[++i] ?? '1', 10);
    else if (a === '-t') sep = ctx.argv[++i];
    else if (/^-[a-zA-Z]+$/.test(a)) flags += a.slice(1);
    else files.push(a);
  }
  const input = readAll(ctx, files, memo);
  if ('t' in input) return input;
  const field = (line: string): string => (key === undefined ? line : (sep !== undefined ? line.split(sep) : line.trim().split(/\s+/)).slice(key - 1).join(sep ?? ' '));
  const numeric = flags.includes('n');
  let out = lines(input.text).sort((a, b) => {
    const x = field(a);
    const y = field(b);
    if (numeric) return (parseFloat(x) || 0) - (parseFloat(y) || 0) || (a < b ? -1 : a > b ? 1 : 0);
    return x < y ? -1 : x > y ? 1 : 0;
  });
  if (flags.includes('r')) out = out.reverse();
  if (flags.includes('u')) out = out.filter((l, i) => i === 0 || l !== out[i - 1]);
  ctx.out(out.map((l) => `${l}\n`).join(''));
  return exit(input.status);
};
