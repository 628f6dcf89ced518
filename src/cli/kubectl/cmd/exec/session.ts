// A running `kubectl exec`: output to the terminal (with a tty both streams go to stdout), piped
// stdin sent at once, and, when stdin is the terminal, the keys the student types: in raw mode
// (-it) the container shell's prompt, line editing as its readline does, Ctrl-C to the shell and
// Ctrl-D closing its input; without -t the terminal's cooked mode (Ctrl-C ends kubectl).
// Mirrors kubectl v1.31 pkg/cmd/exec (StreamOptions.SetupTTY) and remotecommand's exit errors.

import { isExecStreamError, type ExecCallbacks, type ExecSession } from '../../../../engine/index.ts';
import { LineEditor } from '../../../line-editor/line-editor.ts';
import type { CommandResult, Process } from '../../../shell/types.ts';
import { KubectlError, type KubectlContext } from '../../command.ts';

export const MSG_EXIT_CODE = (code: number): string => `command terminated with exit code ${code}\n`;
export const MSG_NO_TTY = 'Unable to use a TTY - input is not a terminal or the right kind of file\n';
const CTRL_C_EXIT = 130;
const CTRL_D = '\x04';

export interface ExecTarget {
  readonly namespace: string;
  readonly pod: string;
  readonly container: string;
  readonly command: readonly string[];
  /** -i: stdin goes to the command (piped input, or the terminal when nothing is piped). */
  readonly stdin: boolean;
  /** -t with -i at a terminal: raw mode, a tty in the container. */
  readonly tty: boolean;
}

interface ExitState {
  code: number | undefined;
}

/** Starts the command; the exit code when it ends at once, else the running exec. */
export function startExec(ctx: KubectlContext, t: ExecTarget): CommandResult {
  const state: ExitState = { code: undefined };
  const cb: ExecCallbacks = {
    output: (fd, text) => (t.tty || fd === 1 ? ctx.io.stdout : ctx.io.stderr).write(text),
    exit: (code) => {
      if (state.code !== undefined) return;
      state.code = code;
      if (code !== 0) ctx.io.stderr.write(MSG_EXIT_CODE(code));
    },
  };
  let session: ExecSession;
  try {
    session = ctx.client.exec(t.namespace, t.pod, { container: t.container, command: t.command, stdin: t.stdin, tty: t.tty }, cb);
  } catch (err) {
    if (isExecStreamError(err)) throw new KubectlError(err.message);
    throw err;
  }
  const terminalIn = t.stdin && ctx.io.stdin === '';
  if (!terminalIn) {
    if (t.stdin) session.input(ctx.io.stdin);
    session.closeInput();
  }
  if (state.code !== undefined) return state.code;
  return terminalIn ? new TerminalExec(ctx, session, state, t.tty) : runningExec(session, state);
}

/** An exec whose input is settled: it runs until the command exits or Ctrl-C. */
function runningExec(session: ExecSession, state: ExitState): Process {
  return {
    get done() { return state.code !== undefined; },
    get exitCode() { return state.code ?? 0; },
    wakeAtMs: () => undefined,
    poll: () => undefined,
    cancel() {
      if (state.code !== undefined) return;
      session.detach();
      state.code = CTRL_C_EXIT;
    },
  };
}

/** An exec reading the terminal: raw (-it) or cooked (-i). */
class TerminalExec implements Process {
  private readonly editor = new LineEditor('');
  private editorPrompt = '';
  private promptShown = false;

  constructor(private readonly ctx: KubectlContext, private readonly session: ExecSession,
    private readonly state: ExitState, private readonly raw: boolean) {
    this.showPrompt();
  }

  get done(): boolean {
    return this.state.code !== undefined;
  }

  get exitCode(): number {
    return this.state.code ?? 0;
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
    this.state.code = CTRL_C_EXIT;
  }

  input(keys: string): boolean {
    if (this.done || (!this.raw && keys.includes('\x03'))) return false;
    keys.split(CTRL_D).forEach((chunk, i) => {
      if (i > 0 && this.lineIsEmpty()) this.session.closeInput();
      if (chunk !== '' && !this.done) this.type(chunk);
    });
    this.showPrompt();
    return true;
  }

  private type(chunk: string): void {
    const result = this.editor.feed(chunk);
    this.ctx.io.stdout.write(result.output);
    if (result.interrupted) {
      this.session.interrupt();
      this.promptShown = false;
    }
    for (const line of result.submitted) {
      this.editor.addHistory(line);
      this.promptShown = false;
      this.session.input(this.raw ? line : `${line}\n`);
      if (this.done) return;
    }
  }

  private lineIsEmpty(): boolean {
    return this.editor.render() === this.editorPrompt;
  }

  /** The shell's prompt, once each time it waits for a line again. */
  private showPrompt(): void {
    if (!this.raw || this.done || this.promptShown) return;
    const prompt = this.session.prompt();
    if (prompt === '') return;
    this.editorPrompt = prompt;
    this.editor.setPrompt(prompt);
    this.ctx.io.stdout.write(this.editor.render());
    this.promptShown = true;
  }
}
