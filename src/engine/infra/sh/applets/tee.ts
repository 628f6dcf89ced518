// tee [-a] [FILE]...: copies standard input to standard output and to files, as it arrives.
// Mirrors busybox coreutils/tee.c.

import { strerror } from './common.ts';
import { exit, type Applet } from './types.ts';

export const tee: Applet = (ctx, memo) => {
  const append = ctx.argv.includes('-a');
  const files = ctx.argv.slice(1).filter((a) => a !== '-a' && a !== '-i');
  let status = (memo as number | undefined) ?? 0;
  if (memo === undefined) {
    for (const f of files) {
      const err = append ? ctx.fs.writeFile(f, '', { append: true }) : ctx.fs.writeFile(f, '');
      if (err) {
        ctx.err(`${ctx.errPrefix}${f}: ${strerror(err)}\n`);
        status = 1;
      }
    }
  }
  const r = ctx.read();
  ctx.out(r.data);
  for (const f of files) if (r.data !== '') ctx.fs.writeFile(f, r.data, { append: true });
  return r.eof ? exit(status) : { t: 'read', memo: status };
};
