// mv SOURCE... DEST: renames, or copies then removes across filesystems (a volume and the container).
// Mirrors busybox coreutils/mv.c (`can't rename 'x': …`) and GNU mv's messages.

import { isFsError } from '../../fs/errors.ts';
import { baseName } from '../../fs/path.ts';
import { badOption, getopt, strerror } from './common.ts';
import { copyAll } from './cp.ts';
import { removeTree } from './rm.ts';
import { exit, type Applet } from './types.ts';

export const mv: Applet = (ctx) => {
  const opts = getopt(ctx.argv, 'finvT');
  if ('bad' in opts) return badOption(ctx, opts.bad, '[-fin] SOURCE DEST');
  const args = opts.args;
  if (args.length < 2) {
    ctx.err(args.length === 0 ? `${ctx.errPrefix}missing file operand\n` : `${ctx.errPrefix}missing destination file operand after '${args[0]}'\n`);
    return exit(1);
  }
  const dest = args[args.length - 1]!;
  const destStat = ctx.fs.stat(dest);
  const intoDir = !isFsError(destStat) && destStat.kind === 'dir';
  let status = 0;
  for (const src of args.slice(0, -1)) {
    const target = intoDir ? `${dest.replace(/\/+$/, '')}/${baseName(src)}` : dest;
    const err = ctx.fs.rename(src, target);
    if (!err) continue;
    if (err.errno === 'EXDEV') {
      const copied = copyAll(ctx, [src, target], true);
      if (copied.t === 'exit' && copied.code === 0) removeTree(ctx.fs, src);
      else status = 1;
      continue;
    }
    if (ctx.gnu) ctx.err(`${ctx.errPrefix}${err.errno === 'ENOENT' && !ctx.fs.exists(src) ? `cannot stat '${src}'` : `cannot move '${src}' to '${target}'`}: ${strerror(err)}\n`);
    else ctx.err(`${ctx.errPrefix}can't rename '${src}': ${strerror(err)}\n`);
    status = 1;
  }
  return exit(status);
};
