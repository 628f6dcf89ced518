// `grep`: prints lines matching a pattern (GNU grep): -i -v -E -F -c -n -w -x -o -l -q -s -H -h -r,
// context lines with -A -B -C (`--` between groups), files or stdin. Exit status 0 when a line is
// selected, 1 when none, 2 on trouble.

import { CONTEXT_START, NO_CONTEXT, contextStep, nextInputContext, type ContextLineFormat, type ContextState, type GrepContext } from '../../../engine/index.ts';
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
  valued: 'eABC',
  long: {
    'ignore-case': 'i', 'invert-match': 'v', 'extended-regexp': 'E', 'fixed-strings': 'F', count: 'c', 'line-number': 'n', 'word-regexp': 'w',
    recursive: 'r', quiet: 'q', regexp: 'e', 'after-context': 'A', 'before-context': 'B', context: 'C',
  },
} as const;

interface Search {
  readonly regex: RegExp;
  readonly flags: ReadonlySet<string>;
  readonly showNames: boolean;
  readonly context: GrepContext;
  /** Carried from one input to the next, for the `--` between their groups. */
  contextState: ContextState;
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

/**
 * -A/-B/-C (-A and -B win over -C whatever their order); undefined for a bad count, after GNU's
 * message.
 */
function contextOf(ctx: CommandContext, args: ParsedArgs): GrepContext | undefined {
  const counts: Partial<Record<'A' | 'B' | 'C', number>> = {};
  for (const letter of ['A', 'B', 'C'] as const) {
    const text = args.values.get(letter);
    if (text === undefined) continue;
    if (!/^[0-9]+$/.test(text)) {
      printError(ctx, `${text}: invalid context length argument`);
      return undefined;
    }
    counts[letter] = Number(text);
  }
  if (Object.keys(counts).length === 0) return NO_CONTEXT;
  return { before: counts.B ?? counts.C ?? 0, after: counts.A ?? counts.C ?? 0, separator: true };
}

/** Searches one input; returns whether it selected a line. */
function searchInput(ctx: CommandContext, search: Search, input: Input): boolean {
  const { regex, flags } = search;
  const name = input.name === '-' ? '(standard input)' : input.name;
  const prefix = search.showNames ? `${name}:` : '';
  // -o prints the matches of every printed line, context lines included (so `-ov` shows only those).
  const format: ContextLineFormat = (lineNo, line, mark) => {
    const texts = flags.has('o') ? matches(regex, line) : [line];
    return texts.map((text) => `${search.showNames ? `${name}${mark}` : ''}${flags.has('n') ? `${lineNo}${mark}` : ''}${text}\n`).join('');
  };
  const printing = !flags.has('q') && !flags.has('l') && !flags.has('L') && !flags.has('c');
  let state = nextInputContext(search.contextState);
  let selected = 0;
  for (const [index, line] of splitLines(input.content).entries()) {
    regex.lastIndex = 0;
    const hit = regex.test(line) !== flags.has('v');
    if (hit) selected += 1;
    if (hit && (flags.has('q') || flags.has('l') || flags.has('L'))) break;
    if (!printing) continue;
    const step = contextStep(search.context, state, index + 1, line, hit, format);
    if (step.out !== '') ctx.io.stdout.write(step.out);
    state = step.state;
  }
  search.contextState = state;
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
  const context = contextOf(ctx, args);
  if (context === undefined) return EXIT_TROUBLE;
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
  const search: Search = { regex, flags: args.flags, showNames, context, contextState: CONTEXT_START };
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
