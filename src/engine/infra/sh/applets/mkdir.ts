// mkdir [-p] [-m MODE] DIR...: makes directories. Mirrors busybox libbb/make_directory.c
// (`can't create directory 'x': …`) and GNU's `cannot create directory 'x': …`.

import { badOption, getopt, strerror } from './common.ts';
import { exit, type Applet } from './types.ts';

export const mkdir: Applet = (ctx) => {
  const opts = getopt(ctx.argv, 'pv', 'm');
  if ('bad' in opts) return badOption(ctx, opts.bad, '[-m MODE] [-p] DIRECTORY...');
  if (opts.args.length === 0) {
    ctx.err(ctx.gnu ? `${ctx.errPrefix}missing operand\nTry 'mkdir --help' for more information.\n` : `${ctx.errPrefix}missing operand\n`);
    return exit(1);
  }
  const mode = opts.values.m !== undefined ? parseInt(opts.values.m, 8) : undefined;
  if (mode !== undefined && Number.isNaN(mode)) {
    ctx.err(`${ctx.errPrefix}invalid mode '${opts.values.m}'\n`);
    return exit(1);
  }
  let status = 0;
  for (const path of opts.args) {
    const err = ctx.fs.mkdir(path, { parents: opts.flags.has('p'), ...(mode !== undefined ? { mode } : {}) });
    if (err) {
      ctx.err(`${ctx.errPrefix}${ctx.gnu ? 'cannot' : "can't"} create directory '${path}': ${strerror(err)}\n`);
      status = 1;
    }
  }
  return exit(status);
};
