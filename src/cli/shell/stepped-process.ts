// A Process that runs as far as it can at its start and at each poll: a subclass says how far
// (`advance`) and sets `exit` once it is over.

import type { CommandResult, Process } from './types.ts';

export abstract class SteppedProcess implements Process {
  protected exit: number | undefined;

  get done(): boolean { return this.exit !== undefined; }
  get exitCode(): number { return this.exit ?? 0; }

  abstract wakeAtMs(): number | undefined;
  abstract cancel(): void;

  /** Runs as far as it can without waiting: the exit code when it is over, else itself. */
  start(nowMs: number): CommandResult {
    this.advance(nowMs);
    return this.exit ?? this;
  }

  poll(nowMs: number): void {
    if (!this.done) this.advance(nowMs);
  }

  /** Goes on until it has to wait for time or the cluster, or is over (then `exit` is set). */
  protected abstract advance(nowMs: number): void;
}
