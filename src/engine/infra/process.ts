// The contract between a container's processes and the machine they run on: what a process may
// ask of its host (time, files, output, randomness, the image's own programs) and what it reports
// back. Determinism: a process reads time only from `sys.nowMs()` and randomness only from
// `sys.random()`; its whole state is plain JSON data, so it is part of every cluster snapshot.

import type { Vfs } from './fs/vfs.ts';
import type { NetSys } from './net.ts';

export type Signal = 'SIGTERM' | 'SIGKILL' | 'SIGINT';

/** Where a process stands after it ran as far as it could. */
export type ProcStatus =
  | { readonly state: 'exited'; readonly code: number }
  /** Waiting for the clock (`sleep`): run it again at `wakeMs`. */
  | { readonly state: 'sleeping'; readonly wakeMs: number }
  /** Waiting for something that never comes by itself: a daemon serving, `sleep infinity`, `tail -f`, a read from an empty stdin. */
  | { readonly state: 'blocked' };

/** What a running process may ask of its machine. */
export interface ProcSys {
  nowMs(): number;
  /** A uint32 from the cluster's seeded generator. */
  random(): number;
  readonly fs: Vfs;
  /** fd 1 = stdout, fd 2 = stderr. */
  write(fd: 1 | 2, text: string): void;
  readonly hostname: string;
  /** The process environment (`NAME=value`, in order), when the caller knows it. */
  readonly env?: readonly string[];
  /** The image's own programs (nginx, perl, redis-server…), looked up by base name after PATH search. */
  external(name: string): ExternalProgram | undefined;
  /** The working directory, set when a shell starts the program. */
  readonly cwd?: string;
  /** The machine's network stack, when it has one. */
  readonly net?: NetSys;
  /** Standard output is a terminal (`kubectl exec -it`): curl then shows no progress meter. */
  readonly tty?: boolean;
}

/**
 * A program an image brings that is not a shell applet. Stateless code: whatever it must remember
 * lives in the process state as `memo` (plain JSON).
 */
export interface ExternalProgram {
  /**
   * Runs the synchronous part; a daemon returns `blocked` and keeps serving until signalled.
   * `args` are the arguments after the program's name (`nginx -g 'daemon off;'` → `['-g', 'daemon off;']`).
   */
  start(args: readonly string[], sys: ProcSys): { status: ProcStatus; memo?: unknown };
  /** Called again at `wakeMs` when `start` (or a previous `resume`) returned `sleeping`. */
  resume?(args: readonly string[], memo: unknown, sys: ProcSys): { status: ProcStatus; memo?: unknown };
  /**
   * How it reacts to a signal (it may write its shutdown lines through `sys`): exit after `exitAfterMs`
   * with `code`, or `ignore` (what PID 1 does without a handler). SIGKILL never reaches this.
   */
  signal?(sig: Signal, args: readonly string[], sys: ProcSys): { exitAfterMs: number; code: number } | 'ignore';
}
