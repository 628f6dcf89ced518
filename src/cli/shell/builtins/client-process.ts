// A network client's timed run (the engine's pure curl) as a workstation program: its output
// written as virtual time reaches each event, done at its exit; Ctrl-C ends it with 130.

import type { ClientEnv, ClientRun, NetSys } from '../../../engine/index.ts';
import { EXIT_STATUS } from '../exit-status.ts';
import type { CommandContext, CommandResult, Process } from '../types.ts';
import { errorText, resolve } from './files.ts';

/** What a client sees of the workstation: its files (/etc/hosts, /etc/resolv.conf), its network. */
export function workstationEnv(ctx: CommandContext, net: NetSys): ClientEnv {
  return {
    net, nowMs: ctx.nowMs(), hostname: ctx.vars.get('HOSTNAME') ?? 'workstation', tty: ctx.io.stdoutIsTerminal === true, libc: 'glibc',
    readText: (path) => {
      try {
        return ctx.fs.readFile(resolve(ctx, path));
      } catch {
        return undefined;
      }
    },
    writeText: (path, content, opts) => {
      const abs = resolve(ctx, path);
      if (abs === '/dev/null') return undefined;
      if (opts?.exclusive && ctx.fs.exists(abs)) return 'File exists';
      try {
        ctx.fs.writeFile(abs, content);
        return undefined;
      } catch (e) {
        return errorText(e);
      }
    },
  };
}

class ClientProcess implements Process {
  done = false;
  exitCode = 0;
  private next = 0;

  constructor(private readonly ctx: CommandContext, private readonly run: ClientRun, private readonly startMs: number) {}

  wakeAtMs(): number | undefined {
    if (this.done) return undefined;
    const e = this.run.events[this.next];
    return this.startMs + (e ? e.afterMs : this.run.exitAfterMs);
  }

  poll(nowMs: number): void {
    if (this.done) return;
    const events = this.run.events;
    while (this.next < events.length && this.startMs + events[this.next]!.afterMs <= nowMs) {
      const e = events[this.next++]!;
      (e.fd === 1 ? this.ctx.io.stdout : this.ctx.io.stderr).write(e.text);
    }
    if (this.next >= events.length && nowMs >= this.startMs + this.run.exitAfterMs) {
      this.done = true;
      this.exitCode = this.run.code;
    }
  }

  cancel(): void {
    if (this.done) return;
    this.done = true;
    this.exitCode = EXIT_STATUS.interrupted;
  }
}

/** Writes what is due now; a Process when the run still waits on the clock. */
export function startClient(ctx: CommandContext, run: ClientRun): CommandResult {
  const proc = new ClientProcess(ctx, run, ctx.nowMs());
  proc.poll(ctx.nowMs());
  return proc.done ? proc.exitCode : proc;
}
