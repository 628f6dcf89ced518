// `tr`: translates (`tr SET1 SET2`), deletes (`-d`) or squeezes (`-s`) characters of stdin.
// Sets take ranges (`a-z`), classes (`[:upper:]`) and escapes (`\n`); SET2 is padded with its last char.

import { decodeEscapes } from '../escapes.ts';
import type { CommandContext, CommandSpec } from '../types.ts';
import { parseOrFail, usageError } from './args.ts';

const CLASSES: Readonly<Record<string, string>> = {
  lower: 'abcdefghijklmnopqrstuvwxyz',
  upper: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
  digit: '0123456789',
  space: ' \t\n\r\f\v',
  blank: ' \t',
  alpha: 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ',
  alnum: 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789',
  punct: '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~',
};

/** Expands a set into its characters, in order. */
function expandSet(spec: string): string[] {
  const chars = [...decodeEscapes(spec, 'ansiC').text];
  const out: string[] = [];
  for (let i = 0; i < chars.length; i += 1) {
    const rest = chars.slice(i).join('');
    const cls = /^\[:([a-z]+):\]/.exec(rest);
    if (cls !== null && CLASSES[cls[1] ?? ''] !== undefined) {
      out.push(...(CLASSES[cls[1] ?? ''] ?? ''));
      i += cls[0].length - 1;
      continue;
    }
    const from = chars[i] ?? '';
    const to = chars[i + 2];
    if (chars[i + 1] === '-' && to !== undefined && (to.codePointAt(0) ?? 0) >= (from.codePointAt(0) ?? 0)) {
      for (let code = from.codePointAt(0) ?? 0; code <= (to.codePointAt(0) ?? 0); code += 1) out.push(String.fromCodePoint(code));
      i += 2;
      continue;
    }
    out.push(from);
  }
  return out;
}

function squeeze(text: string, set: ReadonlySet<string>): string {
  let out = '';
  let previous = '';
  for (const char of text) {
    if (!(char === previous && set.has(char))) out += char;
    previous = char;
  }
  return out;
}

function translate(text: string, from: readonly string[], to: readonly string[]): string {
  const map = new Map<string, string>();
  from.forEach((char, i) => map.set(char, to[Math.min(i, to.length - 1)] ?? char));
  return [...text].map((char) => map.get(char) ?? char).join('');
}

function tr(ctx: CommandContext): number {
  const args = parseOrFail(ctx, { flags: 'ds', long: { delete: 'd', 'squeeze-repeats': 's' } });
  if (typeof args === 'number') return args;
  const [set1, set2, extra] = args.operands;
  const deleting = args.flags.has('d');
  const squeezing = args.flags.has('s');
  if (set1 === undefined) return usageError(ctx, 'missing operand');
  const needed = deleting && squeezing ? 2 : deleting || (squeezing && set2 === undefined) ? 1 : 2;
  if (set2 === undefined && needed === 2) {
    const why = deleting ? 'Two strings must be given when both deleting and squeezing.' : 'Two strings must be given when translating.';
    ctx.io.stderr.write(`tr: missing operand after '${set1}'\n${why}\nTry 'tr --help' for more information.\n`);
    return 1;
  }
  const surplus = needed === 1 ? set2 : extra;
  if (surplus !== undefined) return usageError(ctx, `extra operand '${surplus}'`);
  const first = expandSet(set1);
  let text = ctx.io.stdin;
  if (deleting) text = [...text].filter((char) => !first.includes(char)).join('');
  else if (set2 !== undefined) text = translate(text, first, expandSet(set2));
  if (squeezing) text = squeeze(text, new Set(set2 === undefined ? first : expandSet(set2)));
  ctx.io.stdout.write(text);
  return 0;
}

export const TR: CommandSpec = { name: 'tr', path: '/usr/bin/tr', run: tr };
