// A test bench for processes: a machine with a virtual clock, an in-memory container filesystem
// and captured output, and a driver that runs a process to its end as the kubelet would, with a JSON
// round trip of the state at every suspension (a snapshot restored at any moment must go on alike).

import { emptyLayer, type FsLayer, type ImageFiles } from '../fs/layer.ts';
import { Vfs } from '../fs/vfs.ts';
import type { ExternalProgram, ProcStatus, ProcSys } from '../process.ts';
import { runProcess, spawnProcess, type SpawnOptions } from './index.ts';
import type { ProcState } from './state.ts';

export const BENCH_START_MS = Date.UTC(2025, 2, 17, 8, 31, 2);

export const BENCH_FILES: ImageFiles = {
  '/etc/hostname': 'placeholder\n',
  '/etc/os-release': 'NAME="Alpine Linux"\nID=alpine\nVERSION_ID=3.21.3\n',
  '/etc/passwd': 'root:x:0:0:root:/root:/bin/sh\n',
  '/etc/group': 'root:x:0:root\nwheel:x:10:root\n',
  '/bin/busybox': '',
  '/tmp/': '',
  '/root/': '',
  '/var/log/': '',
};

export interface Bench {
  nowMs: number;
  out: string;
  err: string;
  /** Output chunks with the virtual time they were written at. */
  readonly writes: Array<{ atMs: number; fd: 1 | 2; text: string }>;
  readonly upper: FsLayer;
  readonly sys: ProcSys;
}

export function bench(o: { files?: ImageFiles; externals?: Record<string, ExternalProgram>; hostname?: string } = {}): Bench {
  const upper = emptyLayer(BENCH_START_MS);
  const b: Bench = {
    nowMs: BENCH_START_MS, out: '', err: '', writes: [], upper,
    sys: {
      nowMs: () => b.nowMs,
      random: () => 12345,
      get fs() {
        return new Vfs({ lower: o.files ?? BENCH_FILES, upper }, b.nowMs);
      },
      write: (fd, text) => {
        if (fd === 1) b.out += text;
        else b.err += text;
        b.writes.push({ atMs: b.nowMs, fd, text });
      },
      hostname: o.hostname ?? 'web-7d4b9',
      external: (name) => o.externals?.[name],
    },
  };
  return b;
}

export const ENV = ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', 'HOSTNAME=web-7d4b9', 'HOME=/root'];

/**
 * Drives a process as its owner would: run, and at each suspension advance the clock to the wake-up
 * (a yield: 10 ms later), round-tripping the state through JSON. Stops when it exits or blocks.
 */
export function drive(b: Bench, st: ProcState, maxRounds = 10_000, budget?: number): { st: ProcState; status: ProcStatus } {
  let state = st;
  let status = runProcess(state, b.sys, budget);
  for (let round = 0; round < maxRounds && status.state === 'sleeping'; round++) {
    b.nowMs = status.wakeMs > b.nowMs ? status.wakeMs : b.nowMs + 10;
    state = JSON.parse(JSON.stringify(state)) as ProcState;
    status = runProcess(state, b.sys, budget);
  }
  return { st: state, status };
}

/** Runs `sh -c script` to its end on a fresh bench; returns its output, errors and status. */
export function sh(script: string, o: Partial<SpawnOptions> & { bench?: Bench } = {}): { out: string; err: string; code: number | undefined; bench: Bench; st: ProcState } {
  const b = o.bench ?? bench();
  const st = spawnProcess(['sh', '-c', script], { env: ENV, cwd: '/', flavour: 'ash', ...o });
  const r = drive(b, st);
  return { out: b.out, err: b.err, code: r.status.state === 'exited' ? r.status.code : undefined, bench: b, st: r.st };
}
