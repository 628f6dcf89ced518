// The clients inside a container: a busybox applet or an image's program (curl, dig) that runs the
// pure client once, then replays its output on the virtual clock, sleeping until each event. The
// memo (plain JSON) holds the pending events, so a snapshot mid-run resumes exactly.

import { ERRNO_TEXT, isFsError } from '../fs/errors.ts';
import type { Vfs } from '../fs/vfs.ts';
import type { NetSys } from '../net.ts';
import type { ExternalProgram, ProcStatus } from '../process.ts';
import type { Applet, AppletStep } from '../sh/applets/types.ts';
import type { Client, ClientEnv, ClientEvent } from './types.ts';

interface Replay {
  readonly startMs: number;
  readonly events: readonly ClientEvent[];
  readonly next: number;
  readonly code: number;
  readonly exitAfterMs: number;
  readonly resume?: unknown;
}

/** A machine without a network (the shell's test benches): nothing answers. */
const NO_NETWORK: NetSys = {
  ip: '127.0.0.1',
  interfaces: () => [{ index: 1, name: 'lo', mac: '00:00:00:00:00:00', mtu: 65_536, ipv4: ['127.0.0.1/8'] }],
  dns: () => ({ kind: 'timeout' }),
  connect: () => ({ kind: 'refused' }),
  http: () => ({ kind: 'refused' }),
  ping: () => ({ reply: false, rttMs: 0, ttl: 0 }),
};

export function containerEnv(fs: Vfs, net: NetSys | undefined, nowMs: number, hostname: string, tty: boolean): ClientEnv {
  return {
    net: net ?? NO_NETWORK, nowMs, hostname, tty,
    libc: fs.exists('/etc/alpine-release') ? 'musl' : 'glibc',
    readText: (path) => {
      const text = fs.readFile(path);
      return isFsError(text) ? undefined : text;
    },
    writeText: (path, content, opts) => {
      if (opts?.exclusive && fs.exists(path)) return 'File exists';
      const err = fs.writeFile(path, content);
      return err ? ERRNO_TEXT[err.errno] : undefined;
    },
  };
}

type Sink = (fd: 1 | 2, text: string) => void;
type Step = { readonly done: true; readonly code: number } | { readonly done: false; readonly wakeMs: number; readonly memo: Replay };

/** Writes what is due by `nowMs`; says when to wake next, or that the run has ended. */
function advance(client: Client, argv: readonly string[], env: () => ClientEnv, nowMs: number, memo: Replay | undefined, write: Sink): Step {
  let r = memo ?? start(client(argv, env()), nowMs);
  for (let round = 0; round < 1_000; round++) {
    let next = r.next;
    while (next < r.events.length && r.startMs + r.events[next]!.afterMs <= nowMs) {
      const e = r.events[next++]!;
      write(e.fd, e.text);
    }
    r = { ...r, next };
    if (next < r.events.length) return { done: false, wakeMs: r.startMs + r.events[next]!.afterMs, memo: r };
    const endMs = r.startMs + r.exitAfterMs;
    if (nowMs < endMs) return { done: false, wakeMs: endMs, memo: r };
    if (r.resume === undefined) return { done: true, code: r.code };
    r = start(client(argv, env(), r.resume), endMs);
  }
  return { done: false, wakeMs: nowMs + 1, memo: r };
}

function start(run: ReturnType<Client>, nowMs: number): Replay {
  return { startMs: nowMs, events: run.events, next: 0, code: run.code, exitAfterMs: run.exitAfterMs, ...(run.resume === undefined ? {} : { resume: run.resume }) };
}

/** A client as a busybox applet (`wget`, `nslookup`, `nc`, `ping`, `ip`). */
export function clientApplet(client: Client): Applet {
  return (ctx, memo): AppletStep => {
    const env = (): ClientEnv => containerEnv(ctx.fs, ctx.net, ctx.nowMs, ctx.hostname, ctx.tty);
    const step = advance(client, ctx.argv, env, ctx.nowMs, memo as Replay | undefined, (fd, text) => (fd === 1 ? ctx.out(text) : ctx.err(text)));
    return step.done ? { t: 'exit', code: step.code } : { t: 'sleep', untilMs: step.wakeMs, memo: step.memo };
  };
}

/** A client as an image's program (`/usr/bin/curl`, `/usr/bin/dig`). */
export function clientProgram(client: Client, name: string): ExternalProgram {
  const run = (args: readonly string[], memo: Replay | undefined, sys: Parameters<ExternalProgram['start']>[1]): { status: ProcStatus; memo?: unknown } => {
    const env = (): ClientEnv => containerEnv(sys.fs, sys.net, sys.nowMs(), sys.hostname, sys.tty ?? false);
    const step = advance(client, [name, ...args], env, sys.nowMs(), memo, (fd, text) => sys.write(fd, text));
    return step.done ? { status: { state: 'exited', code: step.code } } : { status: { state: 'sleeping', wakeMs: step.wakeMs }, memo: step.memo };
  };
  return {
    start: (args, sys) => run(args, undefined, sys),
    resume: (args, memo, sys) => run(args, memo as Replay, sys),
  };
}
