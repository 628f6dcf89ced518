// `xargs [-r] [-t] [-n MAX] [-I REPLACE] [COMMAND [ARG]...]`: runs COMMAND (echo by default) with the
// words of standard input appended, as many times as -n allows, one after the other; -I runs it once
// per input line with REPLACE substituted (GNU findutils). Children read nothing on standard input.

import type { CommandContext, CommandResult, CommandSpec, Process } from '../types.ts';
import { parseArgs, usageError } from './args.ts';
import { withArgv } from './context.ts';
import { SteppedProcess } from '../stepped-process.ts';

/** GNU xargs: some invocation exited 1–125. */
const EXIT_SOME_FAILED = 123;
const EXIT_NOT_FOUND = 127;
const EXIT_INTERRUPTED = 130;
const ERR_QUOTE = (kind: 'single' | 'double'): string => `unmatched ${kind} quote; by default quotes are special to xargs unless you use the -0 option`;

/** Splits input into words: blanks and newlines separate, quotes group, a backslash escapes. */
function words(input: string): string[] | { error: string } {
  const out: string[] = [];
  let word: string | undefined;
  for (let i = 0; i < input.length; i++) {
    const c = input[i]!;
    if (c === ' ' || c === '\t' || c === '\n') {
      if (word !== undefined) out.push(word);
      word = undefined;
    } else if (c === "'" || c === '"') {
      const end = input.indexOf(c, i + 1);
      const newline = input.indexOf('\n', i + 1);
      if (end < 0 || (newline >= 0 && newline < end)) return { error: ERR_QUOTE(c === "'" ? 'single' : 'double') };
      word = (word ?? '') + input.slice(i + 1, end);
      i = end;
    } else if (c === '\\' && i + 1 < input.length) {
      word = (word ?? '') + input[++i]!;
    } else {
      word = (word ?? '') + c;
    }
  }
  if (word !== undefined) out.push(word);
  return out;
}

/** The command lines to run, in order. */
function commandLines(command: readonly string[], input: string, o: { replace?: string; max?: number; skipEmpty: boolean }): string[][] | { error: string } {
  if (o.replace !== undefined) {
    const token = o.replace;
    const lines = input.split('\n').map((l) => l.replace(/^[ \t]+/, '')).filter((l) => l !== '');
    return lines.map((line) => command.map((arg) => arg.split(token).join(line)));
  }
  const items = words(input);
  if ('error' in items) return items;
  if (items.length === 0) return o.skipEmpty ? [] : [[...command]];
  const size = o.max ?? items.length;
  const lines: string[][] = [];
  for (let i = 0; i < items.length; i += size) lines.push([...command, ...items.slice(i, i + size)]);
  return lines;
}

/** Runs the command lines one after the other, waiting for each that keeps running. */
class XargsRun extends SteppedProcess {
  private index = 0;
  private current: Process | undefined;
  private failed = false;

  constructor(private readonly ctx: CommandContext, private readonly lines: readonly string[][], private readonly trace: boolean) {
    super();
  }

  wakeAtMs(): number | undefined { return this.done ? undefined : this.current?.wakeAtMs(); }

  cancel(): void {
    if (this.done) return;
    this.current?.cancel();
    this.exit = EXIT_INTERRUPTED;
  }

  protected advance(nowMs: number): void {
    if (this.current !== undefined) {
      this.current.poll(nowMs);
      if (!this.current.done) return;
      this.ended(this.current.exitCode);
      this.current = undefined;
    }
    while (this.exit === undefined) {
      const argv = this.lines[this.index++];
      if (argv === undefined) {
        this.exit = this.failed ? EXIT_SOME_FAILED : 0;
        return;
      }
      const result = this.launch(argv);
      if (typeof result !== 'number' && !result.done) {
        this.current = result;
        return;
      }
      this.ended(typeof result === 'number' ? result : result.exitCode);
    }
  }

  private launch(argv: readonly string[]): CommandResult {
    if (this.trace) this.ctx.io.stderr.write(`${argv.join(' ')}\n`);
    const program = this.ctx.lookup(argv[0]!);
    if (program === undefined) {
      this.ctx.io.stderr.write(`xargs: ${argv[0]!}: No such file or directory\n`);
      this.exit = EXIT_NOT_FOUND;
      return EXIT_NOT_FOUND;
    }
    return program({ ...withArgv(this.ctx, argv), io: { ...this.ctx.io, stdin: '' } });
  }

  private ended(code: number): void {
    if (code !== 0) this.failed = true;
  }
}

const SPEC = { flags: 'rt', valued: 'nI', long: { 'no-run-if-empty': 'r', verbose: 't', 'max-args': 'n', replace: 'I' } } as const;

/** Where the command starts: xargs' options end at the first operand (the command's own follow it). */
function commandStart(argv: readonly string[]): number {
  let i = 1;
  while (i < argv.length && argv[i]!.startsWith('-') && argv[i] !== '-') {
    const a = argv[i]!;
    if (a === '--') return i + 1;
    i += takesValue(a) ? 2 : 1;
  }
  return i;
}

/** Whether an option's value is the next argument (`-n 2`, `-tn 2`, `--max-args 2`, not `-n2`). */
function takesValue(arg: string): boolean {
  if (arg.startsWith('--')) {
    const letter: string | undefined = (SPEC.long as Readonly<Record<string, string>>)[arg.slice(2)];
    return !arg.includes('=') && letter !== undefined && SPEC.valued.includes(letter);
  }
  const first = [...arg.slice(1)].findIndex((c) => SPEC.valued.includes(c));
  return first >= 0 && first === arg.length - 2;
}

function xargs(ctx: CommandContext): CommandResult {
  const start = commandStart(ctx.argv);
  const parsed = parseArgs(ctx.argv.slice(1, start), SPEC);
  if (!parsed.ok) return usageError(ctx, parsed.message);
  const args = { ...parsed.args, operands: ctx.argv.slice(start) };
  const maxText = args.values.get('n');
  if (maxText !== undefined && !/^[1-9][0-9]*$/.test(maxText)) {
    return usageError(ctx, /^[0-9]+$/.test(maxText) ? `value ${maxText} for -n option should be >= 1` : `invalid number "${maxText}" for -n option`, 1);
  }
  const command = args.operands.length > 0 ? args.operands : ['echo'];
  const lines = commandLines(command, ctx.io.stdin, { replace: args.values.get('I'), max: maxText === undefined ? undefined : Number(maxText), skipEmpty: args.flags.has('r') });
  if ('error' in lines) {
    ctx.io.stderr.write(`xargs: ${lines.error}\n`);
    return 1;
  }
  return new XargsRun(ctx, lines, args.flags.has('t')).start(ctx.nowMs());
}

export const XARGS: CommandSpec = { name: 'xargs', path: '/usr/bin/xargs', run: xargs };
