// The contract between the shell and the programs it runs (builtins, kubectl, …).
// A program is a function of its context; it returns an exit code, or a Process when it keeps
// running (sleep, kubectl get -w, logs -f) until its condition or Ctrl-C ends it.

import type { VirtualFs } from '../fs/virtual-fs.ts';

export interface OutputStream {
  write(text: string): void;
}

export interface CommandIo {
  /** Everything piped or redirected into the program; '' when nothing is. */
  readonly stdin: string;
  readonly stdout: OutputStream;
  readonly stderr: OutputStream;
  /** True when stdout is the terminal itself (not a pipe or a file), like isatty(1); `ls` uses it. */
  readonly stdoutIsTerminal?: boolean;
}

/** A program that keeps running after it is started. The host polls it as virtual time advances. */
export interface Process {
  readonly done: boolean;
  readonly exitCode: number;
  /** The virtual time at which the process next needs a poll, if it waits on time. */
  wakeAtMs(): number | undefined;
  /** Called after every clock advance and after cluster changes while the process runs. */
  poll(nowMs: number): void;
  /** Ctrl-C: the process ends with exit code 130. */
  cancel(): void;
  /**
   * Keys typed while the process runs, raw as the terminal sends them. Only a program that reads
   * the terminal itself has it (`kubectl exec -it`, a raw-mode tty); it returns false for keys it
   * leaves to the host, whose Ctrl-C then cancels it.
   */
  input?(keys: string): boolean;
}

export type CommandResult = number | Process;

export interface ShellVariables {
  get(name: string): string | undefined;
  set(name: string, value: string, exported?: boolean): void;
  unset(name: string): void;
  /** Exported variables, for `env`. */
  exported(): ReadonlyArray<readonly [string, string]>;
}

/** What a program sees of the machine it runs on. */
export interface CommandContext {
  /** argv[0] is the command name as typed. */
  readonly argv: readonly string[];
  readonly io: CommandIo;
  readonly fs: VirtualFs;
  readonly vars: ShellVariables;
  /** Absolute path of the working directory. */
  readonly cwd: string;
  setCwd(path: string): void;
  /** Current virtual time in ms since the epoch. */
  nowMs(): number;
  /** Runs another program by name (used by `which`, `timeout`, `xargs`-like builtins). */
  lookup(name: string): CommandFn | undefined;
  /** The installed program called `name`, with its path, for `which` and `type`. */
  readonly findCommand?: (name: string) => CommandSpec | undefined;
  /** Lines of this session's history, oldest first. */
  readonly history: readonly string[];
  /** The shell's background jobs (`jobs`, `fg`, `kill %1`, `wait`). */
  readonly jobs?: JobControl;
  /** Clears the terminal screen (`clear`, Ctrl-L). */
  clearScreen(): void;
  /** The terminal's shells, when the terminal can stack them (ssh, `sudo -i`, `exit`). */
  readonly shells?: ShellStack;
}

/** A background job (`cmd &`). */
export interface BackgroundJob {
  readonly id: number;
  readonly pid: number;
  /** The command as `jobs` shows it, without the `&`. */
  readonly text: string;
  readonly process: Process;
  /** Set by `kill`: reported as Terminated rather than by exit code. */
  killed: boolean;
}

/** The shell's background jobs as the job-control builtins use them (exec/background.ts's JobTable). */
export interface JobControl {
  readonly running: readonly BackgroundJob[];
  /** `%N`, `%+`/`%%`, `%-`, or a pid. */
  find(spec: string): BackgroundJob | undefined;
  /** Takes a job out of the table (it goes to the foreground). */
  remove(job: BackgroundJob): void;
  kill(job: BackgroundJob): void;
  /** The `jobs` listing. */
  listing(): string;
}

/** What a shell pushed on a terminal's stack is, seen from here (a `ShellSession`; no import, so no cycle). */
export interface StackedShell {
  prompt(): string;
}

/**
 * A terminal's stack of shells: `ssh node` and `sudo -i` start a login shell on top of the current
 * one; what is typed goes to the topmost shell until it logs out (`exit`, `logout`, Ctrl-D), and
 * the program that pushed it then ends. Hosts (the browser terminal, the headless runner) own it.
 */
export interface ShellStack {
  /** Runs `shell` (a `ShellSession`) on top; the returned process ends, with the status given to `logout`, when it does. */
  push(shell: StackedShell): Process;
  /** Ends the topmost pushed shell with `exitCode` (its `exit`); false when only the first shell is left. */
  logout(exitCode: number): boolean;
}

export type CommandFn = (ctx: CommandContext) => CommandResult;

/** A named program available on the PATH. */
export interface CommandSpec {
  readonly name: string;
  /** Where `which` says it lives, e.g. /usr/bin/kubectl; builtins have none. */
  readonly path?: string;
  readonly run: CommandFn;
}
