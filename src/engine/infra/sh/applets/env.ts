// env [-i] [-u NAME] [NAME=VALUE]... [COMMAND [ARG]...]: prints the environment in order, or runs a
// command with a changed one. Mirrors busybox coreutils/env.c.

import { exit, type Applet } from './types.ts';

export const env: Applet = (ctx) => {
  let vars = [...ctx.env()];
  let i = 1;
  for (; i < ctx.argv.length; i++) {
    const a = ctx.argv[i]!;
    if (a === '-i' || a === '-') vars = [];
    else if (a === '-u' && ctx.argv[i + 1] !== undefined) {
      const name = ctx.argv[++i]!;
      vars = vars.filter((kv) => !kv.startsWith(`${name}=`));
    } else if (a === '--') {
      i++;
      break;
    } else break;
  }
  for (; i < ctx.argv.length && ctx.argv[i]!.includes('='); i++) {
    const kv = ctx.argv[i]!;
    const name = kv.slice(0, kv.indexOf('='));
    const at = vars.findIndex((v) => v.startsWith(`${name}=`));
    if (at >= 0) vars[at] = kv;
    else vars.push(kv);
  }
  if (i < ctx.argv.length) return { t: 'exec', argv: ctx.argv.slice(i), env: vars };
  ctx.out(vars.map((kv) => `${kv}\n`).join(''));
  return exit(0);
};
