// hostname [-s|-i]: the container's host name (the pod's name, or spec.hostname); `-i` its addresses
// as the resolver finds the name (the kubelet's /etc/hosts line). Mirrors busybox networking/hostname.c.

import { resolveHost } from '../../resolver.ts';
import { exit, type Applet } from './types.ts';

export const hostname: Applet = (ctx) => {
  if (ctx.argv.includes('-i')) {
    const found = ctx.net ? resolveHost(ctx.net, ctx.fs, ctx.hostname) : undefined;
    if (found?.kind !== 'ok') {
      ctx.err(`${ctx.errPrefix}bad address '${ctx.hostname}'\n`);
      return exit(1);
    }
    ctx.out(`${found.addresses.join(' ')}\n`);
    return exit(0);
  }
  const short = ctx.argv.includes('-s');
  ctx.out(`${short ? ctx.hostname.split('.')[0] : ctx.hostname}\n`);
  return exit(0);
};
