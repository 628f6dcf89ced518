// `tail`: the last lines of each input (`-n N`, `-N`; `-n +N` for everything from line N).

import type { CommandContext, CommandSpec } from '../types.ts';
import { runLineFilter } from './line-filter.ts';

function tail(ctx: CommandContext): number {
  return runLineFilter(ctx, '+', (total, { lines, fromOtherEnd }) => [
    fromOtherEnd ? Math.max(lines - 1, 0) : Math.max(total - lines, 0),
    total,
  ]);
}

export const TAIL: CommandSpec = { name: 'tail', path: '/usr/bin/tail', run: tail };
