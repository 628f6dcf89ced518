// cut -d SEP -f LIST | -c LIST [FILE]...: selected fields or characters of each line.

import { lines } from './common.ts';
import { readAll } from './input.ts';
import { exit, type Applet } from './types.ts';

function picks(list: string): (n: number) => boolean {
  const ranges = list.split(',').map((r) => {
    const [a, b] = r.split('-');
    const lo = a === '' ? 1 : Number(a);
    const hi = b === undefined ? lo : b === '' ? Infinity : Number(b);
    return [lo, hi] as const;
  });
  return (n) => ranges.some(([lo, hi]) => n >= lo && n <= hi);
}

export const cut: Applet = (ctx, memo) => {
  let delim = '\t';
  let fields: string | undefined;
  let chars: string | undefined;
  const files: string[] = [];
  for (let i = 1; i < ctx.argv.length; i++) {
    const a = ctx.argv[i]!;
    const take = (flag: string): string | undefined => (a === flag ? ctx.argv[++i] : a.startsWith(flag) ? a.slice(2) : undefined);
    if (a.startsWith('-d')) delim = take('-d') ?? '\t';
    else if (a.startsWith('-f')) fields = take('-f');
    else if (a.startsWith('-c') || a.startsWith('-b')) chars = take(a.slice(0, 2));
    else files.push(a);
  }
  if (fields === undefined && chars === undefined) {
    ctx.err(`${ctx.errPrefix}expected a list of bytes, characters, or fields\n`);
    return exit(1);
  }
  const input = readAll(ctx, files, memo);
  if ('t' in input) return input;
  const keep = picks(fields ?? chars!);
  const out = lines(input.text).map((l) => {
    if (chars !== undefined) return [...l].filter((_, i) => keep(i + 1)).join('');
    if (!l.includes(delim)) return l;
    return l.split(delim).filter((_, i) => keep(i + 1)).join(delim);
  });
  ctx.out(out.map((l) => `${l}\n`).join(''));
  return exit(input.status);
};
