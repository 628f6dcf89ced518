// date [-u] [-R] [-I[SPEC]] [-d TIME] [+FORMAT]: the virtual clock's time, always in UTC.
// Mirrors busybox coreutils/date.c (and GNU date's ISO/RFC forms for coreutils images).

import { badOption, getopt } from './common.ts';
import { strftime } from './strftime.ts';
import { exit, type Applet, type AppletCtx } from './types.ts';

const DEFAULT_FORMAT = '%a %b %e %H:%M:%S %Z %Y';

export const date: Applet = (ctx) => {
  const argv = ctx.argv.map((a) => (/^-I/.test(a) ? `-I${a.slice(2) || 'date'}` : a));
  const opts = getopt(argv, 'uR', 'dDrI');
  if ('bad' in opts) return badOption(ctx, opts.bad, '[OPTIONS] [+FMT] [[-s] TIME]');
  let ms = ctx.nowMs;
  if (opts.values.d !== undefined) {
    const parsed = parseDate(opts.values.d, ctx.nowMs);
    if (parsed === undefined) {
      ctx.err(`${ctx.errPrefix}invalid date '${opts.values.d}'\n`);
      return exit(1);
    }
    ms = parsed;
  }
  const fmtArg = opts.args.find((a) => a.startsWith('+'));
  const extra = opts.args.find((a) => !a.startsWith('+'));
  if (extra !== undefined) {
    ctx.err(`${ctx.errPrefix}${ctx.gnu ? `invalid date '${extra}'` : `can't set date: Operation not permitted`}\n`);
    return exit(1);
  }
  ctx.out(`${strftime(formatOf(ctx, opts.flags.has('R'), opts.values.I, fmtArg), ms)}\n`);
  return exit(0);
};

function formatOf(ctx: AppletCtx, rfc: boolean, iso: string | undefined, fmtArg: string | undefined): string {
  if (fmtArg !== undefined) return fmtArg.slice(1);
  if (rfc) return '%a, %d %b %Y %H:%M:%S %z';
  if (iso !== undefined) {
    const zone = ctx.gnu ? '+00:00' : '%z';
    if (iso.startsWith('h')) return `%Y-%m-%dT%H${zone}`;
    if (iso.startsWith('m')) return `%Y-%m-%dT%H:%M${zone}`;
    if (iso.startsWith('s')) return `%Y-%m-%dT%H:%M:%S${zone}`;
    return '%Y-%m-%d';
  }
  return DEFAULT_FORMAT;
}

function parseDate(text: string, nowMs: number): number | undefined {
  const t = text.trim();
  if (t === '' || t === 'now') return nowMs;
  if (/^@-?\d+$/.test(t)) return Number(t.slice(1)) * 1000;
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(t);
  if (!m) return undefined;
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0));
}
