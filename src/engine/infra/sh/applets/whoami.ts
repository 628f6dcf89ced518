// whoami: the user name (containers here run as root).

import { exit, type Applet } from './types.ts';

export const whoami: Applet = (ctx) => {
  ctx.out('root\n');
  return exit(0);
};
