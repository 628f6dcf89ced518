// uname [-asnrvmo]: the node's kernel as containers see it (the course nodes run Ubuntu 22.04's
// 5.15 kernel on x86_64). Mirrors busybox coreutils/uname.c field order.

import { exit, type Applet } from './types.ts';

const KERNEL_RELEASE = '5.15.0-130-generic';
const KERNEL_VERSION = '#140-Ubuntu SMP Wed Dec 18 17:59:53 UTC 2024';

export const uname: Applet = (ctx) => {
  const flags = new Set(ctx.argv.slice(1).join('').replace(/-/g, ''));
  const all = flags.has('a');
  const fields: Array<[string, string]> = [
    ['s', 'Linux'], ['n', ctx.hostname], ['r', KERNEL_RELEASE], ['v', KERNEL_VERSION], ['m', 'x86_64'], ['o', 'GNU/Linux'],
  ];
  const chosen = fields.filter(([f]) => all || flags.has(f)).map(([, v]) => v);
  ctx.out(`${chosen.length > 0 ? chosen.join(' ') : 'Linux'}\n`);
  return exit(0);
};
