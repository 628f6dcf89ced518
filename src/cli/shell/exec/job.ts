// Drives the interpreter's generator as one Process: runs until a program suspends, forwards
// polls and wake times to that program, and resumes the line when it ends. Ctrl-C ends the line.

import { EXIT_STATUS } from '../exit-status.ts';
import type { OutputStream, Process } from '../types.ts';
import { ExpansionAbort } from './expand.ts';
import { normalizeExitCode } from './state.ts';
import type { Step } from './state.ts';


function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export class Job implements Process {
  done = false;
  exitCode = 0;
  private current: Process | undefined;

  constructor(
    private readonly line: Step<number>,
    private readonly stderr: OutputStream,
    private readonly onDone: (exitCode: number) => void,
  ) {
    this.resume(0);
  }

  wakeAtMs(): number | undefined {
    return this.current?.wakeAtMs();
  }

  poll(nowMs: number): void {
    const program = this.current;
    if (this.done || program === undefined) return;
    try {
      program.poll(nowMs);
    } catch (error) {
      this.stderr.write(`bash: ${errorText(error)}\n`);
      this.current = undefined;
      this.resume(1);
      return;
    }
    if (!program.done) return;
    this.current = undefined;
    this.resume(normalizeExitCode(program.exitCode));
  }

  /** Forwards typed keys to the running program if it reads the terminal; false when none takes them. */
  input(keys: string): boolean {
    const program = this.current;
    if (this.done || !program?.input?.(keys)) return false;
    if (program.done) {
      this.current = undefined;
      this.resume(normalizeExitCode(program.exitCode));
    }
    return true;
  }

  cancel(): void {
    if (this.done) return;
    const program = this.current;
    this.current = undefined;
    try {
      program?.cancel();
      this.line.return(EXIT_STATUS.interrupted);
    } catch (error) {
      this.stderr.write(`bash: ${errorText(error)}\n`);
    }
    this.finish(EXIT_STATUS.interrupted);
  }

  /** Runs the line until a program suspends (the interpreter yields only running ones) or it ends. */
  private resume(input: number): void {
    let step: IteratorResult<Process, number>;
    try {
      step = this.line.next(input);
    } catch (error) {
      const prefix = error instanceof ExpansionAbort ? 'bash' : 'bash: internal error';
      this.stderr.write(`${prefix}: ${errorText(error)}\n`);
      this.finish(1);
      return;
    }
    if (step.done === true) this.finish(step.value);
    else this.current = step.value;
  }

  private finish(exitCode: number): void {
    this.done = true;
    this.exitCode = exitCode;
    this.onDone(exitCode);
  }
}
