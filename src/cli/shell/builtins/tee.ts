// `tee [-a] [FILE]...`: copies standard input to standard output and to each file, truncating them
// first unless -a appends (GNU coreutils). A file it cannot write is reported and the others still
// get the data; the exit status is then 1.

import type { CommandContext, CommandSpec } from '../types.ts';
import { parseOrFail } from './args.ts';
import { errorText, printError, resolve } from './files.ts';

function tee(ctx: CommandContext): number {
  const args = parseOrFail(ctx, { flags: 'aip', long: { append: 'a', 'ignore-interrupts': 'i' } });
  if (typeof args === 'number') return args;
  const data = ctx.io.stdin;
  let status = 0;
  // Every file is opened (and truncated) before anything is written, as tee opens them all first.
  const writable: string[] = [];
  for (const operand of args.operands) {
    const path = resolve(ctx, operand);
    try {
      if (args.flags.has('a')) ctx.fs.appendFile(path, '');
      else ctx.fs.writeFile(path, '');
      writable.push(path);
    } catch (error) {
      printError(ctx, `${operand}: ${errorText(error)}`);
      status = 1;
    }
  }
  ctx.io.stdout.write(data);
  for (const path of writable) ctx.fs.appendFile(path, data);
  return status;
}

export const TEE: CommandSpec = { name: 'tee', path: '/usr/bin/tee', run: tee };
