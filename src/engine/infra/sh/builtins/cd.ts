// cd [DIR|-]: changes the shell's working directory and PWD/OLDPWD; `cd -` prints where it went.
// Mirrors ash's cdcmd messages (`can't cd to DIR: …`), dash's and bash's.

import { isFsError } from '../../fs/errors.ts';
import { strerror } from '../applets/common.ts';
import { exit } from '../applets/types.ts';
import { getVar, setVar } from '../vars.ts';
import type { Builtin } from './types.ts';

export const cd: Builtin = (b) => {
  const sh = b.th.sh;
  const arg = b.argv.slice(1).find((a) => a !== '-L' && a !== '-P' && a !== '--');
  let dir = arg ?? getVar(sh, 'HOME') ?? '/';
  const back = arg === '-';
  if (back) {
    const old = getVar(sh, 'OLDPWD');
    if (old === undefined) {
      b.fail(b.shell === 'bash' ? 'OLDPWD not set' : "can't cd to -: No such file or directory");
      return exit(1);
    }
    dir = old;
  }
  const target = b.fs.abs(dir);
  const st = b.fs.stat(dir);
  const err = isFsError(st) ? st : st.kind !== 'dir' ? { errno: 'ENOTDIR' as const, path: dir } : undefined;
  if (err) {
    if (b.shell === 'bash') b.fail(`${dir}: ${strerror(err)}`);
    else if (b.shell === 'dash') b.fail(`can't cd to ${dir}`);
    else b.fail(`can't cd to ${dir}: ${strerror(err)}`);
    return exit(b.shell === 'ash' ? 2 : 1);
  }
  setVar(sh, 'OLDPWD', sh.cwd, true);
  sh.cwd = target;
  setVar(sh, 'PWD', target, true);
  if (back) b.out(`${target}\n`);
  return exit(0);
};
