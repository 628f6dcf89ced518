// The container side of `kubectl cp`: a queue of exec calls run one after the other in the pod's
// container, each deciding from its result what runs next or how the copy ends. Commands may end
// at once or later on the virtual clock; the copy is a Process until the queue is empty.

import { isExecStreamError, type ExecCallbacks, type ExecSession } from '../../../../engine/index.ts';
import type { CommandResult, Process } from '../../../shell/types.ts';
import { KubectlError, type KubectlContext } from '../../command.ts';
import { formatError } from '../../errors.ts';

const CTRL_C_EXIT = 130;

export interface ExecResult {
  /** -1 when the command could not be started and the step ignores that. */
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export interface CpStep {
  readonly command: readonly string[];
  /** Sent as the command's whole stdin, then closed. */
  readonly stdin?: string;
  /** A command that cannot be started ends the copy unless this is set. */
  readonly ignoreStreamError?: boolean;
  /** Where the command's stderr goes as it arrives (kept in the result only, when absent). */
  readonly stderrTo?: 'stdout' | 'stderr';
  /** The steps to run next, or the exit code to end the copy with. */
  readonly done: (r: ExecResult) => readonly CpStep[] | number;
}

export interface ExecPlace {
  readonly namespace: string;
  readonly pod: string;
  readonly container: string;
}

/** Runs `first` (and whatever the steps add); the exit code, or a Process while commands run. */
export function runSteps(ctx: KubectlContext, place: ExecPlace, first: readonly CpStep[]): CommandResult {
  const queue = [...first];
  let exitCode: number | undefined;
  let session: ExecSession | undefined;
  let busy = false;
  let pumping = false;
  const report = (err: unknown): number => {
    const { text, exitCode: code } = formatError(err, ctx.commandPath);
    ctx.io.stderr.write(text);
    return code;
  };
  const settle = (step: CpStep, r: ExecResult): void => {
    busy = false;
    session = undefined;
    let next: readonly CpStep[] | number;
    try {
      next = step.done(r);
    } catch (err) {
      next = report(err);
    }
    if (typeof next === 'number') exitCode ??= next;
    else queue.unshift(...next);
    if (!pumping) pump();
  };
  const start = (step: CpStep): void => {
    busy = true;
    let stdout = '';
    let stderr = '';
    let settled = false;
    const cb: ExecCallbacks = {
      output: (fd, text) => {
        if (fd === 1) stdout += text;
        else {
          stderr += text;
          if (step.stderrTo) (step.stderrTo === 'stdout' ? ctx.io.stdout : ctx.io.stderr).write(text);
        }
      },
      exit: (code) => {
        if (settled) return;
        settled = true;
        settle(step, { code, stdout, stderr });
      },
    };
    let started: ExecSession;
    try {
      started = ctx.client.exec(place.namespace, place.pod, { container: place.container, command: step.command, stdin: step.stdin !== undefined, tty: false }, cb);
    } catch (err) {
      if (isExecStreamError(err) && step.ignoreStreamError) return settle(step, { code: -1, stdout: '', stderr: '' });
      busy = false;
      exitCode ??= report(isExecStreamError(err) ? new KubectlError(err.message) : err);
      return;
    }
    if (settled) return;
    session = started;
    if (step.stdin !== undefined) started.input(step.stdin);
    if (!settled) started.closeInput();
  };
  const pump = (): void => {
    pumping = true;
    while (exitCode === undefined && !busy) {
      const step = queue.shift();
      if (!step) exitCode = 0;
      else start(step);
    }
    pumping = false;
  };
  pump();
  if (exitCode !== undefined) return exitCode;
  const process: Process = {
    get done() { return exitCode !== undefined; },
    get exitCode() { return exitCode ?? 0; },
    wakeAtMs: () => undefined,
    poll: () => undefined,
    cancel() {
      if (exitCode !== undefined) return;
      session?.detach();
      exitCode = CTRL_C_EXIT;
    },
  };
  return process;
}
