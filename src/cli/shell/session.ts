// One interactive bash session: its variables, working directory, history and commands.
// `run` parses one complete input and returns it as a job the host polls while programs in it
// keep running; syntax errors print bash's message and exit 2 without running anything.

import type { VirtualFs } from '../fs/virtual-fs.ts';
import { BUILTINS } from './builtins/registry.ts';
import { runProgram } from './exec/interpreter.ts';
import { Job } from './exec/job.ts';
import { JobTable } from './exec/background.ts';
import type { ShellState } from './exec/state.ts';
import { VariableStore } from './exec/variables.ts';
import { EXIT_STATUS } from './exit-status.ts';
import { parse } from './parse/parser.ts';
import type { CommandSpec, OutputStream, Process, ShellStack } from './types.ts';

export interface ShellOptions {
  fs: VirtualFs;
  /** Programs on the PATH; BUILTINS are installed first and these add to or replace them. */
  commands: readonly CommandSpec[];
  home: string;
  user: string;
  hostname: string;
  nowMs: () => number;
  env?: Record<string, string>;
  /** Called by `clear` and Ctrl-L handling in programs. */
  onClearScreen?: () => void;
}

export interface Terminal {
  readonly stdout: OutputStream;
  readonly stderr: OutputStream;
  /** A person types into it: background jobs are announced and their endings reported. */
  readonly interactive?: boolean;
  /** The terminal's stack of shells, when it has one (see ShellStack). */
  readonly shells?: ShellStack;
}

/** Like bash's HISTSIZE: the oldest entries go first. */
export const HISTORY_LIMIT = 1000;
const DEFAULT_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

function initialVariables(opts: ShellOptions): VariableStore {
  const vars = new VariableStore();
  const exported: Record<string, string> = {
    HOME: opts.home,
    USER: opts.user,
    LOGNAME: opts.user,
    PATH: DEFAULT_PATH,
    SHELL: '/bin/bash',
    TERM: 'xterm-256color',
    LANG: 'C.UTF-8',
    PWD: opts.home,
    ...opts.env,
  };
  for (const [name, value] of Object.entries(exported)) vars.set(name, value, true);
  vars.set('HOSTNAME', opts.hostname);
  return vars;
}

/** A job that ended as soon as it started. */
function finishedJob(exitCode: number): Process {
  return { done: true, exitCode, wakeAtMs: () => undefined, poll: () => undefined, cancel: () => undefined };
}

export class ShellSession {
  private readonly state: ShellState;
  private readonly commands = new Map<string, CommandSpec>();
  private readonly lines: string[] = [];

  constructor(private readonly opts: ShellOptions) {
    this.addCommands(BUILTINS);
    this.addCommands(opts.commands);
    if (!opts.fs.exists(opts.home)) opts.fs.mkdir(opts.home, { parents: true });
    this.state = {
      cwd: opts.home,
      lastExitCode: 0,
      vars: initialVariables(opts),
      fs: opts.fs,
      commands: this.commands,
      history: this.lines,
      nowMs: opts.nowMs,
      clearScreen: () => opts.onClearScreen?.(),
      jobs: new JobTable(),
      interactive: false,
    };
  }

  get cwd(): string {
    return this.state.cwd;
  }

  get lastExitCode(): number {
    return this.state.lastExitCode;
  }

  get history(): readonly string[] {
    return this.lines;
  }

  /** The files this shell works on, for completion. */
  get fs(): VirtualFs {
    return this.opts.fs;
  }

  get home(): string {
    return this.opts.home;
  }

  /** The names of the programs on its PATH, for completion. */
  get programs(): readonly string[] {
    return [...this.commands.keys()];
  }

  /** The background jobs: the host polls them alongside the foreground line. */
  get jobs(): JobTable {
    return this.state.jobs;
  }

  /** Later commands replace earlier ones of the same name. */
  addCommands(commands: readonly CommandSpec[]): void {
    for (const spec of commands) this.commands.set(spec.name, spec);
  }

  prompt(): string {
    const { home, user, hostname } = this.opts;
    const cwd = this.state.cwd;
    const shown = cwd === home ? '~' : cwd.startsWith(`${home}/`) ? `~${cwd.slice(home.length)}` : cwd;
    return `${user}@${hostname}:${shown}${user === 'root' ? '#' : '$'} `;
  }

  /** Starts one complete input; see isComplete for when an input is complete. */
  run(source: string, terminal: Terminal): Process {
    this.remember(source);
    try {
      return this.start(source, terminal);
    } catch (error) {
      // Invariant: no input escapes as an exception (a pathological nesting depth, say).
      terminal.stderr.write(`bash: ${error instanceof Error ? error.message : String(error)}\n`);
      this.state.lastExitCode = EXIT_STATUS.usage;
      return finishedJob(EXIT_STATUS.usage);
    }
  }

  private start(source: string, terminal: Terminal): Process {
    this.state.interactive = terminal.interactive === true;
    this.state.shells = terminal.shells;
    const parsed = parse(source);
    if (!parsed.ok) {
      terminal.stderr.write(`${parsed.message}\n`);
      this.state.lastExitCode = EXIT_STATUS.usage;
      return finishedJob(EXIT_STATUS.usage);
    }
    for (const warning of parsed.warnings) terminal.stderr.write(`bash: ${warning}\n`);
    const fds = { stdin: '', stdout: terminal.stdout, stderr: terminal.stderr, tty: terminal.stdout };
    return new Job(runProgram(parsed.program, this.state, fds), terminal.stderr, (exitCode) => {
      this.state.lastExitCode = exitCode;
    });
  }

  private remember(source: string): void {
    const entry = source.replace(/\n+$/, '');
    if (entry.trim() === '') return;
    this.lines.push(entry);
    if (this.lines.length > HISTORY_LIMIT) this.lines.shift();
  }
}
