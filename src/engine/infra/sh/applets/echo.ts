// echo: its arguments joined by spaces. busybox and bash take -n/-e/-E; dash's builtin takes only -n
// and always expands escapes. Mirrors busybox coreutils/echo.c.

import { unescape } from './escapes.ts';
import { exit, type Applet } from './types.ts';

export const echo: Applet = (ctx) => {
  let args = ctx.argv.slice(1);
  const dash = ctx.shell === 'dash';
  let newline = true;
  let escapes = dash;
  while (args.length > 0 && (dash ? args[0] === '-n' : /^-[neE]+$/.test(args[0]!))) {
    for (const c of args[0]!.slice(1)) {
      if (c === 'n') newline = false;
      else if (c === 'e') escapes = true;
      else escapes = false;
    }
    args = args.slice(1);
  }
  let text = args.join(' ');
  if (escapes) {
    const r = unescape(text, true);
    text = r.text;
    if (r.stop) newline = false;
  }
  ctx.out(newline ? `${text}\n` : text);
  return exit(0);
};
