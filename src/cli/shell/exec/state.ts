// What the interpreter works on: the shell's state (cwd, variables, `$?`, commands) and the
// file descriptors of the command being run. Suspension is a generator yielding a running Process.

import type { VirtualFs } from '../../fs/virtual-fs.ts';
import type { CommandSpec, OutputStream, Process, ShellStack } from '../types.ts';
import type { VariableStore } from './variables.ts';
import type { JobTable } from './background.ts';

/**
 * A piece of interpreter work. It yields a Process that is still running; the driver resumes it
 * with that process's exit code once it is done.
 */
export type Step<T> = Generator<Process, T, number>;

export interface ShellState {
  cwd: string;
  lastExitCode: number;
  readonly vars: VariableStore;
  readonly fs: VirtualFs;
  readonly commands: ReadonlyMap<string, CommandSpec>;
  readonly history: readonly string[];
  nowMs(): number;
  clearScreen(): void;
  /** The background jobs (shared with subshells). */
  readonly jobs: JobTable;
  /** Whether the shell announces background jobs (`[1] 2041`), as an interactive bash does. */
  interactive: boolean;
  /** The terminal's stack of shells, set with each input (see ShellStack). */
  shells?: ShellStack | undefined;
}

/** The standard streams of one command. */
export interface Fds {
  readonly stdin: string;
  readonly stdout: OutputStream;
  readonly stderr: OutputStream;
  /** The terminal's stdout, to tell a program whether its output goes to a screen. */
  readonly tty: OutputStream;
}

/** A subshell (pipeline stage, `$(…)`): same files, copied variables and cwd. */
export function subshell(state: ShellState): ShellState {
  return {
    cwd: state.cwd,
    lastExitCode: state.lastExitCode,
    vars: state.vars.clone(),
    fs: state.fs,
    commands: state.commands,
    history: state.history,
    nowMs: () => state.nowMs(),
    clearScreen: () => state.clearScreen(),
    jobs: state.jobs,
    interactive: state.interactive,
    shells: state.shells,
  };
}

export function homeOf(state: ShellState): string {
  return state.vars.get('HOME') ?? '/';
}

/** Exit statuses are 0–255, as a parent process sees them. */
export function normalizeExitCode(code: number): number {
  if (!Number.isFinite(code)) return 1;
  return ((Math.trunc(code) % 256) + 256) % 256;
}
