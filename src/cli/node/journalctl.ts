// journalctl for the node's units: `-u UNIT`, `-n N` / `--lines N`, `-f` (follows new lines until
// Ctrl-C), `--no-pager`. Without -u it shows every unit's lines. Non-root users in group adm read it.

import { UNITS, type UnitName } from '../../engine/index.ts';
import type { CommandContext, CommandSpec, Process } from '../shell/types.ts';
import { unitJournal, type JournalLine } from './journal.ts';
import { stamp } from './systemctl.ts';
import type { NodeEnv } from './node-env.ts';

/** `journalctl -f` looks for new lines this often. */
const FOLLOW_POLL_MS = 1_000;

interface Options {
  units: UnitName[];
  lines: number | undefined;
  follow: boolean;
}

function parse(ctx: CommandContext): Options | string {
  const opts: Options = { units: [], lines: undefined, follow: false };
  const argv = ctx.argv.slice(1);
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = (): string => (a.includes('=') ? a.slice(a.indexOf('=') + 1) : (argv[++i] ?? ''));
    if (a === '-u' || a.startsWith('--unit')) {
      const name = value().replace(/\.service$/, '');
      const unit = UNITS.find((u) => u === name);
      if (unit) opts.units.push(unit);
      else opts.units.push('__none__' as UnitName);
    } else if (a === '-n' || a.startsWith('--lines')) opts.lines = Number(value());
    else if (/^-n\d+$/.test(a)) opts.lines = Number(a.slice(2));
    else if (a === '-f' || a === '--follow') opts.follow = true;
    else if (a === '-xe' || a === '-e') opts.lines = opts.lines ?? 1000;
    else if (a !== '--no-pager' && a !== '-x' && a !== '-l') return `journalctl: unrecognized option '${a}'`;
  }
  if (opts.lines !== undefined && !Number.isInteger(opts.lines)) return `Failed to parse lines '${String(opts.lines)}'`;
  return opts;
}

function collect(env: NodeEnv, units: readonly UnitName[]): JournalLine[] {
  return (units.length > 0 ? units : UNITS).flatMap((u) => (UNITS.includes(u) ? unitJournal(env.cluster, env.node, u) : [])).sort((a, b) => a.ms - b.ms);
}

function follow(env: NodeEnv, ctx: CommandContext, units: readonly UnitName[], shown: number): Process {
  let seen = shown;
  let done = false;
  let next = ctx.nowMs() + FOLLOW_POLL_MS;
  return {
    get done() { return done; },
    exitCode: 130,
    wakeAtMs: () => (done ? undefined : next),
    poll: (nowMs) => {
      if (done || nowMs < next) return;
      next = nowMs + FOLLOW_POLL_MS;
      const all = collect(env, units);
      for (const line of all.slice(seen)) ctx.io.stdout.write(`${line.text}\n`);
      seen = all.length;
    },
    cancel: () => { done = true; },
  };
}

function journalctl(env: NodeEnv, ctx: CommandContext): number | Process {
  const opts = parse(ctx);
  if (typeof opts === 'string') {
    ctx.io.stderr.write(`${opts}\n`);
    return 1;
  }
  const all = collect(env, opts.units);
  const count = opts.lines ?? (opts.follow ? 10 : all.length);
  const shown = all.slice(Math.max(0, all.length - count));
  if (all.length > 0) ctx.io.stdout.write(`-- Journal begins at ${stamp(all[0]!.ms)}, ends at ${stamp(all[all.length - 1]!.ms)}. --\n`);
  if (all.length === 0) ctx.io.stdout.write('-- No entries --\n');
  for (const line of shown) ctx.io.stdout.write(`${line.text}\n`);
  return opts.follow ? follow(env, ctx, opts.units, all.length) : 0;
}

export const JOURNALCTL = (env: NodeEnv): CommandSpec => ({ name: 'journalctl', path: '/usr/bin/journalctl', run: (ctx) => journalctl(env, ctx) });
