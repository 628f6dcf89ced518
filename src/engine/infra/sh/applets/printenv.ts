// printenv [NAME]...: the whole environment, or the values of the named variables (status 1 when
// one is missing). Mirrors busybox coreutils/printenv.c.

import { exit, type Applet } from './types.ts';

export const printenv: Applet = (ctx) => {
  const names = ctx.argv.slice(1);
  if (names.length === 0) {
    ctx.out(ctx.env().map((kv) => `${kv}\n`).join(''));
    return exit(0);
  }
  let status = 0;
  for (const name of names) {
    const kv = ctx.env().find((v) => v.startsWith(`${name}=`));
    if (kv === undefined) status = 1;
    else ctx.out(`${kv.slice(name.length + 1)}\n`);
  }
  return exit(status);
};
