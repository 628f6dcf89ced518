// dirname PATH: the path without its last component (`.` for a bare name).

import { exit, type Applet } from './types.ts';

export const dirname: Applet = (ctx) => {
  const path = ctx.argv[1];
  if (path === undefined) {
    ctx.err(`${ctx.errPrefix}missing operand\n`);
    return exit(1);
  }
  const trimmed = path.replace(/\/+$/, '');
  if (trimmed === '') {
    ctx.out(path.startsWith('/') ? '/\n' : '.\n');
    return exit(0);
  }
  const i = trimmed.lastIndexOf('/');
  ctx.out(`${i < 0 ? '.' : trimmed.slice(0, i).replace(/\/+$/, '') || '/'}\n`);
  return exit(0);
};
