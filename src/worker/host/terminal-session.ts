// One terminal: a line editor in front of a shell. Typed keys are edited and echoed; a complete
// input (a here-document may span lines) runs as a job; the prompt returns when the job ends.

import { LineEditor } from '../../cli/line-editor/line-editor.ts';
import { isComplete } from '../../cli/shell/parse/complete.ts';
import type { ShellSession } from '../../cli/shell/session.ts';
import type { Process } from '../../cli/shell/types.ts';

const CONTINUATION_PROMPT = '> ';
const CLEAR_SCREEN = '\x1b[H\x1b[2J\x1b[3J';

export class TerminalSession {
  private readonly editor = new LineEditor();
  private job: Process | undefined;
  private pending: string[] = [];

  constructor(private shell: ShellSession, private readonly emit: (data: string) => void) {}

  get busy(): boolean {
    return this.job !== undefined;
  }

  start(): void {
    this.showPrompt();
  }

  /** Replaces the shell (after a restore) and shows a fresh prompt. */
  reattach(shell: ShellSession): void {
    this.job?.cancel();
    this.job = undefined;
    this.pending = [];
    this.shell = shell;
    this.emit('\r\n');
    this.showPrompt();
  }

  keys(data: string): void {
    if (this.job) {
      if (this.job.input?.(data)) this.finishIfDone();
      else if (data.includes('\x03')) this.cancel();
      return;
    }
    const result = this.editor.feed(data);
    this.emit(result.output);
    if (result.clear) {
      this.emit(CLEAR_SCREEN + this.editor.render());
      return;
    }
    if (result.interrupted) {
      this.pending = [];
      this.showPrompt();
    }
    for (const line of result.submitted) this.submit(line);
  }

  runLine(line: string): void {
    if (this.job) return;
    this.emit(`${line}\r\n`);
    this.submit(line);
  }

  cancel(): void {
    if (!this.job) return;
    this.emit('^C\r\n');
    this.job.cancel();
    this.finishIfDone();
  }

  wakeAtMs(): number | undefined {
    return this.job?.wakeAtMs();
  }

  poll(nowMs: number): void {
    if (!this.job) return;
    this.job.poll(nowMs);
    this.finishIfDone();
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
    this.editor.addHistory(source.split('\n')[0]!);
    const write = { write: (t: string) => this.emit(t.replace(/\r?\n/g, '\r\n')) };
    this.job = this.shell.run(source, { stdout: write, stderr: write });
    this.finishIfDone();
  }

  private finishIfDone(): void {
    if (this.job && !this.job.done) return;
    this.job = undefined;
    this.showPrompt();
  }

  private showPrompt(): void {
    this.editor.setPrompt(this.shell.prompt());
    this.emit(this.editor.render());
  }
}
