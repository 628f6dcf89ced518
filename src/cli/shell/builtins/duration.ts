// Durations as `sleep` and `timeout` read them (`5`, `0.5`, `2s`, `1m`, `1h`, `1d`), and a
// Process that waits on virtual time.

import { EXIT_STATUS } from '../exit-status.ts';
import type { Process } from '../types.ts';

const UNIT_MS: Readonly<Record<string, number>> = { '': 1000, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** Milliseconds in a duration, rounded up; undefined when it is not one. */
export function parseDurationMs(text: string): number | undefined {
  const match = /^([0-9]+\.?[0-9]*|\.[0-9]+)([smhd]?)$/.exec(text);
  if (match === null) return undefined;
  return Math.ceil(Number(match[1]) * (UNIT_MS[match[2] ?? ''] ?? 1000));
}

/** Done once virtual time reaches `untilMs`. */
export class TimerProcess implements Process {
  done = false;
  exitCode = 0;

  constructor(private readonly untilMs: number) {}

  wakeAtMs(): number | undefined {
    return this.done ? undefined : this.untilMs;
  }

  poll(nowMs: number): void {
    if (nowMs >= this.untilMs) this.done = true;
  }

  cancel(): void {
    if (this.done) return;
    this.done = true;
    this.exitCode = EXIT_STATUS.interrupted;
  }
}
