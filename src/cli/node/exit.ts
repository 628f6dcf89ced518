// bash's `exit` and `logout` in a login shell on a node: `logout`, then the terminal's shell stack
// goes back to the shell below (the ssh connection closes, or `sudo -i` ends).

import type { CommandContext, CommandSpec } from '../shell/types.ts';

function leave(ctx: CommandContext): number {
  const arg = ctx.argv[1];
  const code = arg === undefined ? 0 : Number(arg);
  if (arg !== undefined && !/^-?\d+$/.test(arg)) {
    ctx.io.stderr.write(`logout\nbash: ${ctx.argv[0]!}: ${arg}: numeric argument required\n`);
    ctx.shells?.logout(2);
    return 2;
  }
  ctx.io.stderr.write('logout\n');
  ctx.shells?.logout(code);
  return code;
}

export const EXIT: CommandSpec = { name: 'exit', run: leave };
export const LOGOUT: CommandSpec = { name: 'logout', run: leave };
