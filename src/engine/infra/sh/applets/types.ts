// What a small program (a busybox applet, a coreutils command, a shell builtin) sees while it runs,
// and how it answers: done with a status, or waiting for the clock, for input, or forever. Its own
// memory between steps is `memo`, plain JSON kept in the process state.

import type { Vfs } from '../../fs/vfs.ts';
import type { NetSys } from '../../net.ts';
import type { PsEntry, ShellDialect } from '../state.ts';

export interface AppletCtx {
  /** argv[0] is the name it was called by. */
  readonly argv: readonly string[];
  /** Its environment: NAME=value, in the order the program receives them. */
  env(): readonly string[];
  /** The files, seen from the working directory. */
  readonly fs: Vfs;
  readonly cwd: string;
  readonly nowMs: number;
  readonly hostname: string;
  /** GNU coreutils (Debian, Ubuntu images) rather than busybox: their messages differ. */
  readonly gnu: boolean;
  /** The shell running it as a builtin (`echo` in dash expands escapes), null when run as a program. */
  readonly shell: ShellDialect | null;
  /** Standard output is a terminal (`ls` prints columns). */
  readonly tty: boolean;
  readonly pid: number;
  /** What its error lines start with: `cat: `, or `sh: ` when ash runs it as a builtin. */
  readonly errPrefix: string;
  out(text: string): void;
  err(text: string): void;
  /** Takes the standard input available now (a line at most with 'line'); `eof` once it has ended. */
  read(upTo?: 'line'): { data: string; eof: boolean };
  random(): number;
  /** The processes of the container this program can see, itself included. */
  procs(): readonly PsEntry[];
  /** Sends a signal to a process by pid; false when there is no such process. */
  signal(pid: number, sig: string): boolean;
  /** The machine's network stack (absent in machines without one, such as the tests' benches). */
  readonly net?: NetSys;
}

export type AppletStep =
  | { readonly t: 'exit'; readonly code: number }
  | { readonly t: 'sleep'; readonly untilMs: number; readonly memo?: unknown }
  /** Waiting for more standard input. */
  | { readonly t: 'read'; readonly memo?: unknown }
  /** Waiting for nothing that will come (`sleep infinity`). */
  | { readonly t: 'block'; readonly memo?: unknown }
  /** Replaces itself with another command (`env VAR=x cmd`, `busybox sleep`). */
  | { readonly t: 'exec'; readonly argv: readonly string[]; readonly env?: readonly string[] };

export type Applet = (ctx: AppletCtx, memo: unknown) => AppletStep;

export const exit = (code: number): AppletStep => ({ t: 'exit', code });
