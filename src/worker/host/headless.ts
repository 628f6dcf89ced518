// Runs a script against a sandbox without a terminal, as bash runs a script: each complete input
// (a here-document belongs to its command) runs to its end before the next. Time jumps: `sleep N`
// advances the virtual clock by N seconds at once. Determinism: same options + same lines ⇒ same output.

import { isComplete } from '../../cli/shell/parse/complete.ts';
import { createWorkstation, type Workstation } from '../../cli/workstation.ts';
import type { Cluster, ClusterSnapshot } from '../../engine/index.ts';
import type { HostSnapshot, SandboxOptions } from './api.ts';
import { newCluster } from './profiles.ts';
import { ShellFrames } from './shell-frames.ts';

export interface HeadlessOptions extends SandboxOptions {
  /** Print each command before its output: `$ first line`, then `> line` for continuation lines. */
  readonly echo?: boolean;
}

/**
 * Deviation from a real terminal: a command that waits for cluster changes (`kubectl get -w`) is
 * ended once nothing is due on the clock within this window, since no one can press Ctrl-C.
 */
export const WATCH_IDLE_LIMIT_MS = 60_000;
/** Each command takes this much virtual time, as a real kubectl round-trip does, so controllers react between commands. */
export const COMMAND_LATENCY_MS = 100;
const MAX_STEPS_PER_COMMAND = 100_000;
/** Colour and style escapes: a script's output is not a terminal, so it carries none. */
const SGR_SEQUENCE = /\x1b\[[0-9;]*m/g;

export class HeadlessRunner {
  readonly cluster: Cluster;
  /** The workstation's shell at the bottom, the shells `ssh` and `sudo -i` started above it. */
  private readonly shells: ShellFrames<undefined>;
  private pending: string[] = [];
  /** What the terminal shows until the current command's output is returned (background jobs write here too). */
  private out = '';
  /** The output so far ends without a newline. */
  private midLine = false;
  private readonly terminal = { write: (t: string) => { this.out += t.replace(SGR_SEQUENCE, ''); } };

  private readonly workstation: Workstation;

  constructor(private readonly options: HeadlessOptions, snapshot?: HostSnapshot) {
    this.cluster = newCluster(options);
    if (snapshot) this.cluster.restore(snapshot.cluster as ClusterSnapshot);
    this.workstation = createWorkstation(this.cluster, snapshot?.files);
    this.shells = new ShellFrames<undefined>(this.workstation.openShell(), () => undefined);
  }

  /** `$?` after the last command, in the shell the script now types into. */
  get lastExitCode(): number {
    return this.shells.top.shell.lastExitCode;
  }

  /** The cluster and the student's files (not the shell's variables or working directory). */
  snapshot(): HostSnapshot {
    return { version: 1, options: this.options, cluster: this.cluster.snapshot(), files: this.workstation.fs.snapshot() };
  }

  /** Feeds one line of the script; returns what the terminal shows for it (maybe nothing yet). */
  feedLine(line: string): string {
    this.pending.push(line);
    const source = this.pending.join('\n');
    if (!isComplete(source)) return '';
    this.pending = [];
    return this.run(source);
  }

  /** Ends the script: an unfinished input is run as is, so bash's syntax error shows. */
  finish(): string {
    if (this.pending.length === 0) return '';
    const source = this.pending.join('\n');
    this.pending = [];
    return this.run(source);
  }

  private run(source: string): string {
    if (this.options.echo) {
      const [first, ...rest] = source.split('\n');
      // An echoed command starts its own line even after output without a final newline.
      this.out += `${this.midLine ? '\n' : ''}$ ${first}\n${rest.map((l) => `> ${l}\n`).join('')}`;
      this.midLine = false;
    }
    const frame = this.shells.top;
    frame.job = frame.shell.run(source, { stdout: this.terminal, stderr: this.terminal, shells: this.shells });
    this.drive();
    const clock = this.cluster.clock;
    clock.advance(COMMAND_LATENCY_MS);
    this.pollBackground();
    const out = this.out;
    this.out = '';
    if (out !== '') this.midLine = !out.endsWith('\n');
    return out;
  }

  /** Runs the top shell's input to its end; a shell pushed meanwhile waits for the script's next line. */
  private drive(): void {
    const clock = this.cluster.clock;
    let waitStart = clock.nowMs;
    for (let step = 0; step < MAX_STEPS_PER_COMMAND; step++) {
      const frame = this.shells.top;
      const job = frame.job;
      if (!job) return;
      job.poll(clock.nowMs);
      if (job.done) {
        frame.job = undefined;
        continue;
      }
      const wake = earliest(job.wakeAtMs(), this.backgroundWakeMs());
      const next = clock.nextDueMs();
      if (wake !== undefined && (next === undefined || wake <= next)) {
        clock.advanceTo(Math.max(wake, clock.nowMs));
        waitStart = clock.nowMs;
      } else if (next !== undefined && (wake !== undefined || next <= waitStart + WATCH_IDLE_LIMIT_MS)) {
        clock.advanceTo(next);
      } else {
        job.cancel();
      }
      job.poll(clock.nowMs);
      this.pollBackground();
    }
    const top = this.shells.top;
    top.job?.cancel();
    top.job = undefined;
  }

  private backgroundWakeMs(): number | undefined {
    return this.shells.all.reduce<number | undefined>((at, f) => earliest(at, f.shell.jobs.wakeAtMs()), undefined);
  }

  private pollBackground(): void {
    for (const frame of this.shells.all) frame.shell.jobs.poll(this.cluster.clock.nowMs);
  }
}

function earliest(a: number | undefined, b: number | undefined): number | undefined {
  return a === undefined ? b : b === undefined ? a : Math.min(a, b);
}
