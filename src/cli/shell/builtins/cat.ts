// `cat`: concatenates files and stdin; `-n` numbers the output lines (GNU coreutils).

import type { CommandContext, CommandSpec } from '../types.ts';
import { parseOrFail } from './args.ts';
import { eachInput } from './files.ts';

/** Numbers lines as `cat -n` does (`%6d\t`), counting on across files. */
class LineNumberer {
  private line = 0;
  private atLineStart = true;

  number(text: string): string {
    let out = '';
    for (const char of text) {
      if (this.atLineStart) {
        this.line += 1;
        out += `${String(this.line).padStart(6)}\t`;
      }
      out += char;
      this.atLineStart = char === '\n';
    }
    return out;
  }
}

function cat(ctx: CommandContext): number {
  const args = parseOrFail(ctx, { flags: 'nu', long: { number: 'n' } });
  if (typeof args === 'number') return args;
  const numberer = args.flags.has('n') ? new LineNumberer() : undefined;
  const failed = eachInput(ctx, args.operands, ({ content }) => {
    ctx.io.stdout.write(numberer === undefined ? content : numberer.number(content));
  });
  return failed ? 1 : 0;
}

export const CAT: CommandSpec = { name: 'cat', path: '/usr/bin/cat', run: cat };
