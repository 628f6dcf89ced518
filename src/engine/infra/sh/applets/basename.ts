// basename PATH [SUFFIX]: the last component of a path, without SUFFIX.

import { baseName } from '../../fs/path.ts';
import { exit, type Applet } from './types.ts';

export const basename: Applet = (ctx) => {
  const [, path, suffix] = ctx.argv;
  if (path === undefined) {
    ctx.err(`${ctx.errPrefix}missing operand\n`);
    return exit(1);
  }
  const base = baseName(path);
  ctx.out(`${suffix && base !== suffix && base.endsWith(suffix) ? base.slice(0, -suffix.length) : base}\n`);
  return exit(0);
};
