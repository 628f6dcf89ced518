// tail [-n [+]N|-N] [-c N] [-f|-F] [FILE]...: the last lines of files or standard input; with -f it
// keeps polling the files once a second (as busybox does) and prints what is appended.
// Mirrors busybox coreutils/tail.c.

import { isFsError } from '../../fs/errors.ts';
import { badOption, cantOpen, getopt } from './common.ts';
import { exit, type Applet, type AppletCtx } from './types.ts';

const POLL_MS = 1_000;

interface TailMemo {
  readonly stdin?: string;
  /** Followed files and how much of each has been printed. */
  readonly follow?: ReadonlyArray<{ readonly path: string; readonly size: number }>;
  readonly last?: string;
}

export const tail: Applet = (ctx, memo) => {
  const argv = ctx.argv.map((a, i) => (i === 1 && /^[-+]\d+$/.test(a) ? `-n${a.startsWith('+') ? a : a.slice(1)}` : a));
  const opts = getopt(argv, 'fFqv', 'ncs');
  if ('bad' in opts) return badOption(ctx, opts.bad, '[OPTIONS] [FILE]...');
  const m = (memo as TailMemo | undefined) ?? {};
  if (m.follow) return poll(ctx, m.follow, m.last);
  const spec = opts.values.c ?? opts.values.n ?? '10';
  const fromStart = spec.startsWith('+');
  const n = Number(spec.replace(/^[+-]/, ''));
  if (!/^[+-]?\d+$/.test(spec)) {
    ctx.err(`${ctx.errPrefix}invalid number '${spec}'\n`);
    return exit(1);
  }
  const bytes = opts.values.c !== undefined;
  const inputs = opts.args.length > 0 ? opts.args : ['-'];
  const headers = (inputs.length > 1 && !opts.flags.has('q')) || opts.flags.has('v');
  const follow = opts.flags.has('f') || opts.flags.has('F');
  if (inputs.includes('-')) {
    const r = ctx.read();
    const stdin = (m.stdin ?? '') + r.data;
    if (!r.eof) return { t: 'read', memo: { stdin } };
    ctx.out(pick(stdin, n, fromStart, bytes));
    return exit(0);
  }
  let status = 0;
  const followed: Array<{ path: string; size: number }> = [];
  for (const [i, name] of inputs.entries()) {
    const data = ctx.fs.readFile(name);
    if (isFsError(data)) {
      cantOpen(ctx, name, data);
      status = 1;
      if (opts.flags.has('F')) followed.push({ path: name, size: 0 });
      continue;
    }
    if (headers) ctx.out(`${i > 0 ? '\n' : ''}==> ${name} <==\n`);
    ctx.out(pick(data, n, fromStart, bytes));
    followed.push({ path: name, size: data.length });
  }
  if (!follow || followed.length === 0) return exit(status);
  return { t: 'sleep', untilMs: ctx.nowMs + POLL_MS, memo: { follow: followed, last: inputs[inputs.length - 1] } };
};

function pick(data: string, n: number, fromStart: boolean, bytes: boolean): string {
  if (bytes) return fromStart ? data.slice(Math.max(0, n - 1)) : n === 0 ? '' : data.slice(-n);
  if (data === '') return '';
  const endsNl = data.endsWith('\n');
  const lines = (endsNl ? data.slice(0, -1) : data).split('\n');
  const chosen = fromStart ? lines.slice(Math.max(0, n - 1)) : n === 0 ? [] : lines.slice(-n);
  return chosen.length === 0 ? '' : chosen.join('\n') + (endsNl ? '\n' : '');
}

function poll(ctx: AppletCtx, files: ReadonlyArray<{ path: string; size: number }>, last: string | undefined): ReturnType<Applet> {
  let current = last;
  const next = files.map(({ path, size }) => {
    const data = ctx.fs.readFile(path);
    if (isFsError(data)) return { path, size: 0 };
    if (data.length === size) return { path, size };
    if (data.length < size) ctx.err(`${ctx.errPrefix}${path}: file truncated\n`);
    const from = data.length < size ? 0 : size;
    if (files.length > 1 && current !== path) ctx.out(`\n==> ${path} <==\n`);
    current = path;
    ctx.out(data.slice(from));
    return { path, size: data.length };
  });
  return { t: 'sleep', untilMs: ctx.nowMs + POLL_MS, memo: { follow: next, last: current } };
}
