// docker's flag parsing (spf13/pflag as the docker CLI sets it up): `--flag value`, `--flag=value`,
// grouped short booleans (`-it`, `-dit`), repeated flags, and for run/exec the first positional
// ending the flags. Usage errors print as the CLI does and exit 125.

import type { CommandContext } from '../shell/types.ts';

export interface FlagSpec {
  /** Boolean flags: long name → short letter ('' for none). */
  readonly bools: Readonly<Record<string, string>>;
  /** Flags taking a value. */
  readonly values: Readonly<Record<string, string>>;
  /** Flags stop at the first positional (run, exec). */
  readonly stopAtPositional?: boolean;
}

export interface Parsed {
  readonly bools: Set<string>;
  readonly values: Map<string, string[]>;
  readonly positionals: string[];
}

export const USAGE_EXIT = 125;

export class UsageError extends Error {}

export function parseFlags(args: readonly string[], spec: FlagSpec): Parsed | UsageError {
  const out: Parsed = { bools: new Set(), values: new Map(), positionals: [] };
  const longOf = (short: string, table: Readonly<Record<string, string>>): string | undefined => Object.keys(table).find((k) => table[k] === short);
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--') {
      out.positionals.push(...args.slice(i + 1));
      break;
    }
    if (!a.startsWith('-') || a === '-') {
      if (spec.stopAtPositional) {
        out.positionals.push(...args.slice(i));
        break;
      }
      out.positionals.push(a);
      continue;
    }
    if (a.startsWith('--')) {
      const [name, inline] = splitOnce(a.slice(2));
      if (name in spec.bools) {
        if (inline === undefined || inline === 'true') out.bools.add(name);
        continue;
      }
      if (!(name in spec.values)) return new UsageError(`unknown flag: --${name}`);
      const value = inline ?? args[++i];
      if (value === undefined) return new UsageError(`flag needs an argument: --${name}`);
      push(out, name, value);
      continue;
    }
    const letters = a.slice(1);
    for (let j = 0; j < letters.length; j++) {
      const ch = letters[j]!;
      const bool = longOf(ch, spec.bools);
      if (bool) {
        out.bools.add(bool);
        continue;
      }
      const valued = longOf(ch, spec.values);
      if (!valued) return new UsageError(`unknown shorthand flag: '${ch}' in -${letters}`);
      const rest = letters.slice(j + 1).replace(/^=/, '');
      const value = rest !== '' ? rest : args[++i];
      if (value === undefined) return new UsageError(`flag needs an argument: '${ch}' in -${ch}`);
      push(out, valued, value);
      break;
    }
  }
  return out;
}

function splitOnce(s: string): [string, string | undefined] {
  const i = s.indexOf('=');
  return i < 0 ? [s, undefined] : [s.slice(0, i), s.slice(i + 1)];
}

function push(out: Parsed, name: string, value: string): void {
  const list = out.values.get(name) ?? [];
  list.push(value);
  out.values.set(name, list);
}

/** `docker: <message>` … `See 'docker <cmd> --help'.` on stderr, exit 125 (run and create print the `docker:` prefix). */
export function usageFailure(ctx: CommandContext, command: string, message: string, prefix = ''): number {
  ctx.io.stderr.write(`${prefix}${message}\nSee 'docker ${command} --help'.\n`);
  return USAGE_EXIT;
}

export function lastValue(p: Parsed, name: string): string | undefined {
  const list = p.values.get(name);
  return list?.[list.length - 1];
}
