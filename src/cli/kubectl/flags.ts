// pflag-style flag parsing as kubectl (cobra) does it: --name=value, --name value, -n value, -nvalue,
// grouped bool shorthands (-it), `--` ends flags; errors carry cobra's exact text.

export type FlagType = 'bool' | 'string' | 'int' | 'stringArray' | 'stringSlice' | 'duration';

export interface FlagSpec {
  readonly name: string;
  readonly shorthand?: string;
  readonly type: FlagType;
  readonly default?: string | number | boolean;
  /** The text kubectl's --help shows for the flag. */
  readonly usage: string;
  /** Value used when a string flag is given without `=value` (e.g. --dry-run → unchanged). */
  readonly noOptDefault?: string;
}

export type FlagValue = string | number | boolean | string[];
export type FlagValues = ReadonlyMap<string, FlagValue>;

export interface ParsedArgs {
  readonly flags: Map<string, FlagValue>;
  /** Names of the flags the user actually set. */
  readonly changed: Set<string>;
  readonly args: string[];
  /** Arguments after `--`, kept apart (kubectl run/exec use them). */
  readonly dashArgs: string[] | undefined;
}

export class FlagError extends Error {
  override readonly name = 'FlagError';
}

export function parseFlags(argv: readonly string[], specs: readonly FlagSpec[]): ParsedArgs {
  const byName = new Map(specs.map((s) => [s.name, s]));
  const byShort = new Map(specs.filter((s) => s.shorthand).map((s) => [s.shorthand!, s]));
  const flags = new Map<string, FlagValue>();
  const changed = new Set<string>();
  for (const s of specs) if (s.default !== undefined) flags.set(s.name, s.type === 'stringArray' || s.type === 'stringSlice' ? [] : s.default);
  const args: string[] = [];
  let dashArgs: string[] | undefined;
  const set = (spec: FlagSpec, raw: string, shown: string): void => {
    flags.set(spec.name, convert(spec, raw, shown, flags.get(spec.name)));
    changed.add(spec.name);
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') {
      dashArgs = argv.slice(i + 1) as string[];
      break;
    }
    if (a.startsWith('--') && a.length > 2) {
      const eq = a.indexOf('=');
      const name = eq < 0 ? a.slice(2) : a.slice(2, eq);
      const spec = byName.get(name);
      if (!spec) throw new FlagError(`unknown flag: --${name}`);
      if (eq >= 0) set(spec, a.slice(eq + 1), `--${name}`);
      else if (spec.type === 'bool') set(spec, 'true', `--${name}`);
      else if (spec.noOptDefault !== undefined) set(spec, spec.noOptDefault, `--${name}`);
      else if (i + 1 < argv.length) set(spec, argv[++i]!, `--${name}`);
      else throw new FlagError(`flag needs an argument: --${name}`);
    } else if (a.startsWith('-') && a.length > 1) {
      i = parseShorthands(a, argv, i, byShort, set);
    } else {
      args.push(a);
    }
  }
  return { flags, changed, args, dashArgs };
}

function parseShorthands(a: string, argv: readonly string[], i: number, byShort: Map<string, FlagSpec>,
  set: (spec: FlagSpec, raw: string, shown: string) => void): number {
  for (let j = 1; j < a.length; j++) {
    const c = a[j]!;
    const spec = byShort.get(c);
    if (!spec) throw new FlagError(`unknown shorthand flag: '${c}' in ${a}`);
    const rest = a.slice(j + 1);
    if (spec.type === 'bool') {
      if (rest.startsWith('=')) {
        set(spec, rest.slice(1), `-${c}`);
        return i;
      }
      set(spec, 'true', `-${c}`);
      continue;
    }
    if (rest !== '') {
      set(spec, rest.startsWith('=') ? rest.slice(1) : rest, `-${c}`);
      return i;
    }
    if (spec.noOptDefault !== undefined) {
      set(spec, spec.noOptDefault, `-${c}`);
      return i;
    }
    if (i + 1 >= argv.length) throw new FlagError(`flag needs an argument: '${c}' in -${c}`);
    set(spec, argv[i + 1]!, `-${c}`);
    return i + 1;
  }
  return i;
}

function convert(spec: FlagSpec, raw: string, shown: string, previous: FlagValue | undefined): FlagValue {
  const flagName = spec.shorthand ? `-${spec.shorthand}, --${spec.name}` : `--${spec.name}`;
  switch (spec.type) {
    case 'bool':
      if (/^(1|t|T|true|TRUE|True)$/.test(raw)) return true;
      if (/^(0|f|F|false|FALSE|False)$/.test(raw)) return false;
      throw new FlagError(`invalid argument "${raw}" for "${flagName}" flag: strconv.ParseBool: parsing "${raw}": invalid syntax`);
    case 'int':
      if (!/^[+-]?\d+$/.test(raw)) throw new FlagError(`invalid argument "${raw}" for "${flagName}" flag: strconv.ParseInt: parsing "${raw}": invalid syntax`);
      return Number(raw);
    case 'stringArray':
      return [...((previous as string[] | undefined) ?? []), raw];
    case 'stringSlice':
      return [...((previous as string[] | undefined) ?? []), ...(raw === '' ? [] : raw.split(','))];
    case 'duration':
    case 'string':
      void shown;
      return raw;
  }
}

export const flagString = (p: ParsedArgs, name: string): string => {
  const v = p.flags.get(name);
  return typeof v === 'string' ? v : v === undefined ? '' : String(v);
};
export const flagBool = (p: ParsedArgs, name: string): boolean => p.flags.get(name) === true;
export const flagInt = (p: ParsedArgs, name: string): number | undefined => {
  const v = p.flags.get(name);
  return typeof v === 'number' ? v : undefined;
};
export const flagList = (p: ParsedArgs, name: string): string[] => {
  const v = p.flags.get(name);
  return Array.isArray(v) ? v : [];
};

/** Parses a Go duration (`30s`, `1m30s`, `500ms`, `0`) into ms; undefined when invalid. */
export function parseDuration(text: string): number | undefined {
  if (text === '0') return 0;
  const re = /(\d+(?:\.\d+)?)(ns|us|µs|ms|s|m|h)/g;
  let total = 0;
  let consumed = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const unit = { ns: 1e-6, us: 1e-3, 'µs': 1e-3, ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[m[2] as 'ms'];
    total += Number(m[1]) * unit;
    consumed += m[0].length;
  }
  return consumed === text.length && consumed > 0 ? Math.round(total) : undefined;
}
