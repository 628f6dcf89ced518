// busybox 1.36 ping: `PING host (ip): 56 data bytes`, one echo per second with `seq=N ttl=T
// time=X ms`, the statistics block, -c COUNT, -W SEC (wait after the last echo), -w SEC (deadline),
// -q. Mirrors networking/ping.c (ping4, sendping_tail, print_stats_and_exit).

import { BUSYBOX_BANNER } from '../sh/applets/common.ts';
import { lookupHost } from './http-common.ts';
import { isOptionError, last, parseOptions } from './options.ts';
import { RunLog, type ClientEnv, type ClientRun } from './types.ts';

const USAGE = `${BUSYBOX_BANNER}\n\nUsage: ping [OPTIONS] HOST\n\nSend ICMP ECHO_REQUESTs to HOST\n`;
const INTERVAL_MS = 1000;
/** Echoes computed per run when there is no count: the adapter resumes for the next batch. */
const BATCH = 1;

/** What a ping run without -c carries from one batch to the next (plain JSON). */
interface PingState {
  readonly seq: number;
  readonly rtts: readonly number[];
}

function isPingState(v: unknown): v is PingState {
  return typeof v === 'object' && v !== null && typeof (v as PingState).seq === 'number' && Array.isArray((v as PingState).rtts);
}

export function ping(argv: readonly string[], env: ClientEnv, resume?: unknown): ClientRun {
  const log = new RunLog();
  const p = parseOptions(argv.slice(1), { short: { q: false, v: false, A: false, n: false, 4: false, c: true, s: true, t: true, w: true, W: true, I: true, p: true, i: true }, long: {} });
  if (isOptionError(p)) return log.err(`ping: unrecognized option: ${p.option}\n${USAGE}`).exit(1);
  const host = p.operands[0];
  if (host === undefined || p.operands.length > 1) return log.err(USAGE).exit(1);
  const r = lookupHost(env, host);
  if (r.kind !== 'ok') return log.wait(r.kind === 'timeout' ? r.waitedMs : 0).err(`ping: bad address '${host}'\n`).exit(1);
  const ip = r.addresses[0]!;
  const size = Number(last(p, 's') ?? 56);
  const count = Number(last(p, 'c') ?? 0);
  const deadlineMs = Number(last(p, 'w') ?? 0) * 1000;
  const waitMs = Number(last(p, 'W') ?? 10) * 1000;
  const state = isPingState(resume) ? resume : undefined;
  if (!state) log.out(`PING ${host} (${ip}): ${size} data bytes\n`);
  const rtts = [...(state?.rtts ?? [])];
  const seq0 = state?.seq ?? 0;
  const at = (seq: number): number => (seq - seq0) * INTERVAL_MS;
  const limit = count > 0 ? count : seq0 + BATCH;
  let seq = seq0;
  for (; seq < limit; seq++) {
    log.wait(at(seq) - log.atMs);
    if (deadlineMs > 0 && seq * INTERVAL_MS >= deadlineMs) return stats(log, host, seq, rtts, true, count);
    const echo = env.net.ping(ip);
    if (!echo.reply) continue;
    rtts.push(echo.rttMs);
    log.wait(echo.rttMs);
    if (!p.opts.has('q')) log.out(`${size + 8} bytes from ${ip}: seq=${seq} ttl=${echo.ttl} time=${echo.rttMs.toFixed(3)} ms\n`);
  }
  if (count === 0) {
    const next: PingState = { seq, rtts };
    return { ...log.wait(at(seq) - log.atMs).exit(0), resume: next };
  }
  if (rtts.length < count) {
    const endMs = at(seq - 1) + (rtts.length === 0 ? waitMs : INTERVAL_MS);
    log.wait(Math.max(0, (deadlineMs > 0 ? Math.min(endMs, deadlineMs - seq0 * INTERVAL_MS) : endMs) - log.atMs));
  }
  return stats(log, host, seq, rtts, deadlineMs > 0, count);
}

/** The statistics print_stats_and_exit writes, and its status (1 without replies, or short of -c under -w). */
export function pingStats(host: string, transmitted: number, rtts: readonly number[]): string {
  const loss = transmitted === 0 ? 0 : Math.floor(((transmitted - rtts.length) * 100) / transmitted);
  let text = `\n--- ${host} ping statistics ---\n${transmitted} packets transmitted, ${rtts.length} packets received, ${loss}% packet loss\n`;
  if (rtts.length > 0) {
    const us = rtts.map((ms) => Math.round(ms * 1000));
    const f = (n: number): string => `${Math.floor(n / 1000)}.${String(n % 1000).padStart(3, '0')}`;
    text += `round-trip min/avg/max = ${f(Math.min(...us))}/${f(Math.floor(us.reduce((a, b) => a + b, 0) / us.length))}/${f(Math.max(...us))} ms\n`;
  }
  return text;
}

function stats(log: RunLog, host: string, transmitted: number, rtts: readonly number[], deadline: boolean, count: number): ClientRun {
  log.out(pingStats(host, transmitted, rtts));
  return log.exit(rtts.length === 0 || (deadline && rtts.length < count) ? 1 : 0);
}
