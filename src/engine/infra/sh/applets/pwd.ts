// pwd: the working directory.

import { exit, type Applet } from './types.ts';

export const pwd: Applet = (ctx) => {
  ctx.out(`${ctx.cwd}\n`);
  return exit(0);
};
