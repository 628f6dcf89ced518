// seq [-w] [-s SEP] [FIRST [INC]] LAST: a sequence of numbers. Mirrors busybox coreutils/seq.c.

import { exit, type Applet } from './types.ts';

export const seq: Applet = (ctx) => {
  let sep = '\n';
  let width = false;
  const args: string[] = [];
  for (let i = 1; i < ctx.argv.length; i++) {
    const a = ctx.argv[i]!;
    if (a === '-s') sep = ctx.argv[++i] ?? '\n';
    else if (a.startsWith('-s') && a.length > 2) sep = a.slice(2);
    else if (a === '-w') width = true;
    else args.push(a);
  }
  if (args.length < 1 || args.length > 3) {
    ctx.err(`${ctx.errPrefix}missing operand\n`);
    return exit(1);
  }
  const nums = args.map(Number);
  const bad = args.find((a, i) => a.trim() === '' || Number.isNaN(nums[i]));
  if (bad !== undefined) {
    ctx.err(ctx.gnu ? `${ctx.errPrefix}invalid floating point argument: '${bad}'\n` : `${ctx.errPrefix}invalid number '${bad}'\n`);
    return exit(1);
  }
  const [first, inc, last] = args.length === 1 ? [1, 1, nums[0]!] : args.length === 2 ? [nums[0]!, 1, nums[1]!] : [nums[0]!, nums[1]!, nums[2]!];
  const decimals = Math.max(0, ...args.map((a) => (a.includes('.') ? a.length - a.indexOf('.') - 1 : 0)));
  const out: string[] = [];
  if (inc !== 0) {
    for (let k = 0, v = first; inc > 0 ? v <= last + 1e-9 : v >= last - 1e-9; k++, v = first + k * inc) {
      out.push(v.toFixed(decimals));
      if (out.length > 1_000_000) break;
    }
  }
  const w = width ? Math.max(...out.map((s) => s.length)) : 0;
  const padded = out.map((s) => (s.startsWith('-') ? `-${s.slice(1).padStart(w - 1, '0')}` : s.padStart(w, '0')));
  ctx.out(padded.length > 0 ? `${padded.join(sep)}\n` : '');
  return exit(0);
};
