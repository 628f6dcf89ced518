// `timeout DURATION COMMAND [ARG]...`: runs a program and cancels it once DURATION of virtual time
// has passed, exiting 124 (GNU coreutils).

import { EXIT_STATUS } from '../exit-status.ts';
import type { CommandContext, CommandResult, CommandSpec, Process } from '../types.ts';
import { TimerProcess, parseDurationMs } from './duration.ts';
import { withArgv } from './context.ts';

const EXIT_TIMED_OUT = 124;
const EXIT_CANCELED = 125;

class TimeoutProcess implements Process {
  done = false;
  exitCode = 0;
  private readonly deadline: TimerProcess;

  constructor(
    private readonly program: Process,
    deadlineMs: number,
  ) {
    this.deadline = new TimerProcess(deadlineMs);
  }

  wakeAtMs(): number | undefined {
    const times = [this.program.wakeAtMs(), this.deadline.wakeAtMs()].filter((t): t is number => t !== undefined);
    return this.done || times.length === 0 ? undefined : Math.min(...times);
  }

  poll(nowMs: number): void {
    if (this.done) return;
    this.program.poll(nowMs);
    this.deadline.poll(nowMs);
    if (this.program.done) this.finish(this.program.exitCode);
    else if (this.deadline.done) {
      this.program.cancel();
      this.finish(EXIT_TIMED_OUT);
    }
  }

  cancel(): void {
    if (this.done) return;
    this.program.cancel();
    this.finish(this.program.exitCode);
  }

  private finish(exitCode: number): void {
    this.done = true;
    this.exitCode = exitCode;
  }
}

function usage(ctx: CommandContext, message?: string): number {
  if (message !== undefined) ctx.io.stderr.write(`timeout: ${message}\n`);
  ctx.io.stderr.write("Try 'timeout --help' for more information.\n");
  return EXIT_CANCELED;
}

function timeout(ctx: CommandContext): CommandResult {
  const args = ctx.argv.slice(1);
  while (args[0] === '--preserve-status' || args[0] === '--foreground') args.shift();
  if (args[0] === '-s' || args[0] === '-k') args.splice(0, 2);
  const [durationText, name, ...rest] = args;
  if (durationText === undefined || name === undefined) return usage(ctx);
  const durationMs = parseDurationMs(durationText);
  if (durationMs === undefined) return usage(ctx, `invalid time interval '${durationText}'`);
  const program = ctx.lookup(name);
  if (program === undefined) {
    ctx.io.stderr.write(`timeout: failed to run command '${name}': No such file or directory\n`);
    return EXIT_STATUS.notFound;
  }
  const result = program(withArgv(ctx, [name, ...rest]));
  if (typeof result === 'number' || result.done || durationMs === 0) return result;
  return new TimeoutProcess(result, ctx.nowMs() + durationMs);
}

export const TIMEOUT: CommandSpec = { name: 'timeout', path: '/usr/bin/timeout', run: timeout };
