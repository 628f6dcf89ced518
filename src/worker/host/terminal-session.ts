// One terminal: a line editor in front of a shell. Typed keys are edited and echoed; a complete
// input (a here-document may span lines) runs as a job; the prompt returns when the job ends. Keys
// typed while a job runs are echoed by the "tty" and read after it, as bash reads typed-ahead input.
// `ssh` and `sudo -i` stack a shell on top (with its own line editor and history) until it logs out.

import { completeBash } from '../../cli/completion/bash.ts';
import type { Completions } from '../../cli/line-editor/completion.ts';
import { LineEditor } from '../../cli/line-editor/line-editor.ts';
import { isComplete } from '../../cli/shell/parse/complete.ts';
import type { ShellSession } from '../../cli/shell/session.ts';
import { ShellFrames } from './shell-frames.ts';
import { STUDENT, type Workstation } from '../../cli/workstation.ts';
import type { Cluster } from '../../engine/index.ts';

const CONTINUATION_PROMPT = '> ';
/** Ctrl-L as readline does it: home and erase the screen (the scrollback stays). */
const CLEAR_SCREEN = '\x1b[H\x1b[2J';
/** Invariant: typed-ahead input waiting for the prompt is bounded; past this the newest keys are dropped. */
const MAX_TYPEAHEAD_CHARS = 65_536;
/** Invariant: one read runs at most this many lines; the rest waits as typed-ahead input. */
const MAX_LINES_PER_READ = 10_000;

/** Tab completion for a line of the session's shell. */
export type SessionCompleter = (shell: ShellSession, line: string, cursor: number) => Completions;

/**
 * Tab completion on the workstation: the shell's working directory, the student's files, its programs,
 * the live cluster; in a shell stacked on it (a node's), that shell's own files and programs.
 */
export function workstationCompleter(world: () => { readonly cluster: Cluster; readonly workstation: Workstation }): SessionCompleter {
  return (shell, line, cursor) => {
    const { cluster, workstation } = world();
    const own = shell.fs === workstation.fs;
    try {
      return completeBash({
        fs: shell.fs, cwd: shell.cwd, home: own ? STUDENT.home : shell.home, commands: own ? workstation.programs : shell.programs, cluster,
      }, line, cursor);
    } catch {
      // Invariant: a completion that fails offers nothing (the bell rings); it never takes the terminal down.
      return { start: cursor, matches: [] };
    }
  };
}

export interface TerminalSessionOptions {
  /** History lines to start with, oldest first (a reopened terminal's). */
  readonly history?: readonly string[];
  readonly complete?: SessionCompleter;
  /** Called with each line the session adds to its history. */
  readonly onHistory?: (line: string) => void;
}

export class TerminalSession {
  /** The first shell and those stacked on it, each with its line editor. */
  private readonly frames: ShellFrames<LineEditor>;
  private pending: string[] = [];
  private typeahead = '';
  /** The virtual time of the last poll, for ending the program below a shell that logged out. */
  private nowMs = 0;

  constructor(shell: ShellSession, private readonly emit: (data: string) => void, private readonly options: TerminalSessionOptions = {}) {
    this.frames = new ShellFrames(shell, (s, depth) => this.editorFor(s, depth));
  }

  /** The first shell's editor starts with the terminal's history; a stacked shell's with its own (none). */
  private editorFor(shell: ShellSession, depth: number): LineEditor {
    const complete = this.options.complete;
    return new LineEditor('$ ', {
      ...(depth === 0 && this.options.history ? { history: this.options.history } : {}),
      ...(complete ? { completer: (line: string, cursor: number) => complete(shell, line, cursor) } : {}),
    });
  }

  private get editor(): LineEditor {
    return this.frames.top.extra;
  }

  private get shell(): ShellSession {
    return this.frames.top.shell;
  }

  get busy(): boolean {
    return this.frames.top.job !== undefined;
  }

  /** Where programs write: the terminal, lines ending in CR LF. */
  private readonly terminal = { write: (t: string): void => this.emit(t.replace(/\r?\n/g, '\r\n')) };

  /** The lines typed in this session's first shell (and given at its start), oldest first. */
  get history(): readonly string[] {
    return this.frames.all[0]!.extra.history;
  }

  start(): void {
    this.showPrompt();
  }

  /** The terminal's size, for wrapping long lines and laying out completion lists. */
  resize(cols: number, rows: number): void {
    this.size = [cols, rows];
    for (const frame of this.frames.all) frame.extra.setSize(cols, rows);
  }

  private size: [number, number] | undefined;

  /** Replaces the shell (after a restore) and shows a fresh prompt. */
  reattach(shell: ShellSession): void {
    this.close();
    const history = this.history;
    this.frames.reset(shell);
    for (const line of history) this.editor.addHistory(line);
    if (this.size) this.editor.setSize(...this.size);
    this.emit('\r\n');
    this.showPrompt();
  }

  /** Ends what runs, forgetting typed-ahead input (the terminal is going away, or starts over). */
  close(): void {
    for (const frame of this.frames.all) {
      frame.job?.cancel();
      frame.job = undefined;
    }
    this.pending = [];
    this.typeahead = '';
  }

