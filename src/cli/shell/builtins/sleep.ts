// `sleep`: waits for the sum of its durations of virtual time, as a Process the host polls.

import type { CommandContext, CommandSpec } from '../types.ts';
import { usageError } from './args.ts';
import { TimerProcess, parseDurationMs } from './duration.ts';

function sleep(ctx: CommandContext): TimerProcess | number {
  const operands = ctx.argv.slice(1);
  if (operands.length === 0) return usageError(ctx, 'missing operand');
  let totalMs = 0;
  for (const operand of operands) {
    const ms = parseDurationMs(operand);
    if (ms === undefined) return usageError(ctx, `invalid time interval '${operand}'`);
    totalMs += ms;
  }
  return totalMs === 0 ? 0 : new TimerProcess(ctx.nowMs() + totalMs);
}

export const SLEEP: CommandSpec = { name: 'sleep', path: '/usr/bin/sleep', run: sleep };
