// GNU-style option parsing for the builtin programs: clustered short flags (`-rf`), options with
// values (`-n 5`, `-n5`, `--lines=5`), `--` and options after operands (GNU permutes argv).

import type { CommandContext } from '../types.ts';

export interface OptionSpec {
  /** Short options without a value, e.g. 'rfR'. */
  readonly flags?: string;
  /** Short options that take a value, e.g. 'nk'. */
  readonly valued?: string;
  /** Long options mapped to their short letter, e.g. { recursive: 'r', lines: 'n' }. */
  readonly long?: Readonly<Record<string, string>>;
}

export interface ParsedArgs {
  readonly flags: ReadonlySet<string>;
  /** The last value given to each valued option. */
  readonly values: ReadonlyMap<string, string>;
  /** Every value given to each valued option, in order (`grep -e a -e b`). */
  readonly valueLists: ReadonlyMap<string, readonly string[]>;
  readonly operands: readonly string[];
}

export type ParseArgsResult = { readonly ok: true; readonly args: ParsedArgs } | { readonly ok: false; readonly message: string };

interface Acc {
  readonly flags: Set<string>;
  readonly values: Map<string, string>;
  readonly valueLists: Map<string, string[]>;
}

function addValue(acc: Acc, letter: string, value: string): void {
  acc.values.set(letter, value);
  acc.valueLists.set(letter, [...(acc.valueLists.get(letter) ?? []), value]);
}

function parseLong(arg: string, rest: string[], spec: OptionSpec, acc: Acc): string | undefined {
  const [name = '', inline] = arg.slice(2).split(/=(.*)/s, 2);
  const letter = spec.long?.[name];
  if (letter === undefined) return `unrecognized option '${arg}'`;
  if (!(spec.valued ?? '').includes(letter)) {
    if (inline !== undefined) return `option '--${name}' doesn't allow an argument`;
    acc.flags.add(letter);
    return undefined;
  }
  const value = inline ?? rest.shift();
  if (value === undefined) return `option '--${name}' requires an argument`;
  addValue(acc, letter, value);
  return undefined;
}

function parseShort(arg: string, rest: string[], spec: OptionSpec, acc: Acc): string | undefined {
  for (let i = 1; i < arg.length; i += 1) {
    const letter = arg.charAt(i);
    if ((spec.valued ?? '').includes(letter)) {
      const value = i + 1 < arg.length ? arg.slice(i + 1) : rest.shift();
      if (value === undefined) return `option requires an argument -- '${letter}'`;
      addValue(acc, letter, value);
      return undefined;
    }
    if (!(spec.flags ?? '').includes(letter)) return `invalid option -- '${letter}'`;
    acc.flags.add(letter);
  }
  return undefined;
}

export function parseArgs(args: readonly string[], spec: OptionSpec): ParseArgsResult {
  const acc: Acc = { flags: new Set(), values: new Map(), valueLists: new Map() };
  const operands: string[] = [];
  const rest = [...args];
  for (let arg = rest.shift(); arg !== undefined; arg = rest.shift()) {
    if (arg === '--') {
      operands.push(...rest.splice(0));
      break;
    }
    const error = arg.startsWith('--') ? parseLong(arg, rest, spec, acc) : arg.startsWith('-') && arg !== '-' ? parseShort(arg, rest, spec, acc) : undefined;
    if (error !== undefined) return { ok: false, message: error };
    if (!arg.startsWith('-') || arg === '-') operands.push(arg);
  }
  return { ok: true, args: { flags: acc.flags, values: acc.values, valueLists: acc.valueLists, operands } };
}

/** Prints `cmd: message` and coreutils' hint; returns `exitCode` for the caller to return. */
export function usageError(ctx: CommandContext, message: string, exitCode = 1): number {
  const name = ctx.argv[0] ?? '';
  ctx.io.stderr.write(`${name}: ${message}\nTry '${name} --help' for more information.\n`);
  return exitCode;
}

/** Parses `ctx.argv` after the name; on a bad option prints the error and returns its exit code. */
export function parseOrFail(ctx: CommandContext, spec: OptionSpec, exitCode = 1): ParsedArgs | number {
  const result = parseArgs(ctx.argv.slice(1), spec);
  return result.ok ? result.args : usageError(ctx, result.message, exitCode);
}
