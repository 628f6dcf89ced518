// A command that waits on the virtual clock, then fails: a connection nobody answers (ssh's kernel
// timeout) or a discovery retrying until its deadline (kubeadm join). Ctrl-C ends it early.

import type { CommandContext, Process } from '../shell/types.ts';

export interface FailureCodes {
  readonly failed: number;
  readonly cancelled: number;
}

/** Waits `waitMs`, then calls `write` and exits with `codes.failed`; cancelled, exits with `codes.cancelled`. */
export function failAfter(ctx: CommandContext, waitMs: number, write: () => void, codes: FailureCodes = { failed: 1, cancelled: 130 }): Process {
  const dueMs = ctx.nowMs() + waitMs;
  let done = false;
  let exitCode = 0;
  return {
    get done() { return done; },
    get exitCode() { return exitCode; },
    wakeAtMs: () => (done ? undefined : dueMs),
    poll: (nowMs) => {
      if (done || nowMs < dueMs) return;
      write();
      done = true;
      exitCode = codes.failed;
    },
    cancel: () => {
      done = true;
      exitCode = codes.cancelled;
    },
  };
}
