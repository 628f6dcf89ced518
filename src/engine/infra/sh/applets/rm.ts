// rm [-f] [-r] FILE...: removes files, and directories with -r. Mirrors busybox coreutils/rm.c and
// libbb/remove_file.c messages (`can't remove 'x': …`), GNU's `cannot remove 'x': …` for coreutils.

import { isFsError, type FsError } from '../../fs/errors.ts';
import type { Vfs } from '../../fs/vfs.ts';
import { badOption, getopt, strerror } from './common.ts';
import { exit, type Applet, type AppletCtx } from './types.ts';

export const rm: Applet = (ctx) => {
  const opts = getopt(ctx.argv, 'fiRrv');
  if ('bad' in opts) return badOption(ctx, opts.bad, '[-irf] FILE...');
  const force = opts.flags.has('f');
  const recursive = opts.flags.has('r') || opts.flags.has('R');
  if (opts.args.length === 0 && !force) {
    ctx.err(ctx.gnu ? `${ctx.errPrefix}missing operand\nTry 'rm --help' for more information.\n` : `${ctx.errPrefix}missing operand\n`);
    return exit(1);
  }
  let status = 0;
  for (const path of opts.args) {
    if (/(^|\/)\.\.?\/*$/.test(path)) {
      ctx.err(ctx.gnu ? `${ctx.errPrefix}refusing to remove '.' or '..' directory: skipping '${path}'\n` : `${ctx.errPrefix}can't remove '.' or '..'\n`);
      status = 1;
      continue;
    }
    const st = ctx.fs.stat(path);
    if (isFsError(st)) {
      if (!(force && st.errno === 'ENOENT')) status = fail(ctx, path, st);
      continue;
    }
    if (st.kind === 'dir' && !recursive) {
      ctx.err(ctx.gnu ? `${ctx.errPrefix}cannot remove '${path}': Is a directory\n` : `${ctx.errPrefix}'${path}' is a directory\n`);
      status = 1;
      continue;
    }
    const err = removeTree(ctx.fs, path);
    if (err) status = fail(ctx, err.path, err);
  }
  return exit(status);
};

function fail(ctx: AppletCtx, path: string, err: FsError): number {
  ctx.err(`${ctx.errPrefix}${ctx.gnu ? 'cannot' : "can't"} remove '${path}': ${strerror(err)}\n`);
  return 1;
}

/** Removes a file or a whole directory tree; the first failure stops it. */
export function removeTree(fs: Vfs, path: string): FsError | undefined {
  const st = fs.stat(path);
  if (isFsError(st)) return st;
  if (st.kind !== 'dir') return fs.unlink(path);
  const names = fs.readdir(path);
  if (isFsError(names)) return names;
  for (const name of names) {
    const err = removeTree(fs, `${path.replace(/\/+$/, '')}/${name}`);
    if (err) return err;
  }
  return fs.rmdir(path);
}
