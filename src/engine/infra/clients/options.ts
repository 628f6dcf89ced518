// Command-line options as getopt_long reads them for the clients: bundled short flags (`-qO-`),
// values attached or separate (`-T5`, `-T 5`, `--timeout=5`), long options, operands anywhere
// (GNU permutation) until `--`.

export interface OptionSpec {
  /** Short letters: `true` when the option takes a value. */
  readonly short: Readonly<Record<string, boolean>>;
  /** Long names → the short letter (or a key of its own) and whether it takes a value. */
  readonly long: Readonly<Record<string, readonly [key: string, takesValue: boolean]>>;
}

export interface ParsedOptions {
  /** Every occurrence of an option, by key, in order (`-H a -H b` → ['a', 'b']; flags get ''). */
  readonly opts: ReadonlyMap<string, readonly string[]>;
  readonly operands: readonly string[];
}

export type OptionError =
  | { readonly error: 'unknown'; readonly option: string }
  | { readonly error: 'missing'; readonly option: string };

export function parseOptions(args: readonly string[], spec: OptionSpec): ParsedOptions | OptionError {
  const opts = new Map<string, string[]>();
  const operands: string[] = [];
  const add = (key: string, value: string): void => {
    opts.set(key, [...(opts.get(key) ?? []), value]);
  };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--') {
      operands.push(...args.slice(i + 1));
      break;
    }
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      const name = a.slice(2, eq < 0 ? undefined : eq);
      const entry = spec.long[name];
      if (!entry) return { error: 'unknown', option: a };
      const [key, takesValue] = entry;
      if (!takesValue) add(key, '');
      else if (eq >= 0) add(key, a.slice(eq + 1));
      else if (i + 1 < args.length) add(key, args[++i]!);
      else return { error: 'missing', option: a };
      continue;
    }
    if (!a.startsWith('-') || a === '-') {
      operands.push(a);
      continue;
    }
    for (let j = 1; j < a.length; j++) {
      const c = a[j]!;
      const takesValue = spec.short[c];
      if (takesValue === undefined) return { error: 'unknown', option: c };
      if (!takesValue) {
        add(c, '');
        continue;
      }
      const value = j + 1 < a.length ? a.slice(j + 1) : args[++i];
      if (value === undefined) return { error: 'missing', option: c };
      add(c, value);
      break;
    }
  }
  return { opts, operands };
}

export function isOptionError(p: ParsedOptions | OptionError): p is OptionError {
  return 'error' in p;
}

/** The last value given for `key`, if any. */
export function last(p: ParsedOptions, key: string): string | undefined {
  return p.opts.get(key)?.at(-1);
}
