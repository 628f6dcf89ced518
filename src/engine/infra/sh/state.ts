// A shell process as plain JSON data: its threads of control (the shell, its subshells, pipeline
// stages and background jobs), each an explicit stack of frames, plus pipes, stdin and pending
// signals. `run` advances it; a JSON round trip at any suspension changes nothing.

import type { Command } from './ast.ts';

/** Which shell's messages and builtins: busybox ash, Debian's dash (`sh`), or bash. */
export type ShellDialect = 'ash' | 'dash' | 'bash';
/** The interactive shell an image offers (its `sh`/`bash`). */
export type ShellFlavour = 'ash' | 'bash' | 'dash';
/** Which small programs answer by bare name: busybox applets, GNU coreutils, or none (distroless). */
export type Toolbox = 'busybox' | 'coreutils' | 'none';

/** Where a file descriptor leads. */
export type Fd =
  | { readonly k: 'tty'; readonly fd: 1 | 2 }
  | { readonly k: 'stdin' }
  | { readonly k: 'pipe'; readonly id: number }
  | { readonly k: 'file'; readonly path: string }
  | { readonly k: 'null' };

/** File descriptors by number ('0', '1', '2', …). */
export type Io = Readonly<Record<string, Fd>>;

export interface Pipe {
  buf: string;
  /** No writer is left: a reader that finds it empty sees end of file. */
  wclosed: boolean;
  /** No reader is left: a writer gets SIGPIPE. */
  rclosed: boolean;
}

export interface ShellOptions {
  e: boolean;
  x: boolean;
  u: boolean;
  f: boolean;
}

/** What a (sub)shell knows: copied into subshells, never shared. */
export interface ShellEnv {
  vars: Record<string, string>;
  exported: Record<string, true>;
  /** When each variable was created, for the order ash lists its environment in. */
  born: Record<string, number>;
  seq: number;
  funcs: Record<string, Command>;
  args: string[];
  arg0: string;
  status: number;
  cwd: string;
  opts: ShellOptions;
  /** Signal name (`TERM`, `EXIT`) → action text; '' ignores the signal. */
  traps: Record<string, string>;
}

export type Wait =
  | { readonly k: 'sleep'; readonly untilMs: number }
  | { readonly k: 'join'; readonly tids: readonly number[] }
  | { readonly k: 'read'; readonly fd: Fd }
  | { readonly k: 'forever' };

/** Expansion in progress: results of expansions done so far (replayed on retry) and a running `$(…)`. */
export interface Expansion {
  memo: Array<MemoEntry | null>;
  sub?: { tid: number; pipe: number; slot: number };
  subStatus?: number;
}

/** Expanded text: `q` quoted (kept whole), `s` subject to field splitting, `b` starts a new field ("$@"). */
export interface Piece {
  readonly t: string;
  readonly q?: 1;
  readonly s?: 1;
  readonly b?: 1;
}

export interface MemoEntry {
  readonly v: readonly Piece[];
  /** The memo position after this expansion and the ones nested in it. */
  readonly n: number;
}

interface Base {
  io: Io;
  /** `set -e` applies here (not in a condition, not left of `&&`/`||`, not under `!`). */
  ee?: true;
  /** Last command of `sh -c`: the shell execs it instead of forking (ash's EV_EXIT). */
  tail?: true;
}

export type ScriptKind = 'c' | 'file' | 'stdin' | 'eval' | 'trap' | 'line';

export type Frame = Base & (
  | { f: 'script'; src: string; pos: number; kind: ScriptKind; name?: string; load?: { path: string; shell: string } }
  | { f: 'repl'; buf: string; lines: number }
  | { f: 'seq'; n: Extract<Command, { t: 'seq' }>; i: number }
  | { f: 'andor'; n: Extract<Command, { t: 'and' | 'or' }>; phase: number }
  | { f: 'not'; n: Extract<Command, { t: 'not' }>; phase: number }
  | { f: 'pipe'; n: Extract<Command, { t: 'pipe' }>; tids?: number[] }
  | { f: 'if'; n: Extract<Command, { t: 'if' }>; phase: number }
  | { f: 'loop'; n: Extract<Command, { t: 'while' | 'until' }>; phase: number; last: number }
  | { f: 'for'; n: Extract<Command, { t: 'for' }>; x: Expansion; items?: string[]; i: number; last: number }
  | { f: 'case'; n: Extract<Command, { t: 'case' }>; x: Expansion; value?: string; arm: number; pat: number }
  | { f: 'group'; n: Command; phase: number }
  | { f: 'sub'; n: Command; tid?: number; bg?: true }
  | { f: 'redir'; n: Extract<Command, { t: 'redir' }>; x: Expansion; phase: number; temp: number[] }
  | { f: 'simple'; n: Extract<Command, { t: 'simple' }>; x: Expansion; phase: number; temp: number[]; exec?: true }
  | { f: 'call'; body: Command; args: string[]; arg0: string; locals: Record<string, string | null>; phase: number }
  /** An applet or builtin; its environment is the shell's exported variables plus `assigns`, unless `env` is given. */
  | { f: 'cmd'; kind: 'applet' | 'builtin'; name: string; argv: string[]; assigns: Array<[string, string]>; env?: string[]; memo?: unknown }
  | { f: 'ext'; name: string; args: string[]; env: string[]; memo?: unknown; phase: number; exitAtMs?: number; exitCode?: number }
  | { f: 'join'; tid: number }
  | { f: 'trap'; status: number; exitCode?: number }
  /** Prints a message and ends the thread (a shell that could not start). */
  | { f: 'fail'; text: string; code: number }
);

export type FrameOf<K extends Frame['f']> = Extract<Frame, { f: K }>;

export interface Thread {
  readonly id: number;
  readonly pid: number;
  frames: Frame[];
  sh: ShellEnv;
  /** The descriptors it started with (its traps run with these). */
  readonly io: Io;
  wait?: Wait;
  /** Exit status once the thread ended (kept until its parent collects it). */
  done?: number;
  /** Pipe ends this thread closes when it ends. */
  owns: Array<{ pipe: number; end: 'r' | 'w' }>;
  /** A background job (`cmd &`), collected by `wait`. */
  bg?: true;
  /** Its command line, for `ps`. */
  cmdline: string;
  /** It wrote to a pipe nobody reads: it dies of SIGPIPE. */
  broken?: true;
}

/** A process `ps` lists. */
export interface PsEntry {
  readonly pid: number;
  readonly user: string;
  readonly args: string;
}

export interface ProcState {
  readonly v: 1;
  readonly pid: number;
  /** The shell running, or null when the process is a single program (no shell). */
  readonly dialect: ShellDialect | null;
  /** The image's shell (what `sh`, `bash` find), or null when it has none. */
  readonly flavour: ShellFlavour | null;
  readonly toolbox: Toolbox;
  readonly interactive: boolean;
  readonly tty: boolean;
  readonly argv: readonly string[];
  readonly peers: readonly PsEntry[];
  threads: Thread[];
  nextTid: number;
  nextPid: number;
  pipes: Record<string, Pipe>;
  nextPipe: number;
  stdin: { buf: string; eof: boolean };
  /** Signals (`TERM`, `INT`…) caught by a trap, whose action runs at the next command boundary. */
  pending: string[];
  /** The command the shell replaced itself with: it is the process `ps` and signals see. */
  execd?: readonly string[];
  lastBgPid?: number;
  cursor: number;
  exited?: number;
}

export const MAIN_TID = 0;
