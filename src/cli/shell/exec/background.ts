// Background jobs (`cmd &`): each runs as its own Job next to the foreground line, polled with it by
// the host; `jobs`, `fg`, `kill %N` and `wait` reach them through this table. An interactive shell
// announces a start as `[1] 2041` and reports endings before its next prompt, as bash does.

import type { AndOr, Pipeline, SimpleCommand } from '../parse/ast.ts';
import type { BackgroundJob, JobControl, OutputStream, Process } from '../types.ts';

const FIRST_PID = 2041;
const STATUS_WIDTH = 24;

export class JobTable implements JobControl {
  private readonly jobs: BackgroundJob[] = [];
  private nextPid = FIRST_PID;
  /** Endings still to be reported. */
  private readonly ended: Array<{ readonly line: string }> = [];

  /** Registers a started job; returns it (its pid is `$!`). */
  add(text: string, start: (pid: number) => Process): BackgroundJob {
    const id = (this.jobs.at(-1)?.id ?? 0) + 1;
    const pid = this.nextPid;
    this.nextPid += 3;
    const job: BackgroundJob = { id, pid, text, process: start(pid), killed: false };
    this.jobs.push(job);
    this.reap();
    return job;
  }

  /** `$!`: the pid of the last job started, unset before any. */
  get lastPid(): string | undefined {
    return this.nextPid === FIRST_PID ? undefined : String(this.nextPid - 3);
  }

  get running(): readonly BackgroundJob[] {
    return this.jobs;
  }

  /** `%N`, `%+`/`%%` (the current job), `%-`, or a pid. */
  find(spec: string): BackgroundJob | undefined {
    if (spec === '%%' || spec === '%+' || spec === '%') return this.jobs.at(-1);
    if (spec === '%-') return this.jobs.at(-2);
    const m = /^%(\d+)$/.exec(spec);
    if (m) return this.jobs.find((j) => j.id === Number(m[1]));
    return /^\d+$/.test(spec) ? this.jobs.find((j) => j.pid === Number(spec)) : undefined;
  }

  /** Takes a job out of the table (it goes to the foreground, or was waited for). */
  remove(job: BackgroundJob): void {
    const i = this.jobs.indexOf(job);
    if (i >= 0) this.jobs.splice(i, 1);
  }

  kill(job: BackgroundJob): void {
    job.killed = true;
    job.process.cancel();
    this.reap();
  }

  wakeAtMs(): number | undefined {
    let min: number | undefined;
    for (const j of this.jobs) {
      const w = j.process.wakeAtMs();
      if (w !== undefined && (min === undefined || w < min)) min = w;
    }
    return min;
  }

  poll(nowMs: number): void {
    for (const j of [...this.jobs]) if (!j.process.done) j.process.poll(nowMs);
    this.reap();
  }

  /** The `jobs` listing (endings not yet reported are listed, then forgotten, as bash does). */
  listing(): string {
    const ended = this.ended.splice(0).map((e) => e.line);
    return [...ended, ...this.jobs.map((j) => `${this.prefix(j)}${'Running'.padEnd(STATUS_WIDTH)}${j.text} &\n`)].join('');
  }

  /** Writes the endings bash reports before a prompt (`[1]+  Done   sleep 5`) and forgets those jobs. */
  reportEnded(out: OutputStream): void {
    for (const e of this.ended.splice(0)) out.write(e.line);
  }

  private prefix(j: BackgroundJob): string {
    const mark = j === this.jobs.at(-1) ? '+' : j === this.jobs.at(-2) ? '-' : ' ';
    return `[${j.id}]${mark}  `;
  }

  /** Moves the jobs that ended out of the table, keeping the line that reports each. */
  private reap(): void {
    for (const j of [...this.jobs]) {
      if (!j.process.done) continue;
      this.ended.push({ line: `${this.prefix(j)}${endWord(j).padEnd(STATUS_WIDTH)}${j.text}\n` });
      this.remove(j);
    }
  }
}

function endWord(j: BackgroundJob): string {
  if (j.killed) return 'Terminated';
  return j.process.exitCode === 0 ? 'Done' : `Exit ${j.process.exitCode}`;
}

/** The command as bash prints it back (`jobs`, the end report). */
export function commandText(item: AndOr): string {
  return [pipelineText(item.first), ...item.rest.map((r) => `${r.op} ${pipelineText(r.pipeline)}`)].join(' ');
}

function pipelineText(p: Pipeline): string {
  return `${p.negated ? '! ' : ''}${p.commands.map(simpleText).join(' | ')}`;
}

function simpleText(c: SimpleCommand): string {
  return [
    ...c.assignments.map((a) => `${a.name}=${a.value.raw}`),
    ...c.words.map((w) => w.raw),
    ...c.redirects.filter((r) => !r.heredoc).map((r) => `${r.fd === (r.op.startsWith('<') ? 0 : 1) ? '' : r.fd}${r.op} ${r.target.raw}`),
  ].join(' ');
}
