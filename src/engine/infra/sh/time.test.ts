import { describe, expect, it } from 'vitest';
import type { ProcState } from './state.ts';
import { runProcess, spawnProcess } from './index.ts';
import { BENCH_START_MS, bench, drive, ENV, sh } from './testing.ts';

const T0 = BENCH_START_MS;
const spawn = (script: string): ProcState => spawnProcess(['sh', '-c', script], { env: ENV, cwd: '/', flavour: 'ash' });
const roundTrip = (st: ProcState): ProcState => JSON.parse(JSON.stringify(st)) as ProcState;

describe('time', () => {
  it('sleeps until now + the duration, and goes on from a restored snapshot', () => {
    const b = bench();
    let st = spawn('echo before; sleep 5; echo after');
    expect(runProcess(st, b.sys)).toEqual({ state: 'sleeping', wakeMs: T0 + 5_000 });
    expect(b.out).toBe('before\n');
    b.nowMs = T0 + 5_000;
    st = roundTrip(st);
    expect(runProcess(st, b.sys)).toEqual({ state: 'exited', code: 0 });
    expect(b.out).toBe('before\nafter\n');
  });

  it('does not wake early when run before its time', () => {
    const b = bench();
    const st = spawn('sleep 2; echo late');
    runProcess(st, b.sys);
    b.nowMs = T0 + 1_000;
    expect(runProcess(st, b.sys)).toEqual({ state: 'sleeping', wakeMs: T0 + 2_000 });
    expect(b.out).toBe('');
  });

  it('understands fractions, suffixes and several arguments', () => {
    const b = bench();
    expect(runProcess(spawn('sleep 0.5'), b.sys)).toEqual({ state: 'sleeping', wakeMs: T0 + 500 });
    expect(runProcess(spawn('sleep 1m 30'), b.sys)).toEqual({ state: 'sleeping', wakeMs: T0 + 90_000 });
    expect(runProcess(spawn('sleep 2h'), b.sys)).toEqual({ state: 'sleeping', wakeMs: T0 + 7_200_000 });
    expect(runProcess(spawn('sleep 1d'), b.sys)).toEqual({ state: 'sleeping', wakeMs: T0 + 86_400_000 });
    expect(runProcess(spawn('sleep infinity'), b.sys)).toEqual({ state: 'blocked' });
    expect(runProcess(spawn('sleep 0; echo now'), b.sys)).toEqual({ state: 'exited', code: 0 });
  });

  it('writes a loop’s lines at their virtual times', () => {
    const r = sh('while true; do echo "$(date) hi"; sleep 1; done & sleep 2.5; kill $!');
    expect(r.bench.writes.map((w) => [w.atMs - T0, w.text])).toEqual([
      [0, 'Mon Mar 17 08:31:02 UTC 2025 hi\n'],
      [1_000, 'Mon Mar 17 08:31:03 UTC 2025 hi\n'],
      [2_000, 'Mon Mar 17 08:31:04 UTC 2025 hi\n'],
    ]);
  });

  it('runs the liveness example: healthy for 30 s, then gone', () => {
    const b = bench();
    const st = spawnProcess(['/bin/sh', '-c', 'touch /tmp/healthy; sleep 30; rm -f /tmp/healthy; sleep 600'], { env: ENV, cwd: '/', flavour: 'ash' });
    expect(runProcess(st, b.sys)).toEqual({ state: 'sleeping', wakeMs: T0 + 30_000 });
    expect(b.sys.fs.exists('/tmp/healthy')).toBe(true);
    b.nowMs = T0 + 30_000;
    expect(runProcess(roundTrip(st), b.sys)).toEqual({ state: 'sleeping', wakeMs: T0 + 630_000 });
    expect(b.sys.fs.exists('/tmp/healthy')).toBe(false);
  });

  it('yields when its budget of steps is spent, so an endless loop never freezes the engine', () => {
    const b = bench();
    const st = spawn('while true; do :; done');
    expect(runProcess(st, b.sys, 1_000)).toEqual({ state: 'sleeping', wakeMs: T0 });
    expect(runProcess(roundTrip(st), b.sys, 1_000)).toEqual({ state: 'sleeping', wakeMs: T0 });
    const echo = spawn('while true; do echo x; done');
    runProcess(echo, b.sys, 500);
    expect(b.out.length).toBeGreaterThan(0);
  });

  it('follows a growing file with tail -f, polling each second', () => {
    const b = bench();
    const st = spawn('echo one > /tmp/log; tail -f /tmp/log');
    expect(runProcess(st, b.sys)).toEqual({ state: 'sleeping', wakeMs: T0 + 1_000 });
    b.sys.fs.writeFile('/tmp/log', 'two\n', { append: true });
    b.nowMs = T0 + 1_000;
    expect(runProcess(roundTrip(st), b.sys)).toEqual({ state: 'sleeping', wakeMs: T0 + 2_000 });
    expect(b.out).toBe('one\ntwo\n');
  });

  it('waits for standard input that never comes as blocked', () => {
    const b = bench();
    expect(runProcess(spawnProcess(['cat'], { env: ENV, cwd: '/', flavour: 'ash', stdin: 'open' }), b.sys)).toEqual({ state: 'blocked' });
    expect(drive(b, spawnProcess(['cat'], { env: ENV, cwd: '/', flavour: 'ash' })).status).toEqual({ state: 'exited', code: 0 });
  });
});
