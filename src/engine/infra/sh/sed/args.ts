// sed's command line, as GNU sed (and busybox's) read it: -n, -e SCRIPT, -f FILE, -i[SUFFIX], -E/-r,
// -s, their long forms, the first operand as the script when no -e/-f was given.

export interface SedArgs {
  readonly quiet: boolean;
  readonly extended: boolean;
  /** -i: edit files in place, keeping a backup with this suffix when not empty. */
  readonly inPlace?: string;
  /** -e scripts and -f files in order; `file` entries are read by the caller. */
  readonly scripts: ReadonlyArray<{ readonly text: string } | { readonly file: string }>;
  readonly files: readonly string[];
}

export type SedArgsResult = { readonly ok: SedArgs } | { readonly error: string; readonly usage: boolean };

export const SED_USAGE = 'Usage: sed [OPTION]... {script-only-if-no-other-script} [input-file]...\n';

const LONG: Readonly<Record<string, string>> = {
  '--quiet': 'n', '--silent': 'n', '--regexp-extended': 'E', '--separate': 's', '--in-place': 'i', '--expression': 'e', '--file': 'f',
};

export function parseSedArgs(argv: readonly string[]): SedArgsResult {
  let quiet = false;
  let extended = false;
  let inPlace: string | undefined;
  const scripts: Array<{ text: string } | { file: string }> = [];
  const operands: string[] = [];
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') {
      operands.push(...argv.slice(i + 1));
      break;
    }
    if (a.startsWith('--')) {
      const [name, value] = a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
      const letter = LONG[name!];
      if (letter === undefined) return { error: `unrecognized option '${a}'`, usage: true };
      if (letter === 'n') quiet = true;
      else if (letter === 'E') extended = true;
      else if (letter === 'i') inPlace = value ?? '';
      else if (letter === 'e' || letter === 'f') {
        const v = value ?? argv[++i];
        if (v === undefined) return { error: `option '${name}' requires an argument`, usage: true };
        scripts.push(letter === 'e' ? { text: v } : { file: v });
      }
      continue;
    }
    if (!a.startsWith('-') || a === '-') {
      operands.push(a);
      continue;
    }
    for (let j = 1; j < a.length; j++) {
      const c = a[j]!;
      if (c === 'n') quiet = true;
      else if (c === 'E' || c === 'r') extended = true;
      else if (c === 's' || c === 'u' || c === 'z') continue;
      else if (c === 'i') {
        inPlace = a.slice(j + 1);
        break;
      } else if (c === 'e' || c === 'f') {
        const v = a.slice(j + 1) || argv[++i];
        if (v === undefined) return { error: `option requires an argument -- '${c}'`, usage: true };
        scripts.push(c === 'e' ? { text: v } : { file: v });
        break;
      } else return { error: `invalid option -- '${c}'`, usage: true };
    }
  }
  if (scripts.length === 0) {
    const script = operands.shift();
    if (script === undefined) return { error: '', usage: true };
    scripts.push({ text: script });
  }
  const base = { quiet, extended, scripts, files: operands };
  return { ok: inPlace === undefined ? base : { ...base, inPlace } };
}
