// rmdir [-p] DIR...: removes empty directories. Mirrors busybox coreutils/rmdir.c (`'x': …`) and
// GNU's `failed to remove 'x': …`.

import { parentOf } from '../../fs/path.ts';
import { badOption, getopt, strerror } from './common.ts';
import { exit, type Applet } from './types.ts';

export const rmdir: Applet = (ctx) => {
  const opts = getopt(ctx.argv, 'pv');
  if ('bad' in opts) return badOption(ctx, opts.bad, '[-p] DIRECTORY...');
  if (opts.args.length === 0) {
    ctx.err(ctx.gnu ? `${ctx.errPrefix}missing operand\nTry 'rmdir --help' for more information.\n` : `${ctx.errPrefix}missing operand\n`);
    return exit(1);
  }
  let status = 0;
  for (const arg of opts.args) {
    let path = arg.replace(/(.)\/+$/, '$1');
    for (;;) {
      const err = ctx.fs.rmdir(path);
      if (err) {
        ctx.err(ctx.gnu ? `${ctx.errPrefix}failed to remove '${path}': ${strerror(err)}\n` : `${ctx.errPrefix}'${path}': ${strerror(err)}\n`);
        status = 1;
        break;
      }
      if (!opts.flags.has('p') || !path.includes('/')) break;
      path = parentOf(path.startsWith('/') ? path : `/${path}`).slice(path.startsWith('/') ? 0 : 1);
      if (path === '' || path === '/') break;
    }
  }
  return exit(status);
};
