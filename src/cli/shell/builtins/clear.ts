// `clear`: clears the screen and its scrollback (the sequence ncurses' clear writes for xterm).

import type { CommandContext, CommandSpec } from '../types.ts';

export const CLEAR_SEQUENCE = '\x1b[H\x1b[2J\x1b[3J';

function clear(ctx: CommandContext): number {
  ctx.io.stdout.write(CLEAR_SEQUENCE);
  ctx.clearScreen();
  return 0;
}

export const CLEAR: CommandSpec = { name: 'clear', path: '/usr/bin/clear', run: clear };
