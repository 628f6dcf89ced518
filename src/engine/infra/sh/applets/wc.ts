// wc [-lwcm] [FILE]...: line, word and byte counts. Mirrors busybox coreutils/wc.c (one count alone
// unpadded, several in %9u columns) and GNU wc's fitted widths for coreutils images.

import { isFsError } from '../../fs/errors.ts';
import { utf8ByteLength } from '../../../base/utf8.ts';
import { badOption, getopt, perror } from './common.ts';
import { exit, type Applet } from './types.ts';

type Counts = [number, number, number, number];

function countOf(text: string): Counts {
  const lines = (text.match(/\n/g) ?? []).length;
  const words = (text.match(/[^\s]+/g) ?? []).length;
  return [lines, words, [...text].length, utf8ByteLength(text)];
}

export const wc: Applet = (ctx, memo) => {
  const opts = getopt(ctx.argv, 'lwcmL');
  if ('bad' in opts) return badOption(ctx, opts.bad, '[-cmlwL] [FILE]...');
  const f = opts.flags;
  const want = [f.has('l'), f.has('w'), f.has('m'), f.has('c')];
  if (!want.some(Boolean)) want.splice(0, 4, true, true, false, true);
  const inputs = opts.args.length > 0 ? opts.args : ['-'];
  let stdin = (memo as string | undefined) ?? '';
  if (inputs.includes('-')) {
    const r = ctx.read();
    stdin += r.data;
    if (!r.eof) return { t: 'read', memo: stdin };
  }
  let status = 0;
  const rows: Array<{ counts: Counts; name: string }> = [];
  for (const name of inputs) {
    const data = name === '-' ? stdin : ctx.fs.readFile(name);
    if (isFsError(data)) {
      perror(ctx, name, data);
      status = 1;
      continue;
    }
    rows.push({ counts: countOf(data), name: name === '-' && opts.args.length === 0 ? '' : name });
  }
  if (rows.length > 1) rows.push({ counts: rows.reduce<Counts>((t, r) => [t[0] + r.counts[0], t[1] + r.counts[1], t[2] + r.counts[2], t[3] + r.counts[3]], [0, 0, 0, 0]), name: 'total' });
  const single = want.filter(Boolean).length === 1 && inputs.length <= 1;
  const gnuWidth = ctx.gnu && !single ? (inputs.includes('-') ? 7 : Math.max(1, ...rows.map((r) => String(r.counts[3]).length))) : 0;
  for (const r of rows) {
    const cols = r.counts.filter((_, i) => want[i]).map((c, i) => (single ? String(c) : ctx.gnu ? String(c).padStart(gnuWidth) : i === 0 ? String(c).padStart(9) : ` ${String(c).padStart(9)}`));
    ctx.out(`${cols.join(ctx.gnu ? ' ' : '')}${r.name ? ` ${r.name}` : ''}\n`);
  }
  return exit(status);
};
