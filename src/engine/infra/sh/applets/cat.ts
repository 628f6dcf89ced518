// cat [-n] [FILE]...: files, or standard input as it arrives (`-` or no file).
// Mirrors busybox coreutils/cat.c and its messages; GNU cat's when the image has coreutils.

import { isFsError } from '../../fs/errors.ts';
import { badOption, cantOpen, getopt } from './common.ts';
import { exit, type Applet } from './types.ts';

interface CatMemo {
  readonly i: number;
  readonly status: number;
  readonly line: number;
  readonly atStart: boolean;
}

export const cat: Applet = (ctx, memo) => {
  const opts = getopt(ctx.argv, 'nbuAetv');
  if ('bad' in opts) return badOption(ctx, opts.bad, '[-nbvteA] [FILE]...');
  const number = opts.flags.has('n');
  const inputs = opts.args.length > 0 ? opts.args : ['-'];
  let { i, status, line, atStart } = (memo as CatMemo | undefined) ?? { i: 0, status: 0, line: 1, atStart: true };
  const emit = (text: string): void => {
    if (!number) return ctx.out(text);
    let out = '';
    for (const ch of text) {
      if (atStart) out += `${String(line++).padStart(6)}\t`;
      out += ch;
      atStart = ch === '\n';
    }
    ctx.out(out);
  };
  for (; i < inputs.length; i++) {
    const name = inputs[i]!;
    if (name === '-') {
      const r = ctx.read();
      emit(r.data);
      if (!r.eof) return { t: 'read', memo: { i, status, line, atStart } };
      continue;
    }
    const data = ctx.fs.readFile(name);
    if (isFsError(data)) {
      if (data.errno === 'EISDIR') ctx.err(ctx.gnu ? `${ctx.errPrefix}${name}: Is a directory\n` : `${ctx.errPrefix}read error: Is a directory\n`);
      else cantOpen(ctx, name, data);
      status = 1;
      continue;
    }
    emit(data);
  }
  return exit(status);
};
