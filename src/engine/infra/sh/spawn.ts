// Creating processes: a container's main process or an exec from its argv (a shell given `-c`, a
// script or nothing; any other program run directly), and the interactive shell of
// `kubectl exec -it … -- sh`.

import { newThread } from './kernel.ts';
import { TTY_IO } from './io.ts';
import { literalWord } from './ast.ts';
import { shellFor } from './commands.ts';
import { DEFAULT_PS1 } from './interactive.ts';
import { startShell } from './shell-start.ts';
import type { Frame, Io, ProcState, PsEntry, ShellDialect, ShellFlavour, Toolbox } from './state.ts';
import { initShellVars, newShellEnv, setVar } from './vars.ts';

export interface SpawnOptions {
  /** NAME=value in the order the runtime passes them. */
  readonly env: readonly string[];
  readonly cwd: string;
  /** The image's shell (`sh`, `bash` resolve to it); undefined when the image has none. */
  readonly flavour?: ShellFlavour;
  /** Busybox applets answer by bare name (default: when the shell is ash). */
  readonly busybox?: boolean;
  /** The process id: 1 for a container's main process (the default), higher for exec'd ones. */
  readonly pid?: number;
  /** Standard output is a terminal (`kubectl exec -t`). */
  readonly tty?: boolean;
  /** Standard input stays open for `feedLine` (`kubectl exec -i`); by default it is at end of file. */
  readonly stdin?: 'open' | 'closed';
  /** Other processes of the container, for `ps`. */
  readonly procs?: readonly PsEntry[];
}

/** The pid the first process exec'd into a container usually gets. */
const EXEC_PID = 7;

function toolboxOf(o: SpawnOptions): Toolbox {
  if (o.busybox ?? o.flavour === 'ash') return 'busybox';
  return o.flavour === 'bash' || o.flavour === 'dash' ? 'coreutils' : 'none';
}

function baseState(argv: readonly string[], o: SpawnOptions, dialect: ShellDialect | null, interactive: boolean): ProcState {
  const pid = o.pid ?? 1;
  return {
    v: 1, pid, dialect, flavour: o.flavour ?? null, toolbox: toolboxOf(o), interactive, tty: o.tty ?? interactive,
    argv: [...argv], peers: [...(o.procs ?? [])], threads: [], nextTid: 1, nextPid: pid + 6, pipes: {}, nextPipe: 1,
    stdin: { buf: '', eof: (o.stdin ?? (interactive ? 'open' : 'closed')) === 'closed' }, pending: [], cursor: 0,
  };
}

/** A process for `argv`: a shell when argv[0] is one the image has, else that program run directly. */
export function spawnProcess(argv: readonly string[], o: SpawnOptions): ProcState {
  const probe = baseState(argv, o, null, false);
  const dialect = argv.length > 0 ? shellFor(probe, argv[0]!) : undefined;
  const io: Io = TTY_IO;
  if (!dialect) {
    const st = probe;
    const sh = newShellEnv(o.env, o.cwd, argv[0] ?? '', argv.slice(1));
    const frame: Frame = { f: 'simple', n: { t: 'simple', assigns: [], words: argv.map(literalWord), redirs: [], line: 1 }, x: { memo: [] }, phase: 0, temp: [], io };
    newThread(st, sh, argv.length > 0 ? [frame] : [], io, argv.join(' '), true);
    return st;
  }
  const start = startShell(argv, dialect, io);
  if (!('error' in start) && start.frame.f === 'repl' && o.tty && o.stdin === 'open') return startInteractive(o.flavour ?? dialect, { ...o, pid: o.pid ?? 1, argv0: argv[0]! });
  const st = baseState(argv, o, dialect, false);
  const sh = newShellEnv(o.env, o.cwd, argv[0]!, []);
  initShellVars(sh, dialect, 0);
  if ('error' in start) {
    newThread(st, sh, [{ f: 'fail', text: start.error, code: start.code, io }], io, argv.join(' '), true);
    return st;
  }
  sh.arg0 = start.arg0;
  sh.args = [...start.args];
  Object.assign(sh.opts, start.opts);
  newThread(st, sh, [start.frame], io, argv.join(' '), true);
  return st;
}

/**
 * The shell of `kubectl exec -it POD -- sh`: prompts, and survives its commands' errors. `argv0` is
 * the shell asked for (`sh` in a bash image is dash); its pid defaults to 7, an exec'd process's.
 */
export function startInteractive(flavour: ShellFlavour, o: Omit<SpawnOptions, 'flavour'> & { readonly argv0?: string }): ProcState {
  const argv0 = o.argv0 ?? (flavour === 'bash' ? 'bash' : 'sh');
  o = { ...o, pid: o.pid ?? EXEC_PID };
  const probe = baseState([argv0], { ...o, flavour }, null, true);
  const dialect = shellFor(probe, argv0) ?? flavour;
  const st = baseState([argv0], { ...o, flavour, tty: o.tty ?? true }, dialect, true);
  const sh = newShellEnv(o.env, o.cwd, argv0, []);
  initShellVars(sh, dialect, 0);
  setVar(sh, 'PS1', DEFAULT_PS1[dialect]);
  setVar(sh, 'PS2', '> ');
  newThread(st, sh, [{ f: 'repl', buf: '', lines: 0, io: TTY_IO }], TTY_IO, argv0, true);
  return st;
}
