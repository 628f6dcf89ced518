// cp [-r] [-f] [-p] SOURCE... DEST: copies files, and directory trees with -r/-a.
// Mirrors busybox libbb/copy_file.c messages and GNU cp's.

import { isFsError, type FsError } from '../../fs/errors.ts';
import { baseName } from '../../fs/path.ts';
import type { Vfs } from '../../fs/vfs.ts';
import { badOption, getopt, strerror } from './common.ts';
import { exit, type Applet, type AppletCtx } from './types.ts';

export const cp: Applet = (ctx) => {
  const opts = getopt(ctx.argv, 'aRrdfpinlsvuHLPT');
  if ('bad' in opts) return badOption(ctx, opts.bad, '[-arPLHpfinlsTu] SOURCE... DEST');
  const recursive = ['a', 'r', 'R'].some((f) => opts.flags.has(f));
  return copyAll(ctx, opts.args, recursive);
};

/** Copies SOURCE... into DEST (a directory when several sources); shared with `mv` across devices. */
export function copyAll(ctx: AppletCtx, args: readonly string[], recursive: boolean): ReturnType<Applet> {
  if (args.length < 2) {
    ctx.err(args.length === 0 ? `${ctx.errPrefix}missing file operand\n` : `${ctx.errPrefix}missing destination file operand after '${args[0]}'\n`);
    return exit(1);
  }
  const dest = args[args.length - 1]!;
  const sources = args.slice(0, -1);
  const destStat = ctx.fs.stat(dest);
  const intoDir = !isFsError(destStat) && destStat.kind === 'dir';
  if (sources.length > 1 && !intoDir) {
    ctx.err(ctx.gnu ? `${ctx.errPrefix}target '${dest}' is not a directory\n` : `${ctx.errPrefix}'${dest}' is not a directory\n`);
    return exit(1);
  }
  let status = 0;
  for (const src of sources) {
    const target = intoDir ? `${dest.replace(/\/+$/, '')}/${baseName(src)}` : dest;
    const st = ctx.fs.stat(src);
    if (isFsError(st)) {
      ctx.err(`${ctx.errPrefix}${ctx.gnu ? 'cannot' : "can't"} stat '${src}': ${strerror(st)}\n`);
      status = 1;
      continue;
    }
    if (st.kind === 'dir' && !recursive) {
      ctx.err(ctx.gnu ? `${ctx.errPrefix}-r not specified; omitting directory '${src}'\n` : `${ctx.errPrefix}omitting directory '${src}'\n`);
      status = 1;
      continue;
    }
    const err = copyTree(ctx.fs, src, target);
    if (err) {
      ctx.err(`${ctx.errPrefix}${ctx.gnu ? 'cannot' : "can't"} create '${err.path}': ${strerror(err)}\n`);
      status = 1;
    }
  }
  return exit(status);
}

function copyTree(fs: Vfs, src: string, dst: string): FsError | undefined {
  const st = fs.stat(src);
  if (isFsError(st)) return st;
  if (st.kind !== 'dir') {
    const data = fs.readFile(src);
    if (isFsError(data)) return data;
    return fs.writeFile(dst, data, { mode: st.mode });
  }
  const made = fs.mkdir(dst);
  if (made && made.errno !== 'EEXIST') return made;
  const names = fs.readdir(src);
  if (isFsError(names)) return names;
  for (const name of names) {
    const err = copyTree(fs, `${src.replace(/\/+$/, '')}/${name}`, `${dst.replace(/\/+$/, '')}/${name}`);
    if (err) return err;
  }
  return undefined;
}
