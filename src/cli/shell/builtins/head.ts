// `head`: the first lines of each input (`-n N`, `-N`; `-n -N` for all but the last N).

import type { CommandContext, CommandSpec } from '../types.ts';
import { runLineFilter } from './line-filter.ts';

function head(ctx: CommandContext): number {
  return runLineFilter(ctx, '-', (total, { lines, fromOtherEnd }) => [0, fromOtherEnd ? total - lines : Math.min(lines, total)]);
}

export const HEAD: CommandSpec = { name: 'head', path: '/usr/bin/head', run: head };
