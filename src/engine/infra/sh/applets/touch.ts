// touch [-c] FILE...: creates empty files or updates their modification time.
// Mirrors busybox coreutils/touch.c (`touch: FILE: …`) and GNU's `cannot touch 'FILE': …`.

import { badOption, getopt, strerror } from './common.ts';
import { exit, type Applet } from './types.ts';

export const touch: Applet = (ctx) => {
  const opts = getopt(ctx.argv, 'cahm', 'dtr');
  if ('bad' in opts) return badOption(ctx, opts.bad, '[-cham] [-d DATE] [-t DATE] [-r FILE] FILE...');
  if (opts.args.length === 0) {
    ctx.err(ctx.gnu ? `${ctx.errPrefix}missing file operand\nTry 'touch --help' for more information.\n` : `${ctx.errPrefix}missing operand\n`);
    return exit(1);
  }
  let status = 0;
  for (const path of opts.args) {
    if (opts.flags.has('c') && !ctx.fs.exists(path)) continue;
    const err = ctx.fs.touch(path);
    if (err) {
      ctx.err(ctx.gnu ? `${ctx.errPrefix}cannot touch '${path}': ${strerror(err)}\n` : `${ctx.errPrefix}${path}: ${strerror(err)}\n`);
      status = 1;
    }
  }
  return exit(status);
};
