// `grep`: prints lines matching a pattern (GNU grep): -i -v -E -F -c -n -w -x -o -l -q -s -H -h -r,
// files or stdin. Exit status 0 when a line is selected, 1 when none, 2 on trouble.

import type { CommandContext, CommandSpec } from '../types.ts';
import { parseArgs } from './args.ts';
import type { ParsedArgs } from './args.ts';
import { eachInput, printError, resolve, splitLines } from './files.ts';
import type { Input } from './files.ts';
import { PatternError, toRegExpSource } from './grep-pattern.ts';

const EXIT_TROUBLE = 2;
const USAGE = 'Usage: grep [OPTION]... PATTERNS [FILE]...\n';
const SPEC = {
  flags: 'ivEFcnwxolLqsHhrR',
  valued: 'e',
  long: { 'ignore-case': 'i', 'invert-match': 'v', 'extended-regexp': 'E', 'fixed-strings': 'F', count: 'c', 'line-number': 'n', 'word-regexp': 'w', recursive: 'r', quiet: 'q', regexp: 'e' },
} as const;

interface Search {
  readonly regex: RegExp;
  readonly flags: ReadonlySet<string>;
  readonly showNames: boolean;
}

function usage(ctx: CommandContext, message?: string): number {
  if (message !== undefined) ctx.io.stderr.write(`grep: ${message}\n`);
  ctx.io.stderr.write(`${USAGE}Try 'grep --help' for more information.\n`);
  return EXIT_TROUBLE;
}

function compile(pattern: string, flags: ReadonlySet<string>): RegExp {
  const syntax = flags.has('F') ? 'fixed' : flags.has('E') ? 'extended' : 'basic';
  let source = pattern.split('\n').map((alternative) => toRegExpSource(alternative, syntax)).join('|');
  if (flags.has('w')) source = `(?<![A-Za-z0-9_])(?:${source})(?![A-Za-z0-9_])`;
  if (flags.has('x')) source = `^(?:${source})$`;
  try {
    return new RegExp(source, flags.has('i') ? 'gi' : 'g');
  } catch {
    throw new PatternError('Invalid regular expression');
  }
}

function matches(regex: RegExp, line: string): string[] {
  regex.lastIndex = 0;
  return [...line.matchAll(regex)].map((match) => match[0]).filter((text) => text !== '');
}

/** Searches one input; returns whether it selected a line. */
function searchInput(ctx: CommandContext, search: Search, input: Input): boolean {
  const { regex, flags } = search;
  const name = input.name === '-' ? '(standard input)' : input.name;
  const prefix = search.showNames ? `${name}:` : '';
  let selected = 0;
  for (const [index, line] of splitLines(input.content).entries()) {
    regex.lastIndex = 0;
    if (regex.test(line) === flags.has('v')) continue;
    selected += 1;
    if (flags.has('q') || flags.has('l') || flags.has('L')) break;
    if (flags.has('c')) continue;
    const number = flags.has('n') ? `${index + 1}:` : '';
    const texts = flags.has('o') && !flags.has('v') ? matches(regex, line) : [line];
    for (const text of texts) ctx.io.stdout.write(`${prefix}${number}${text}\n`);
  }
  if (flags.has('c') && !flags.has('q')) ctx.io.stdout.write(`${prefix}${selected}\n`);
  if (flags.has('l') && selected > 0) ctx.io.stdout.write(`${name}\n`);
  if (flags.has('L') && selected === 0) ctx.io.stdout.write(`${name}\n`);
  return selected > 0;
}

/** Operands with directories expanded when recursing; `grep -r x` with no operand searches `.`. */
function expandOperands(ctx: CommandContext, args: ParsedArgs, files: readonly string[]): string[] {
  if (!args.flags.has('r') && !args.flags.has('R')) return [...files];
  const walk = (shown: string, path: string): string[] => {
    if (ctx.fs.stat(path)?.type !== 'dir') return [shown];
    return ctx.fs.readdir(path).flatMap((child) => walk(shown === '' ? child : `${shown.replace(/\/$/, '')}/${child}`, `${path}/${child}`));
  };
  if (files.length === 0) return walk('', ctx.cwd);
  return files.flatMap((file) => (file === '-' ? [file] : walk(file, resolve(ctx, file))));
}

function grep(ctx: CommandContext): number {
  const parsed = parseArgs(ctx.argv.slice(1), SPEC);
  if (!parsed.ok) return usage(ctx, parsed.message);
  const args = parsed.args;
  const explicit = args.valueLists.get('e')?.join('\n');
  const pattern = explicit ?? args.operands[0];
  if (pattern === undefined) return usage(ctx);
  const files = explicit === undefined ? args.operands.slice(1) : args.operands;
  let regex: RegExp;
  try {
    regex = compile(pattern, args.flags);
  } catch (error) {
    if (!(error instanceof PatternError)) throw error;
    printError(ctx, error.message);
    return EXIT_TROUBLE;
  }
  const recursive = args.flags.has('r') || args.flags.has('R');
  const operands = expandOperands(ctx, args, files);
  const showNames = !args.flags.has('h') && (args.flags.has('H') || operands.length > 1 || recursive);
  const search: Search = { regex, flags: args.flags, showNames };
  let selected = false;
  const quietOut = { ...ctx, io: { ...ctx.io, stderr: args.flags.has('s') ? { write: () => undefined } : ctx.io.stderr } };
  const failed = eachInput(quietOut, operands, (input) => {
    if (selected && args.flags.has('q')) return;
    selected = searchInput(ctx, search, input) || selected;
  });
  if (selected && args.flags.has('q')) return 0;
  return failed ? EXIT_TROUBLE : selected ? 0 : 1;
}

export const GREP: CommandSpec = { name: 'grep', path: '/usr/bin/grep', run: grep };
