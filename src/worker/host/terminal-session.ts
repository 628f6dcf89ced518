// One terminal: a line editor in front of a shell. Typed keys are edited and echoed; a complete
// input (a here-document may span lines) runs as a job; the prompt returns when the job ends. Keys
// typed while a job runs are echoed by the "tty" and read after it, as bash reads typed-ahead input.

import { completeBash } from '../../cli/completion/bash.ts';
import type { Completions } from '../../cli/line-editor/completion.ts';
import { LineEditor } from '../../cli/line-editor/line-editor.ts';
import { isComplete } from '../../cli/shell/parse/complete.ts';
import type { ShellSession } from '../../cli/shell/session.ts';
import type { Process } from '../../cli/shell/types.ts';
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

/** The programs on the workstation's PATH: the shell's builtins and kubectl (see cli/workstation.ts). */
/** Tab completion on the workstation: the shell's working directory, the student's files, its programs, the live cluster. */
export function workstationCompleter(world: () => { readonly cluster: Cluster; readonly workstation: Workstation }): SessionCompleter {
  return (shell, line, cursor) => {
    const { cluster, workstation } = world();
    try {
      return completeBash({ fs: workstation.fs, cwd: shell.cwd, home: STUDENT.home, commands: workstation.programs, cluster }, line, cursor);
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
  private readonly editor: LineEditor;
  private job: Process | undefined;
  private pending: string[] = [];
  private typeahead = '';

  constructor(private shell: ShellSession, private readonly emit: (data: string) => void, private readonly options: TerminalSessionOptions = {}) {
    const complete = options.complete;
    this.editor = new LineEditor('$ ', {
      ...(options.history ? { history: options.history } : {}),
      ...(complete ? { completer: (line: string, cursor: number) => complete(this.shell, line, cursor) } : {}),
    });
  }

  get busy(): boolean {
    return this.job !== undefined;
  }

  /** Where programs write: the terminal, lines ending in CR LF. */
  private readonly terminal = { write: (t: string): void => this.emit(t.replace(/\r?\n/g, '\r\n')) };

  /** The lines typed in this session (and given at its start), oldest first. */
  get history(): readonly string[] {
    return this.editor.history;
  }

  start(): void {
    this.showPrompt();
  }

  /** The terminal's size, for wrapping long lines and laying out completion lists. */
  resize(cols: number, rows: number): void {
    this.editor.setSize(cols, rows);
  }

  /** Replaces the shell (after a restore) and shows a fresh prompt. */
  reattach(shell: ShellSession): void {
    this.close();
    this.shell = shell;
    this.emit('\r\n');
    this.showPrompt();
  }

  /** Ends what runs, forgetting typed-ahead input (the terminal is going away, or starts over). */
  close(): void {
    this.job?.cancel();
    this.job = undefined;
    this.pending = [];
    this.typeahead = '';
  }

  keys(data: string): void {
    if (!this.job) {
      this.read(data);
      return;
    }
    if (this.job.input?.(data)) {
      this.finishIfDone();
    } else if (data.includes('\x03')) {
      this.cancel();
    } else {
      this.emit(ttyEcho(data, this.typeahead));
      this.typeahead = (this.typeahead + data).slice(0, MAX_TYPEAHEAD_CHARS);
    }
  }

  runLine(line: string): void {
    if (this.job) return;
    this.emit(`${line}\r\n`);
    this.submit(line);
  }

  /** Ctrl-C for the running command; the tty drops what was typed ahead. */
  cancel(): void {
    if (!this.job) return;
    this.typeahead = '';
    this.emit('^C\r\n');
    this.job.cancel();
    this.finishIfDone();
  }

  wakeAtMs(): number | undefined {
    const fg = this.job?.wakeAtMs();
    const bg = this.shell.jobs.wakeAtMs();
    return fg === undefined ? bg : bg === undefined ? fg : Math.min(fg, bg);
  }

  poll(nowMs: number): void {
    this.shell.jobs.poll(nowMs);
    if (!this.job) return;
    this.job.poll(nowMs);
    this.finishIfDone();
  }

  /** Reads input at the prompt, one line at a time: a line that starts a command leaves the rest for later. */
  private read(input: string): void {
    let rest = input;
    for (let lines = 0; rest !== '' && !this.job && lines < MAX_LINES_PER_READ; lines++) {
      const result = this.editor.feed(rest, { stopAtEvent: true });
      this.emit(result.output);
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
    if (this.editor.addHistory(first)) this.options.onHistory?.(first);
    this.job = this.shell.run(source, { stdout: this.terminal, stderr: this.terminal, interactive: true });
    if (this.job.done) {
      this.job = undefined;
      this.showPrompt();
    }
  }

  /** After a job was polled or cancelled: when it ended, the prompt, then what was typed meanwhile. */
  private finishIfDone(): void {
    if (this.job && !this.job.done) return;
    this.job = undefined;
    this.showPrompt();
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
