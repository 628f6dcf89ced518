// `wc`: line, word and byte counts with GNU's column widths: no padding for one count of one
// input, otherwise as wide as the total size of the files (at least 7 when stdin is read).

import { utf8ByteLength } from '../../../engine/index.ts';
import type { CommandContext, CommandSpec } from '../types.ts';
import { parseOrFail } from './args.ts';
import { eachInput, resolve } from './files.ts';

const COUNTERS = ['l', 'w', 'm', 'c'] as const;
type Counter = (typeof COUNTERS)[number];
type Counts = Record<Counter, number>;

/** Minimum width when a pipe is read. Deviation from upstream: stdin counts as a pipe even when redirected from a file. */
const STDIN_MIN_WIDTH = 7;

function count(text: string): Counts {
  const words = text.split(/[ \t\n\r\f\v]+/).filter((word) => word !== '').length;
  return { l: text.split('\n').length - 1, w: words, m: [...text].length, c: utf8ByteLength(text) };
}

/** GNU sizes the columns before reading, from what stat says about each operand. */
function columnWidth(ctx: CommandContext, operands: readonly string[], selected: readonly Counter[]): number {
  if (operands.length === 1 && selected.length === 1) return 1;
  const stats = operands.map((name) => (name === '-' ? undefined : ctx.fs.stat(resolve(ctx, name))));
  let regularBytes = 0;
  let minimum = 1;
  for (const [index, name] of operands.entries()) {
    const stat = stats[index];
    if (name === '-' || stat?.type === 'dir') minimum = STDIN_MIN_WIDTH;
    else if (stat !== undefined) regularBytes += stat.size;
  }
  return Math.max(String(regularBytes).length, minimum);
}

function wc(ctx: CommandContext): number {
  const args = parseOrFail(ctx, { flags: 'lwmc', long: { lines: 'l', words: 'w', chars: 'm', bytes: 'c' } });
  if (typeof args === 'number') return args;
  const chosen = COUNTERS.filter((counter) => args.flags.has(counter));
  const selected: readonly Counter[] = chosen.length > 0 ? chosen : ['l', 'w', 'c'];
  const operands = args.operands.length > 0 ? args.operands : ['-'];
  const width = columnWidth(ctx, operands, selected);
  const format = (counts: Counts, name: string | undefined): string => {
    const columns = selected.map((counter) => String(counts[counter]).padStart(width)).join(' ');
    return name === undefined ? `${columns}\n` : `${columns} ${name}\n`;
  };
  const total: Counts = { l: 0, w: 0, m: 0, c: 0 };
  const failed = eachInput(ctx, args.operands, ({ name, content }) => {
    const counts = count(content);
    for (const counter of COUNTERS) total[counter] += counts[counter];
    ctx.io.stdout.write(format(counts, args.operands.length === 0 ? undefined : name));
  });
  if (operands.length > 1) ctx.io.stdout.write(format(total, 'total'));
  return failed ? 1 : 0;
}

export const WC: CommandSpec = { name: 'wc', path: '/usr/bin/wc', run: wc };
