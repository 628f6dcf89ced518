// Commands that must wait before going on (GetPodList watching for a first pod to appear): a
// Process that polls until a value is ready or --pod-running-timeout passes, then continues with
// what may itself keep running (logs -f, exec -it). Errors raised on the way print as main.ts
// prints a command's.

import type { CommandResult, Process } from '../../../shell/types.ts';
import type { KubectlContext } from '../../command.ts';
import { formatError } from '../../errors.ts';

export const ERR_TIMED_OUT = 'timed out waiting for the condition';
const CTRL_C_EXIT = 130;

/** Runs `fn`; a kubectl error it throws is printed and becomes the exit code. */
export function guarded(ctx: KubectlContext, fn: () => CommandResult): CommandResult {
  try {
    return fn();
  } catch (err) {
    const { text, exitCode } = formatError(err, ctx.commandPath);
    ctx.io.stderr.write(text);
    return exitCode;
  }
}

export interface WaitThen<T> {
  /** The value to go on with, once there is one. */
  readonly ready: () => T | undefined;
  readonly deadlineMs: number;
  readonly then: (value: T) => CommandResult;
}

/** `then(ready())` now if ready, else a Process that waits for it (and then runs as `then` does). */
export function waitThen<T>(ctx: KubectlContext, spec: WaitThen<T>): CommandResult {
  const now = spec.ready();
  if (now !== undefined) return guarded(ctx, () => spec.then(now));
  let inner: Process | undefined;
  let exitCode: number | undefined;
  const proceed = (result: CommandResult): void => {
    if (typeof result === 'number') exitCode = result;
    else inner = result;
  };
  return {
    get done() { return exitCode !== undefined || inner?.done === true; },
    get exitCode() { return exitCode ?? inner?.exitCode ?? 0; },
    wakeAtMs: () => (inner ? inner.wakeAtMs() : exitCode === undefined ? spec.deadlineMs : undefined),
    poll(nowMs) {
      if (inner) return inner.poll(nowMs);
      if (exitCode !== undefined) return;
      const value = spec.ready();
      if (value !== undefined) proceed(guarded(ctx, () => spec.then(value)));
      else if (nowMs >= spec.deadlineMs) {
        ctx.io.stderr.write(`error: ${ERR_TIMED_OUT}\n`);
        exitCode = 1;
      }
    },
    input: (keys) => inner?.input?.(keys) ?? false,
    cancel() {
      if (inner) inner.cancel();
      else if (exitCode === undefined) exitCode = CTRL_C_EXIT;
    },
  };
}
