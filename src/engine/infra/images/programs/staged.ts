// Programs that log in steps over (virtual) time — database initialisation, a computation — as a
// list of steps run one per wake-up; the step index is the process's memo, so it survives snapshots.

import type { ProcStatus, ProcSys } from '../../process.ts';

export interface Step {
  /** Wait before this step, after the previous one. */
  readonly delayMs: number;
  readonly run: (sys: ProcSys) => void;
}

export interface StagedMemo {
  readonly step: number;
}

/** Runs `steps[index]`; sleeps until the next step, or ends with `end` after the last. */
export function runSteps(steps: readonly Step[], index: number, sys: ProcSys, end: ProcStatus): { status: ProcStatus; memo: StagedMemo } {
  steps[index]?.run(sys);
  const next = steps[index + 1];
  if (!next) return { status: end, memo: { step: steps.length } };
  return { status: { state: 'sleeping', wakeMs: sys.nowMs() + next.delayMs }, memo: { step: index + 1 } };
}

/** The step a memo points at (0 for a missing or foreign memo). */
export function stepOf(memo: unknown): number {
  const step = (memo as Partial<StagedMemo> | undefined)?.step;
  return typeof step === 'number' ? step : 0;
}
