// `uniq`: collapses adjacent equal lines; `-c` counts them, `-d` keeps repeated ones, `-u` unique
// ones, `-i` ignores case (GNU coreutils).

import type { CommandContext, CommandSpec } from '../types.ts';
import { parseOrFail } from './args.ts';
import { eachInput, splitLines } from './files.ts';

function uniq(ctx: CommandContext): number {
  const args = parseOrFail(ctx, { flags: 'cdui', long: { count: 'c', repeated: 'd', unique: 'u', 'ignore-case': 'i' } });
  if (typeof args === 'number') return args;
  const same = (a: string, b: string): boolean => (args.flags.has('i') ? a.toLowerCase() === b.toLowerCase() : a === b);
  const groups: Array<{ line: string; count: number }> = [];
  const failed = eachInput(ctx, args.operands.slice(0, 1), ({ content }) => {
    for (const line of splitLines(content)) {
      const last = groups.at(-1);
      if (last !== undefined && same(last.line, line)) last.count += 1;
      else groups.push({ line, count: 1 });
    }
  });
  for (const { line, count } of groups) {
    if (args.flags.has('d') && count === 1) continue;
    if (args.flags.has('u') && count > 1) continue;
    ctx.io.stdout.write(args.flags.has('c') ? `${String(count).padStart(7)} ${line}\n` : `${line}\n`);
  }
  return failed ? 1 : 0;
}

export const UNIQ: CommandSpec = { name: 'uniq', path: '/usr/bin/uniq', run: uniq };
