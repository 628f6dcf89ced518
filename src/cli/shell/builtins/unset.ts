// `unset NAME...`: removes shell variables (bash's builtin; invalid names are ignored silently).

import type { CommandContext, CommandSpec } from '../types.ts';
import { isValidName } from './identifiers.ts';

function unset(ctx: CommandContext): number {
  for (const name of ctx.argv.slice(1)) {
    if (name === '-v' || name === '-f' || name === '--') continue;
    if (isValidName(name)) ctx.vars.unset(name);
  }
  return 0;
}

export const UNSET: CommandSpec = { name: 'unset', run: unset };
