// ls [-1aAdlhFpnrtSC] [FILE]...: lists files and directories, one per line when not on a terminal,
// in columns (busybox: with colours) on one. Mirrors busybox coreutils/ls.c; GNU ls's messages and
// layout when the image has coreutils.

import { isFsError } from '../../fs/errors.ts';
import { joinPath } from '../../fs/path.ts';
import { badOption, getopt, strerror } from './common.ts';
import { blocksK, columns, longLines, type Listed } from './ls-format.ts';
import { exit, type Applet, type AppletCtx } from './types.ts';

type Opts = ReadonlySet<string>;

export const ls: Applet = (ctx) => {
  const opts = getopt(ctx.argv, '1aAdlhFpnrtSCRcuix');
  if ('bad' in opts) return badOption(ctx, opts.bad, '[-1AaCxdLHRFplinshrSXvctu] [-w WIDTH] [FILE]...');
  const f = opts.flags;
  const operands = opts.args.length > 0 ? opts.args : ['.'];
  let status = 0;
  const files: Listed[] = [];
  const dirs: string[] = [];
  for (const arg of operands) {
    const st = ctx.fs.stat(arg);
    if (isFsError(st)) {
      ctx.err(ctx.gnu ? `${ctx.errPrefix}cannot access '${arg}': ${strerror(st)}\n` : `${ctx.errPrefix}${arg}: ${strerror(st)}\n`);
      status = ctx.gnu ? 2 : 1;
    } else if (st.kind === 'dir' && !f.has('d')) dirs.push(arg);
    else files.push({ name: arg, st });
  }
  let out = '';
  if (files.length > 0) out += render(ctx, f, sortItems(files, f), false);
  const many = operands.length > 1;
  for (const [i, dir] of sortItems(dirs.map((d) => ({ name: d, st: ctx.fs.stat(d) as Listed['st'] })), f).map((x) => x.name).entries()) {
    if (many) out += `${out !== '' || i > 0 ? '\n' : ''}${dir}:\n`;
    out += render(ctx, f, sortItems(entries(ctx, dir, f), f), true);
  }
  ctx.out(out);
  return exit(status);
};

function entries(ctx: AppletCtx, dir: string, f: Opts): Listed[] {
  const names = ctx.fs.readdir(dir);
  if (isFsError(names)) return [];
  const shown = names.filter((n) => f.has('a') || f.has('A') || !n.startsWith('.'));
  const all = f.has('a') ? ['.', '..', ...shown] : shown;
  const base = ctx.fs.abs(dir);
  return all.map((name) => ({ name, st: ctx.fs.stat(name === '.' ? base : name === '..' ? joinPath(base, '..') : joinPath(base, name)) as Listed['st'] }));
}

function sortItems(items: Listed[], f: Opts): Listed[] {
  const byName = (a: Listed, b: Listed): number => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  const sorted = [...items].sort((a, b) => {
    if (f.has('t')) return b.st.mtimeMs - a.st.mtimeMs || byName(a, b);
    if (f.has('S')) return b.st.size - a.st.size || byName(a, b);
    return byName(a, b);
  });
  return f.has('r') ? sorted.reverse() : sorted;
}

function decorate(ctx: AppletCtx, it: Listed, f: Opts, color: boolean): { shown: string; width: number } {
  const exe = it.st.kind === 'file' && (it.st.mode & 0o111) !== 0;
  const suffix = (f.has('F') || f.has('p')) && it.st.kind === 'dir' ? '/' : f.has('F') && exe ? '*' : '';
  if (!color) return { shown: it.name + suffix, width: it.name.length + suffix.length };
  const code = it.st.kind === 'dir' ? '1;34' : exe ? '1;32' : it.st.kind === 'chardev' ? '1;33' : '0;0';
  return { shown: `\x1b[${code}m${it.name}\x1b[m${suffix}`, width: it.name.length + suffix.length };
}

function render(ctx: AppletCtx, f: Opts, items: readonly Listed[], inDir: boolean): string {
  const color = ctx.tty && !ctx.gnu;
  const deco = items.map((it) => decorate(ctx, it, f, color));
  if (f.has('l') || f.has('n')) {
    const total = inDir ? `total ${items.reduce((s, it) => s + blocksK(it.st), 0)}\n` : '';
    if (items.length === 0) return total;
    const lines = longLines(items, deco.map((d) => d.shown), { gnu: ctx.gnu, human: f.has('h'), numeric: f.has('n'), nowMs: ctx.nowMs });
    return `${total}${lines.join('\n')}\n`;
  }
  if (items.length === 0) return '';
  if (!ctx.tty || f.has('1')) return `${deco.map((d) => d.shown).join('\n')}\n`;
  return `${columns(deco.map((d) => d.shown), deco.map((d) => d.width), ctx.gnu).join('\n')}\n`;
}
