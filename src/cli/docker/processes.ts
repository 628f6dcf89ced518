// The docker CLI's long-running commands as shell Processes: output that appears as virtual time
// passes (pull and build progress), and waits on a container (a foreground `run`, `stop`).

import type { OutputStream, Process } from '../shell/types.ts';

export interface TimedLine {
  readonly atMs: number;
  readonly text: string;
  readonly err?: boolean;
}

const CTRL_C_EXIT = 130;

/** Writes each line when its time comes; ends after `durationMs` with `then()`'s exit code. */
export class TimedOutput implements Process {
  done = false;
  exitCode = 0;
  private next = 0;
  /** What runs once the output is written (a foreground container after its image was pulled). */
  private chained: Process | undefined;

  constructor(private readonly out: { stdout: OutputStream; stderr: OutputStream }, private readonly startMs: number,
    private readonly lines: readonly TimedLine[], private readonly durationMs: number, private readonly then: () => number | Process) {}

  wakeAtMs(): number | undefined {
    if (this.done) return undefined;
    if (this.chained) return this.chained.wakeAtMs();
    const line = this.lines[this.next];
    return this.startMs + (line ? Math.min(line.atMs, this.durationMs) : this.durationMs);
  }

  poll(nowMs: number): void {
    if (this.chained) return this.pollChained(nowMs);
    while (!this.done && this.next < this.lines.length && this.startMs + this.lines[this.next]!.atMs <= nowMs) {
      const line = this.lines[this.next++]!;
      (line.err ? this.out.stderr : this.out.stdout).write(`${line.text}\n`);
    }
    if (this.done || this.next < this.lines.length || nowMs < this.startMs + this.durationMs) return;
    const after = this.then();
    if (typeof after === 'number') {
      this.exitCode = after;
      this.done = true;
      return;
    }
    this.chained = after;
    this.pollChained(nowMs);
  }

  private pollChained(nowMs: number): void {
    const p = this.chained!;
    if (!p.done) p.poll(nowMs);
    if (p.done) {
      this.exitCode = p.exitCode;
      this.done = true;
    }
  }

  cancel(): void {
    if (this.done) return;
    this.chained?.cancel();
    this.done = true;
    this.exitCode = CTRL_C_EXIT;
  }
}

/** Waits until `finished()` gives an exit code (checked after every clock step and cluster change). */
export class WaitProcess implements Process {
  done = false;
  exitCode = 0;

  constructor(private readonly finished: () => number | undefined, private readonly onCancel: () => void = () => undefined) {
    this.check();
  }

  wakeAtMs(): number | undefined {
    return undefined;
  }

  poll(): void {
    this.check();
  }

  cancel(): void {
    if (this.done) return;
    this.onCancel();
    this.done = true;
    this.exitCode = CTRL_C_EXIT;
  }

  private check(): void {
    const code = this.finished();
    if (code === undefined) return;
    this.exitCode = code;
    this.done = true;
  }
}
