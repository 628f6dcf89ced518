// python3 of the python images: the REPL (the default CMD) reads an empty stdin without a tty and
// exits 0; `-c` runs print()/time.sleep() one-liners; `-m http.server [port]` serves; `--version`.
// Deviation from upstream: other code answers with Python's SyntaxError.

import type { ExternalProgram, ProcStatus, ProcSys } from '../../process.ts';
import type { CatalogueImage } from '../types.ts';
import { evaluate, format, splitArgs, type Dialect } from './literals.ts';
import { stepOf } from './staged.ts';
import { readText, type ProgramFactory } from './support.ts';

const PYTHON: Dialect = { rawQuotes: '', escapeQuotes: '"\'', concat: '+', python: true };
const IGNORED_IMPORTS = /^(import|from)\s+(os|sys|time|math|random|json|socket|datetime)\b/;

/** One statement: output to print, or a sleep. */
type Action = { readonly print: string } | { readonly sleepMs: number };

function compile(code: string): Action[] | undefined {
  const actions: Action[] = [];
  for (const raw of code.split(/;|\n/)) {
    const stmt = raw.trim();
    if (stmt === '' || stmt.startsWith('#') || IGNORED_IMPORTS.test(stmt)) continue;
    const sleep = /^time\.sleep\(\s*([\d.]+)\s*\)$/.exec(stmt);
    if (sleep) { actions.push({ sleepMs: Math.round(Number(sleep[1]) * 1000) }); continue; }
    const print = /^print\((.*)\)$/s.exec(stmt);
    if (!print) return undefined;
    const values = splitArgs(print[1]!).map((a) => evaluate(a, PYTHON));
    if (values.some((v) => v === undefined)) return undefined;
    actions.push({ print: `${values.map((v) => format(v!, PYTHON)).join(' ')}\n` });
  }
  return actions;
}

/** Runs actions from `index` until a sleep; the memo is the next action's index. */
function perform(actions: readonly Action[], index: number, sys: ProcSys): { status: ProcStatus; memo?: unknown } {
  for (let i = index; i < actions.length; i++) {
    const a = actions[i]!;
    if ('print' in a) sys.write(1, a.print);
    else return { status: { state: 'sleeping', wakeMs: sys.nowMs() + a.sleepMs }, memo: { step: i + 1 } };
  }
  return { status: { state: 'exited', code: 0 } };
}

function syntaxError(sys: ProcSys, file: string, code: string): { status: ProcStatus } {
  const line = code.trim().split('\n')[0] ?? '';
  sys.write(2, `  File "${file}", line 1\n    ${line}\n    ^\nSyntaxError: invalid syntax\n`);
  return { status: { state: 'exited', code: 1 } };
}

/** The code `args` run: `-c CODE`, a script's content, or undefined for the REPL / `-m`. */
function source(args: readonly string[], sys: ProcSys): { code: string; file: string } | { missing: string } | undefined {
  const c = args.indexOf('-c');
  if (c >= 0) return { code: args[c + 1] ?? '', file: '<string>' };
  const script = args.find((a) => !a.startsWith('-'));
  if (script === undefined || args.includes('-m')) return undefined;
  const path = script.startsWith('/') ? script : `/${script}`;
  const code = readText(sys.fs, path);
  return code === undefined ? { missing: path } : { code, file: path };
}

export const pythonProgram: ProgramFactory = (image: CatalogueImage, name): ExternalProgram => ({
  start(args, sys) {
    if (args.includes('--version') || args.includes('-V')) {
      sys.write(1, `Python ${image.version}\n`);
      return { status: { state: 'exited', code: 0 } };
    }
    const m = args.indexOf('-m');
    if (m >= 0 && args[m + 1] === 'http.server') return { status: { state: 'blocked' } };
    if (m >= 0) {
      sys.write(2, `/usr/local/bin/${name}: No module named ${args[m + 1] ?? ''}\n`);
      return { status: { state: 'exited', code: 1 } };
    }
    const src = source(args, sys);
    if (src === undefined) return { status: { state: 'exited', code: 0 } };
    if ('missing' in src) {
      sys.write(2, `/usr/local/bin/${name}: can't open file '${src.missing}': [Errno 2] No such file or directory\n`);
      return { status: { state: 'exited', code: 2 } };
    }
    const actions = compile(src.code);
    return actions ? perform(actions, 0, sys) : syntaxError(sys, src.file, src.code);
  },
  resume(args, memo, sys) {
    const src = source(args, sys);
    const actions = src && 'code' in src ? compile(src.code) : undefined;
    return actions ? perform(actions, stepOf(memo), sys) : { status: { state: 'exited', code: 0 } };
  },
  // No SIGTERM handler: as PID 1 Python ignores it (the kubelet SIGKILLs after the grace period).
  signal: (sig) => (sig === 'SIGINT' ? { exitAfterMs: 0, code: 130 } : 'ignore'),
});

/** The port `python3 -m http.server [port]` binds. */
export function httpServerPort(args: readonly string[]): number | undefined {
  const m = args.indexOf('-m');
  if (m < 0 || args[m + 1] !== 'http.server') return undefined;
  const port = args.slice(m + 2).find((a) => /^\d+$/.test(a));
  return port ? Number(port) : 8000;
}
