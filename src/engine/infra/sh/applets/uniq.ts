// uniq [-c] [-d] [-u]: collapses adjacent repeated lines of its input.

import { lines } from './common.ts';
import { readAll } from './input.ts';
import { exit, type Applet } from './types.ts';

export const uniq: Applet = (ctx, memo) => {
  const flags = ctx.argv.slice(1).filter((a) => a.startsWith('-')).join('');
  const input = readAll(ctx, ctx.argv.slice(1).filter((a) => !a.startsWith('-')).slice(0, 1), memo);
  if ('t' in input) return input;
  const groups: Array<{ line: string; n: number }> = [];
  for (const l of lines(input.text)) {
    const last = groups[groups.length - 1];
    if (last && last.line === l) last.n++;
    else groups.push({ line: l, n: 1 });
  }
  const shown = groups.filter((g) => (flags.includes('d') ? g.n > 1 : flags.includes('u') ? g.n === 1 : true));
  ctx.out(shown.map((g) => (flags.includes('c') ? `${String(g.n).padStart(7)} ${g.line}\n` : `${g.line}\n`)).join(''));
  return exit(input.status);
};
