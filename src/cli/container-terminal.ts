// A container's process fed from the student's terminal (`kubectl exec -it`, `docker run -it`,
// `docker exec -it`): with a tty, the shell's prompt, line editing as its readline does, Ctrl-C to the
// shell; without one (`-i` alone), lines as typed and Ctrl-C to the host. Ctrl-D closes its input; the
// command ends when the process exits, with its exit code.

import type { ExecSession } from '../engine/index.ts';
import { LineEditor } from './line-editor/line-editor.ts';
import type { OutputStream, Process } from './shell/types.ts';

const CTRL_C_EXIT = 130;
const CTRL_D = '\x04';

export interface ExitBox {
  code: number | undefined;
}

export class ContainerTerminal implements Process {
  private readonly editor = new LineEditor('');
  private editorPrompt = '';
  private promptShown = false;

  constructor(private readonly out: OutputStream, private readonly session: ExecSession, private readonly exit: ExitBox, private readonly tty = true) {
    this.showPrompt();
  }

  get done(): boolean {
    return this.exit.code !== undefined;
  }

  get exitCode(): number {
    return this.exit.code ?? 0;
  }

  wakeAtMs(): number | undefined {
    return undefined;
  }

  poll(): void {
    this.showPrompt();
  }

  cancel(): void {
    if (this.done) return;
    this.session.detach();
    this.exit.code = CTRL_C_EXIT;
  }

  input(keys: string): boolean {
    if (this.done || (!this.tty && keys.includes('\x03'))) return false;
    keys.split(CTRL_D).forEach((chunk, i) => {
      if (i > 0 && this.editor.render() === this.editorPrompt) this.session.closeInput();
      if (chunk !== '' && !this.done) this.type(chunk);
    });
    this.showPrompt();
    return true;
  }

  private type(chunk: string): void {
    const result = this.editor.feed(chunk);
    this.out.write(result.output);
    if (result.interrupted) {
      this.session.interrupt();
      this.promptShown = false;
    }
    for (const line of result.submitted) {
      this.editor.addHistory(line);
      this.promptShown = false;
      this.session.input(this.tty ? line : `${line}\n`);
      if (this.done) return;
    }
  }

  private showPrompt(): void {
    if (!this.tty || this.done || this.promptShown) return;
    const prompt = this.session.prompt();
    if (prompt === '') return;
    this.editorPrompt = prompt;
    this.editor.setPrompt(prompt);
    this.out.write(this.editor.render());
    this.promptShown = true;
  }
}
