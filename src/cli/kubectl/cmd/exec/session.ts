// A running `kubectl exec`: output to the terminal (with a tty both streams go to stdout), piped
// stdin sent at once, and, when stdin is the terminal, the keys the student types: in raw mode
// (-it) the container shell's prompt, line editing as its readline does, Ctrl-C to the shell and
// Ctrl-D closing its input; without -t the terminal's cooked mode (Ctrl-C ends kubectl).
// Mirrors kubectl v1.31 pkg/cmd/exec (StreamOptions.SetupTTY) and remotecommand's exit errors.

import { isExecStreamError, type ExecCallbacks, type ExecSession } from '../../../../engine/index.ts';
import { ContainerTerminal } from '../../../container-terminal.ts';
import type { CommandResult, Process } from '../../../shell/types.ts';
import { KubectlError, type KubectlContext } from '../../command.ts';

export const MSG_EXIT_CODE = (code: number): string => `command terminated with exit code ${code}\n`;
export const MSG_NO_TTY = 'Unable to use a TTY - input is not a terminal or the right kind of file\n';
const CTRL_C_EXIT = 130;

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
  return terminalIn ? new ContainerTerminal(ctx.io.stdout, session, state, t.tty) : runningExec(session, state);
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
