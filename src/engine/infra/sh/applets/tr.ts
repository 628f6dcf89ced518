// tr [-d] [-s] SET1 [SET2]: translates, deletes or squeezes characters of standard input, with
// ranges (a-z), escapes and classes ([:upper:]). Mirrors busybox coreutils/tr.c.

import { unescape } from './escapes.ts';
import { exit, type Applet } from './types.ts';

const CLASSES: Readonly<Record<string, string>> = {
  upper: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', lower: 'abcdefghijklmnopqrstuvwxyz', digit: '0123456789', space: ' \t\n\r\f\v', blank: ' \t',
};

function expandSet(spec: string): string {
  const text = unescape(spec, false).text.replace(/\[:(\w+):\]/g, (all, name: string) => CLASSES[name] ?? (name === 'alpha' ? CLASSES.upper! + CLASSES.lower! : name === 'alnum' ? CLASSES.upper! + CLASSES.lower! + CLASSES.digit! : all));
  let out = '';
  for (let i = 0; i < text.length; i++) {
    if (text[i + 1] === '-' && i + 2 < text.length) {
      for (let c = text.charCodeAt(i); c <= text.charCodeAt(i + 2); c++) out += String.fromCharCode(c);
      i += 2;
    } else out += text[i];
  }
  return out;
}

export const tr: Applet = (ctx, memo) => {
  const flags = ctx.argv.slice(1).filter((a) => /^-[dsc]+$/.test(a)).join('');
  const sets = ctx.argv.slice(1).filter((a) => !/^-[dsc]+$/.test(a));
  if (sets.length === 0) {
    ctx.err(`${ctx.errPrefix}missing operand\n`);
    return exit(1);
  }
  const r = ctx.read();
  const input = ((memo as string | undefined) ?? '') + r.data;
  if (!r.eof) return { t: 'read', memo: input };
  const from = expandSet(sets[0]!);
  const to = sets[1] !== undefined ? expandSet(sets[1]) : '';
  let out = '';
  for (const ch of input) {
    const i = from.indexOf(ch);
    if (flags.includes('d')) {
      if (i < 0) out += ch;
      continue;
    }
    const mapped = i >= 0 && to !== '' ? to[Math.min(i, to.length - 1)]! : ch;
    if (flags.includes('s') && out.endsWith(mapped) && (to !== '' ? to : from).includes(mapped)) continue;
    out += mapped;
  }
  ctx.out(out);
  return exit(0);
};
