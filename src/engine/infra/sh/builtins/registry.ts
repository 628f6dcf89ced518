// The shell builtins by name (those that need the shell itself; echo, test and friends are applets
// every shell also has built in).

import { cd } from './cd.ts';
import { breakBuiltin, dot, evalBuiltin, exitBuiltin, returnBuiltin, wait } from './flow.ts';
import { read } from './read.ts';
import { trap } from './trap.ts';
import { command, noop, type, umask } from './type.ts';
import type { Builtin } from './types.ts';
import { exportBuiltin, local, readonlyBuiltin, set, shift, unset } from './vars.ts';

export const BUILTINS: Readonly<Record<string, Builtin>> = {
  ':': noop, '.': dot, source: dot, break: breakBuiltin, continue: breakBuiltin, eval: evalBuiltin, exit: exitBuiltin,
  export: exportBuiltin, readonly: readonlyBuiltin, return: returnBuiltin, set, shift, trap, unset, local,
  cd, read, wait, type, command, umask, alias: noop, unalias: noop, hash: noop, jobs: noop, ulimit: noop, getopts: noop,
};
