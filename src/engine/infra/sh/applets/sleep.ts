// sleep DURATION...: waits on the virtual clock for the sum of its arguments (s, m, h, d suffixes,
// fractions); `infinity` never returns. Mirrors busybox coreutils/sleep.c with FANCY_SLEEP and
// FLOAT_DURATION, and GNU sleep's messages for coreutils images.

import { BUSYBOX_BANNER } from './common.ts';
import { exit, type Applet } from './types.ts';

const UNIT_S: Readonly<Record<string, number>> = { '': 1, s: 1, m: 60, h: 3600, d: 86_400 };

export const sleep: Applet = (ctx, memo) => {
  if (memo !== undefined) return exit(0);
  const args = ctx.argv.slice(1).filter((a, i) => !(i === 0 && a === '--'));
  if (args.length === 0) {
    if (ctx.gnu) ctx.err(`${ctx.errPrefix}missing operand\nTry 'sleep --help' for more information.\n`);
    else ctx.err(`${BUSYBOX_BANNER}\n\nUsage: sleep [N]...\n\nPause for a time equal to the total of the args given, where each arg can\nhave an optional suffix of (s)econds, (m)inutes, (h)ours, or (d)ays\n`);
    return exit(1);
  }
  if (/^inf/i.test(args[0]!)) return { t: 'block' };
  let totalMs = 0;
  for (const a of args) {
    const m = /^(\d+\.?\d*|\.\d+)([smhd]?)$/.exec(a);
    if (!m) {
      if (/^inf/i.test(a)) return { t: 'block' };
      ctx.err(ctx.gnu ? `${ctx.errPrefix}invalid time interval '${a}'\nTry 'sleep --help' for more information.\n` : `${ctx.errPrefix}invalid number '${a}'\n`);
      return exit(1);
    }
    totalMs += Number(m[1]) * UNIT_S[m[2]!]! * 1000;
  }
  const ms = Math.round(totalMs);
  if (ms <= 0) return exit(0);
  return { t: 'sleep', untilMs: ctx.nowMs + ms, memo: 1 };
};
