// head [-n N|-N] [-c N] [FILE]...: the first lines (or bytes) of files or of standard input; on a
// pipe it stops reading once it has them. Mirrors busybox coreutils/head.c (`==> f <==` headers).

import { isFsError } from '../../fs/errors.ts';
import { badOption, cantOpen, count, getopt } from './common.ts';
import { exit, type Applet, type AppletCtx } from './types.ts';

interface HeadMemo {
  readonly i: number;
  readonly left: number;
  readonly status: number;
}

export const head: Applet = (ctx, memo) => {
  const argv = ctx.argv.map((a, i) => (i === 1 && /^-\d+$/.test(a) ? `-n${a.slice(1)}` : a));
  const opts = getopt(argv, 'qv', 'nc');
  if ('bad' in opts) return badOption(ctx, opts.bad, '[OPTIONS] [FILE]...');
  const bytes = opts.values.c !== undefined;
  const n = count(opts.values.c ?? opts.values.n ?? '10');
  if (n === undefined) {
    ctx.err(`${ctx.errPrefix}invalid number '${opts.values.c ?? opts.values.n}'\n`);
    return exit(1);
  }
  const inputs = opts.args.length > 0 ? opts.args : ['-'];
  const headers = (inputs.length > 1 && !opts.flags.has('q')) || opts.flags.has('v');
  let { i, left, status } = (memo as HeadMemo | undefined) ?? { i: 0, left: -1, status: 0 };
  for (; i < inputs.length; i++) {
    const name = inputs[i]!;
    if (left < 0) {
      if (headers) ctx.out(`${i > 0 ? '\n' : ''}==> ${name === '-' ? 'standard input' : name} <==\n`);
      left = n;
    }
    if (name === '-') {
      const r = ctx.read();
      left = take(ctx, r.data, left, bytes);
      if (left > 0 && !r.eof) return { t: 'read', memo: { i, left, status } };
      left = -1;
      continue;
    }
    const data = ctx.fs.readFile(name);
    if (isFsError(data)) {
      cantOpen(ctx, name, data);
      status = 1;
    } else take(ctx, data, left, bytes);
    left = -1;
  }
  return exit(status);
};

/** Writes up to `left` lines (or bytes) of `data`; returns how many are still wanted. */
function take(ctx: AppletCtx, data: string, left: number, bytes: boolean): number {
  if (bytes) {
    ctx.out(data.slice(0, left));
    return left - Math.min(left, data.length);
  }
  let end = 0;
  while (left > 0 && end < data.length) {
    const nl = data.indexOf('\n', end);
    if (nl < 0) {
      end = data.length;
      break;
    }
    end = nl + 1;
    left--;
  }
  ctx.out(data.slice(0, end));
  return left;
}