  keys(data: string): void {
    const job = this.frames.top.job;
    if (!job) {
      this.read(data);
      return;
    }
    if (job.input?.(data)) {
      this.finishIfDone();
    } else if (data.includes('\x03')) {
      this.cancel();
    } else {
      this.emit(ttyEcho(data, this.typeahead));
      this.typeahead = (this.typeahead + data).slice(0, MAX_TYPEAHEAD_CHARS);
    }
  }

  runLine(line: string): void {
    if (this.busy) return;
    this.emit(`${line}\r\n`);
    this.submit(line);
  }

  /** Ctrl-C for the running command; the tty drops what was typed ahead. */
  cancel(): void {
    const job = this.frames.top.job;
    if (!job) return;
    this.typeahead = '';
    this.emit('^C\r\n');
    job.cancel();
    this.finishIfDone();
  }

  wakeAtMs(): number | undefined {
    let at = this.frames.top.job?.wakeAtMs();
    for (const frame of this.frames.all) {
      const bg = frame.shell.jobs.wakeAtMs();
      if (bg !== undefined) at = at === undefined ? bg : Math.min(at, bg);
    }
    return at;
  }

  poll(nowMs: number): void {
    this.nowMs = nowMs;
    for (const frame of this.frames.all) frame.shell.jobs.poll(nowMs);
    const job = this.frames.top.job;
    if (!job) return;
    job.poll(nowMs);
    this.finishIfDone();
  }

  /** Reads input at the prompt, one line at a time: a line that starts a command leaves the rest for later. */
  private read(input: string): void {
    let rest = input;
    for (let lines = 0; rest !== '' && !this.busy && lines < MAX_LINES_PER_READ; lines++) {
      const result = this.editor.feed(rest, { stopAtEvent: true });
      this.emit(result.output);
      if (result.eof && this.frames.depth > 1) this.logoutTop();
      if (result.clear) this.emit(CLEAR_SCREEN + this.editor.render());
      if (result.interrupted) {
        this.pending = [];
        this.showPrompt();
      }
      rest = result.rest;
      for (const line of result.submitted) this.submit(line);
    }
    if (rest !== '') this.typeahead = (rest + this.typeahead).slice(0, MAX_TYPEAHEAD_CHARS);
  }

  private submit(line: string): void {
    this.pending.push(line);
    const source = this.pending.join('\n');
    if (!isComplete(source)) {
      this.editor.setPrompt(CONTINUATION_PROMPT);
      this.emit(CONTINUATION_PROMPT);
      return;
    }
    this.pending = [];
    const first = source.split('\n')[0]!;
    if (this.editor.addHistory(first) && this.frames.depth === 1) this.options.onHistory?.(first);
    const frame = this.frames.top;
    frame.job = frame.shell.run(source, { stdout: this.terminal, stderr: this.terminal, interactive: true, shells: this.frames });
    this.settle();
  }

  /** Ctrl-D at a stacked shell's empty prompt: bash's `logout`, and back to the shell below. */
  private logoutTop(): void {
    this.emit('logout\r\n');
    this.frames.logout(this.shell.lastExitCode);
    this.settle();
  }

  /**
   * After the stack or a job changed: a job that ended leaves its shell idle, a shell that logged out
   * lets the program below it (ssh, sudo) end; the prompt shows once the top shell waits for input.
   */
  private settle(): void {
    const frame = this.frames.top;
    if (frame.job && !frame.job.done) frame.job.poll(this.nowMs);
    if (frame.job && !frame.job.done) return;
    frame.job = undefined;
    this.showPrompt();
  }

  /** After a job was polled or cancelled: when it ended, the prompt, then what was typed meanwhile. */
  private finishIfDone(): void {
    if (this.busy && !this.frames.top.job!.done) return;
    this.settle();
    if (this.busy) return;
    const typed = this.typeahead;
    this.typeahead = '';
    if (typed !== '') this.read(typed);
  }

  private showPrompt(): void {
    this.shell.jobs.reportEnded(this.terminal);
    this.editor.setPrompt(this.shell.prompt());
    this.emit(this.editor.render());
  }
}

/**
 * What a cooked-mode tty echoes of keys typed while a command runs, after what was `typed` already:
 * Enter as a new line, Backspace erasing a character of the line being typed, controls as `^X`.
 */
function ttyEcho(data: string, typed: string): string {
  let out = '';
  let lineLength = typed.length - Math.max(typed.lastIndexOf('\r'), typed.lastIndexOf('\n')) - 1;
  for (const ch of data) {
    if (ch === '\r' || ch === '\n') {
      out += '\r\n';
      lineLength = 0;
    } else if (ch === '\x7f') {
      if (lineLength > 0) out += '\b \b';
      lineLength = Math.max(0, lineLength - 1);
    } else {
      out += ch === '\t' || ch >= ' ' ? ch : `^${String.fromCharCode(ch.charCodeAt(0) + 64)}`;
      lineLength++;
    }
  }
  return out;
}
