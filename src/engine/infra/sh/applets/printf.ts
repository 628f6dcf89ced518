// printf FORMAT [ARG]...: C-style conversions (%s %d %i %u %o %x %X %c %f %e %g %b %%), flags,
// width and precision, the format reused while arguments remain. Mirrors busybox coreutils/printf.c.

import { unescape } from './escapes.ts';
import { exit, type Applet, type AppletCtx } from './types.ts';

const SPEC = /%([-+ #0]*)(\*|\d+)?(?:\.(\*|\d*))?([diouxXcsfFeEgGb%])/g;

export const printf: Applet = (ctx) => {
  const [, format, ...args] = ctx.argv;
  if (format === undefined) {
    ctx.err(ctx.gnu ? `${ctx.errPrefix}missing operand\n` : `${ctx.errPrefix}usage: printf FORMAT [ARGUMENT...]\n`);
    return exit(ctx.gnu ? 1 : 2);
  }
  const state = { status: 0, stop: false };
  let i = 0;
  let out = '';
  do {
    const before = i;
    out += formatOnce(ctx, format, args, () => args[i++], state);
    if (state.stop || i === before) break;
  } while (i < args.length);
  ctx.out(out);
  return exit(state.status);
};

function formatOnce(ctx: AppletCtx, format: string, _args: readonly string[], next: () => string | undefined, state: { status: number; stop: boolean }): string {
  let out = '';
  let last = 0;
  for (const m of format.matchAll(SPEC)) {
    const lit = unescape(format.slice(last, m.index), false);
    out += lit.text;
    last = m.index + m[0].length;
    if (lit.stop) {
      state.stop = true;
      return out;
    }
    const [, flags = '', w, p, conv] = m;
    if (conv === '%') {
      out += '%';
      continue;
    }
    const width = w === '*' ? Number(next() ?? 0) : w ? Number(w) : 0;
    const precision = p === '*' ? Number(next() ?? 0) : p !== undefined ? Number(p || 0) : undefined;
    const arg = next();
    let text: string;
    if (conv === 's') text = precision !== undefined ? (arg ?? '').slice(0, precision) : arg ?? '';
    else if (conv === 'b') {
      const r = unescape(arg ?? '', true);
      text = r.text;
      if (r.stop) state.stop = true;
    } else if (conv === 'c') text = (arg ?? '').slice(0, 1);
    else text = numeric(ctx, conv!, flags, precision, arg, state);
    out += pad(text, width, flags, conv !== 's' && conv !== 'b' && conv !== 'c');
    if (state.stop) return out;
  }
  const tail = unescape(format.slice(last), false);
  if (tail.stop) state.stop = true;
  return out + tail.text;
}

function toNumber(ctx: AppletCtx, arg: string | undefined, state: { status: number }): number {
  if (arg === undefined || arg === '') return 0;
  if (/^['"]/.test(arg)) return arg.codePointAt(1) ?? 0;
  const t = arg.trim();
  const n = /^[-+]?0[xX][0-9a-fA-F]+$/.test(t) ? parseInt(t, 16) : /^[-+]?0[0-7]+$/.test(t) ? parseInt(t, 8) : Number(t);
  if (Number.isNaN(n)) {
    ctx.err(ctx.gnu ? `${ctx.errPrefix}'${arg}': expected a numeric value\n` : `${ctx.errPrefix}invalid number '${arg}'\n`);
    state.status = 1;
    return parseFloat(t) || 0;
  }
  return n;
}

function numeric(ctx: AppletCtx, conv: string, flags: string, precision: number | undefined, arg: string | undefined, state: { status: number }): string {
  const n = toNumber(ctx, arg, state);
  const sign = (v: number, s: string): string => (v < 0 || Object.is(v, -0) ? s : flags.includes('+') ? `+${s}` : flags.includes(' ') ? ` ${s}` : s);
  switch (conv) {
    case 'd':
    case 'i': {
      const v = Math.trunc(n);
      const digits = String(Math.abs(v)).padStart(precision ?? 1, '0');
      return sign(v, v < 0 ? `-${digits}` : digits);
    }
    case 'u': return String(Math.trunc(n) < 0 ? 2 ** 64 + Math.trunc(n) : Math.trunc(n));
    case 'o': return (flags.includes('#') ? '0' : '') + Math.trunc(n).toString(8);
    case 'x': return (flags.includes('#') && n !== 0 ? '0x' : '') + Math.trunc(n).toString(16);
    case 'X': return (flags.includes('#') && n !== 0 ? '0X' : '') + Math.trunc(n).toString(16).toUpperCase();
    case 'f':
    case 'F': return sign(n, n.toFixed(precision ?? 6));
    case 'e':
    case 'E': {
      const s = n.toExponential(precision ?? 6).replace(/e([+-])(\d)$/, 'e$10$2');
      return sign(n, conv === 'E' ? s.toUpperCase() : s);
    }
    default: {
      const s = n === 0 ? '0' : String(Number(n.toPrecision(precision || 6)));
      return sign(n, conv === 'G' ? s.toUpperCase() : s);
    }
  }
}

function pad(text: string, width: number, flags: string, numericConv: boolean): string {
  if (text.length >= width) return text;
  if (flags.includes('-')) return text.padEnd(width);
  if (flags.includes('0') && numericConv) {
    const m = /^([-+ ]?)(.*)$/.exec(text)!;
    return m[1] + m[2]!.padStart(width - m[1]!.length, '0');
  }
  return text.padStart(width);
}
