// Starting a shell from its command line: `sh -c SCRIPT [NAME [ARG]...]`, `sh FILE [ARG]...`, or
// `sh` reading commands from standard input; options such as -e and -x before them. A script file
// is read when the shell first runs. Mirrors ash's procargs (`sh: -c requires an argument`,
// `sh: can't open 'x': …`).

import { ERRNO_TEXT, type Errno } from '../fs/errors.ts';
import type { Frame, Io, ShellDialect, ShellOptions } from './state.ts';

export interface ShellStart {
  readonly frame: Frame;
  readonly arg0: string;
  readonly args: readonly string[];
  readonly opts: Partial<ShellOptions>;
}

/** Parses a shell's argv into its first frame, or the error it prints and its exit status. */
export function startShell(argv: readonly string[], dialect: ShellDialect, io: Io): ShellStart | { error: string; code: number } {
  const name = argv[0]!;
  const opts: Partial<ShellOptions> = {};
  let cmode = false;
  let i = 1;
  for (; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--' || a === '-') {
      i++;
      break;
    }
    if (!/^[-+]./.test(a)) break;
    if (a === '-o' || a === '+o') {
      const opt = argv[++i];
      if (opt === 'errexit') opts.e = a === '-o';
      continue;
    }
    for (const c of a.slice(1)) {
      if (c === 'c') cmode = true;
      else if (c === 'e' || c === 'x' || c === 'u' || c === 'f') opts[c] = a[0] === '-';
    }
  }
  if (cmode) {
    const src = argv[i];
    if (src === undefined) return { error: dialect === 'bash' ? `${name}: -c: option requires an argument\n` : `${name}: -c requires an argument\n`, code: 2 };
    return { frame: { f: 'script', src, pos: 0, kind: 'c', io }, arg0: argv[i + 1] ?? name, args: argv.slice(i + 2), opts };
  }
  const file = argv[i];
  if (file === undefined) return { frame: { f: 'repl', buf: '', lines: 0, io }, arg0: name, args: [], opts };
  return { frame: { f: 'script', src: '', pos: 0, kind: 'file', name: file, load: { path: file, shell: name }, io }, arg0: file, args: argv.slice(i + 1), opts };
}

/** What a shell prints when its script file cannot be read, and its exit status. */
export function cannotRead(dialect: ShellDialect, shell: string, file: string, errno: Errno): { text: string; code: number } {
  if (dialect === 'bash') return { text: `${shell}: ${file}: ${ERRNO_TEXT[errno]}\n`, code: 127 };
  if (dialect === 'dash') return { text: `${shell}: 0: cannot open ${file}: No such file\n`, code: 2 };
  return { text: `${shell}: can't open '${file}': ${ERRNO_TEXT[errno]}\n`, code: 2 };
}
