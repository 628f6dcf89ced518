// A command that keeps running until a cluster condition holds (kubectl's wait loops: `delete`
// waiting for objects to disappear, `run --attach` waiting for its pod). Polled by the host after
// clock advances and cluster changes; Ctrl-C ends it with 130.

import type { Process } from '../../shell/types.ts';

export interface WaitSpec {
  /** True once the command may end successfully. */
  readonly satisfied: () => boolean;
  /** Absolute virtual time after which it gives up; undefined waits forever. */
  readonly deadlineMs?: number;
  /** Called once when the deadline passes; returns the exit code. */
  readonly onTimeout?: () => number;
}

export function waitProcess(spec: WaitSpec): Process {
  let done = false;
  let exitCode = 0;
  return {
    get done() { return done; },
    get exitCode() { return exitCode; },
    wakeAtMs: () => (done ? undefined : spec.deadlineMs),
    poll(nowMs: number) {
      if (done) return;
      if (spec.satisfied()) {
        done = true;
      } else if (spec.deadlineMs !== undefined && nowMs >= spec.deadlineMs) {
        done = true;
        exitCode = spec.onTimeout?.() ?? 1;
      }
    },
    cancel() {
      if (done) return;
      done = true;
      exitCode = 130;
    },
  };
}
