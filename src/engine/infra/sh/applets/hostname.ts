// hostname [-s]: the container's host name (the pod's name, or spec.hostname).

import { exit, type Applet } from './types.ts';

export const hostname: Applet = (ctx) => {
  const short = ctx.argv.includes('-s');
  ctx.out(`${short ? ctx.hostname.split('.')[0] : ctx.hostname}\n`);
  return exit(0);
};
