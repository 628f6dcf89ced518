// `cat`: concatenates files and stdin; `-n` numbers the output lines, `-A` (`-vET`) shows
// control characters as `^X`, bytes above 127 as `M-…`, tabs as `^I` and line ends as `$` (GNU coreutils).

import { utf8Encode } from '../../../engine/index.ts';
import type { CommandContext, CommandSpec } from '../types.ts';
import { parseOrFail } from './args.ts';
import { eachInput } from './files.ts';

interface Visibility {
  readonly ends: boolean;
  readonly tabs: boolean;
  readonly nonPrinting: boolean;
}

function showByte(byte: number): string {
  const high = byte >= 128 ? 'M-' : '';
  const low = byte & 0x7f;
  if (low === 0x7f) return `${high}^?`;
  return low < 32 ? `${high}^${String.fromCharCode(low + 64)}` : high + String.fromCharCode(low);
}

function makeVisible(text: string, show: Visibility): string {
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (char === '\n') out += show.ends ? '$\n' : '\n';
    else if (char === '\t') out += show.tabs ? '^I' : '\t';
    else if (show.nonPrinting && (code < 32 || code >= 127)) out += utf8Encode(char).map(showByte).join('');
    else out += char;
  }
  return out;
}

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
  const args = parseOrFail(ctx, { flags: 'nuAETv', long: { number: 'n', 'show-all': 'A', 'show-ends': 'E', 'show-tabs': 'T' } });
  if (typeof args === 'number') return args;
  const all = args.flags.has('A');
  const show: Visibility = { ends: all || args.flags.has('E'), tabs: all || args.flags.has('T'), nonPrinting: all || args.flags.has('v') };
  const numberer = args.flags.has('n') ? new LineNumberer() : undefined;
  const failed = eachInput(ctx, args.operands, ({ content }) => {
    const visible = makeVisible(content, show);
    ctx.io.stdout.write(numberer === undefined ? visible : numberer.number(visible));
  });
  return failed ? 1 : 0;
}

export const CAT: CommandSpec = { name: 'cat', path: '/usr/bin/cat', run: cat };
