// Job control builtins over the shell's background jobs: `jobs` lists them, `fg` brings one back to
// the foreground, `wait` waits for them, `kill` ends one by job spec or pid. Messages as bash 5's.

import type { BackgroundJob, CommandContext, CommandSpec, Process } from '../types.ts';

function jobs(ctx: CommandContext): number {
  const table = ctx.jobs;
  if (!table) return 0;
  if (ctx.argv[1] === '-p') ctx.io.stdout.write(table.running.map((j) => `${j.pid}\n`).join(''));
  else ctx.io.stdout.write(table.listing());
  return 0;
}

function fg(ctx: CommandContext): number | Process {
  const spec = ctx.argv[1] ?? '%%';
  const job = ctx.jobs?.find(spec);
  if (!job) {
    ctx.io.stderr.write(`bash: fg: ${spec === '%%' ? 'current' : spec}: no such job\n`);
    return 1;
  }
  ctx.jobs!.remove(job);
  ctx.io.stdout.write(`${job.text}\n`);
  return job.process;
}

function wait(ctx: CommandContext): number | Process {
  const table = ctx.jobs;
  const specs = ctx.argv.slice(1);
  const chosen: BackgroundJob[] = [];
  for (const spec of specs) {
    const job = table?.find(spec);
    if (!job) {
      ctx.io.stderr.write(spec.startsWith('%') ? `bash: wait: ${spec}: no such job\n` : `bash: wait: pid ${spec} is not a child of this shell\n`);
      return 127;
    }
    chosen.push(job);
  }
  const waited = specs.length > 0 ? chosen : [...(table?.running ?? [])];
  if (waited.every((j) => j.process.done)) return waited.at(-1)?.process.exitCode ?? 0;
  return {
    get done() {
      return waited.every((j) => j.process.done);
    },
    get exitCode() {
      return waited.at(-1)?.process.exitCode ?? 0;
    },
    wakeAtMs: () => undefined,
    poll: () => undefined,
    cancel: () => undefined,
  };
}

const KILL_USAGE = 'bash: kill: usage: kill [-s sigspec | -n signum | -sigspec] pid | jobspec ... or kill -l [sigspec]\n';

function kill(ctx: CommandContext): number {
  let args = ctx.argv.slice(1);
  if (args[0] === '-s' || args[0] === '-n') args = args.slice(2);
  else if (args[0]?.startsWith('-') && args[0] !== '-') args = args.slice(1);
  if (args.length === 0) {
    ctx.io.stderr.write(KILL_USAGE);
    return 2;
  }
  let code = 0;
  for (const spec of args) {
    const job = ctx.jobs?.find(spec);
    if (job) {
      ctx.jobs!.kill(job);
      continue;
    }
    code = 1;
    if (spec.startsWith('%')) ctx.io.stderr.write(`bash: kill: ${spec}: no such job\n`);
    else if (/^\d+$/.test(spec)) ctx.io.stderr.write(`bash: kill: (${spec}) - No such process\n`);
    else ctx.io.stderr.write(`bash: kill: ${spec}: arguments must be process or job IDs\n`);
  }
  return code;
}

export const JOBS: CommandSpec = { name: 'jobs', run: jobs };
export const FG: CommandSpec = { name: 'fg', run: fg };
export const WAIT: CommandSpec = { name: 'wait', run: wait };
export const KILL: CommandSpec = { name: 'kill', run: kill };
