// The containers' processes: a mini POSIX shell (busybox ash, dash or bash flavoured) with the
// busybox/coreutils applets, and direct program runs. The API the kubelet drives: start a process,
// run it on the virtual clock, deliver signals, feed an interactive shell. A process's state is
// plain JSON data (ProcState), advanced in place.

import type { ExternalProgram, ProcStatus, ProcSys, Signal } from '../process.ts';
import type { Vfs } from '../fs/vfs.ts';
import { appletFor, baseName, shellFor } from './commands.ts';
import { finish, mainThread } from './kernel.ts';
import { runMachine, withMachine } from './machine.ts';
import { deliver } from './signals.ts';
import { spawnProcess, type SpawnOptions } from './spawn.ts';
import type { ProcState } from './state.ts';

export type { ProcState, PsEntry, ShellFlavour } from './state.ts';
export type { SpawnOptions } from './spawn.ts';
export { spawnProcess, startInteractive } from './spawn.ts';
export { promptOf } from './interactive.ts';

/** Steps a process may take per call before it yields (so `while true; do :; done` never freezes the engine). */
export const DEFAULT_BUDGET = 10_000;

/**
 * Runs the process as far as it can go now: until it exits, sleeps (`wakeMs`), blocks, or has taken
 * `budget` steps — then it answers `sleeping` with `wakeMs` = now: run it again soon.
 */
export function runProcess(st: ProcState, sys: ProcSys, budget: number = DEFAULT_BUDGET): ProcStatus {
  if (st.exited !== undefined) return { state: 'exited', code: st.exited };
  return runMachine(st, sys, budget);
}

/** Delivers a signal, then runs the process (a trap's action runs at once when the shell is idle). */
export function signalProcess(st: ProcState, sig: Signal, sys: ProcSys): ProcStatus {
  if (st.exited === undefined) {
    withMachine(st, sys, (m) => {
      if (sig === 'SIGKILL') {
        st.threads = st.threads.filter((t) => t === mainThread(st));
        const main = mainThread(st);
        if (main) finish(m, main, 137);
        st.exited = 137;
      } else deliver(m, sig.slice(3));
    });
  }
  return runProcess(st, sys);
}

/**
 * Input for the process: with a terminal, one line as typed (its newline is added); without one,
 * the text as sent (newlines included).
 */
export function feedLine(st: ProcState, line: string, sys: ProcSys): ProcStatus {
  if (st.exited === undefined && !st.stdin.eof) st.stdin.buf += st.tty ? `${line}\n` : line;
  return runProcess(st, sys);
}

/** End of input (Ctrl-D). */
export function closeInput(st: ProcState, sys: ProcSys): ProcStatus {
  st.stdin.eof = true;
  return runProcess(st, sys);
}

/**
 * Why the runtime cannot start `argv` in this image, as runc words it
 * (`exec: "bash": executable file not found in $PATH`), or undefined when it can.
 */
export function startError(argv: readonly string[], opts: SpawnOptions, external: (name: string) => ExternalProgram | undefined, fs?: Vfs): string | undefined {
  const name = argv[0];
  if (name === undefined || name === '') return 'exec: "": executable file not found in $PATH';
  const st = spawnProcess([], opts);
  if (shellFor(st, name) || appletFor(st, name) || external(baseName(name))) return undefined;
  if (name.includes('/')) return fs?.exists(name) ? undefined : `exec: "${name}": stat ${name}: no such file or directory`;
  return `exec: "${name}": executable file not found in $PATH`;
}
