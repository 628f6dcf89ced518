import { describe, expect, it } from 'vitest';
import type { ExternalProgram } from '../process.ts';
import { runProcess, signalProcess, spawnProcess } from './index.ts';
import type { ProcState } from './state.ts';
import { BENCH_START_MS, bench, ENV } from './testing.ts';

const T0 = BENCH_START_MS;
const spawn = (argv: string[], pid?: number): ProcState => spawnProcess(argv, { env: ENV, cwd: '/', flavour: 'ash', ...(pid ? { pid } : {}) });

describe('signals', () => {
  it('PID 1 ignores SIGTERM it has no handler for', () => {
    for (const argv of [['sleep', '3600'], ['sh', '-c', 'sleep 3600'], ['sh', '-c', 'echo x; sleep 3600; echo y']]) {
      const b = bench();
      const st = spawn(argv);
      runProcess(st, b.sys);
      expect(signalProcess(st, 'SIGTERM', b.sys)).toEqual({ state: 'sleeping', wakeMs: T0 + 3_600_000 });
    }
  });

  it('another process dies of SIGTERM (143) or SIGINT (130)', () => {
    const b = bench();
    const a = spawn(['sleep', '100'], 7);
    runProcess(a, b.sys);
    expect(signalProcess(a, 'SIGTERM', b.sys)).toEqual({ state: 'exited', code: 143 });
    const c = spawn(['sh', '-c', 'sleep 100'], 8);
    runProcess(c, b.sys);
    expect(signalProcess(c, 'SIGINT', b.sys)).toEqual({ state: 'exited', code: 130 });
  });

  it('runs a TERM trap once the foreground sleep ends (ash semantics)', () => {
    const b = bench();
    const st = spawn(['sh', '-c', "trap 'echo bye; exit 0' TERM; echo start; sleep 5; echo after"]);
    runProcess(st, b.sys);
    expect(signalProcess(st, 'SIGTERM', b.sys)).toEqual({ state: 'sleeping', wakeMs: T0 + 5_000 });
    b.nowMs = T0 + 5_000;
    expect(runProcess(JSON.parse(JSON.stringify(st)) as ProcState, b.sys)).toEqual({ state: 'exited', code: 0 });
    expect(b.out).toBe('start\nbye\n');
  });

  it('interrupts `wait` for a trap at once', () => {
    const b = bench();
    const st = spawn(['sh', '-c', "trap 'echo graceful; exit 3' TERM; sleep 600 & wait"]);
    runProcess(st, b.sys);
    expect(signalProcess(st, 'SIGTERM', b.sys)).toEqual({ state: 'exited', code: 3 });
    expect(b.out).toBe('graceful\n');
  });

  it('runs the EXIT trap when the shell ends', () => {
    const b = bench();
    const st = spawn(['sh', '-c', "trap 'echo cleanup' EXIT; echo work; exit 4"]);
    expect(runProcess(st, b.sys)).toEqual({ state: 'exited', code: 4 });
    expect(b.out).toBe('work\ncleanup\n');
  });

  it('ignores a signal trapped with an empty action', () => {
    const b = bench();
    const st = spawn(['sh', '-c', "trap '' TERM; sleep 10"], 9);
    runProcess(st, b.sys);
    expect(signalProcess(st, 'SIGTERM', b.sys)).toEqual({ state: 'sleeping', wakeMs: T0 + 10_000 });
  });

  it('ends at once on SIGKILL', () => {
    const b = bench();
    const st = spawn(['sleep', '100']);
    runProcess(st, b.sys);
    expect(signalProcess(st, 'SIGKILL', b.sys)).toEqual({ state: 'exited', code: 137 });
  });

  it('lets the program the shell exec’d decide, when it is PID 1', () => {
    const daemon: ExternalProgram = {
      start: (_args, sys) => {
        sys.write(1, 'serving\n');
        return { status: { state: 'blocked' } };
      },
      signal: (_sig, _args, sys) => {
        sys.write(1, 'shutting down\n');
        return { exitAfterMs: 200, code: 0 };
      },
    };
    const b = bench({ externals: { nginx: daemon } });
    const st = spawn(['sh', '-c', 'echo starting; nginx -g "daemon off;"']);
    expect(runProcess(st, b.sys)).toEqual({ state: 'blocked' });
    expect(signalProcess(st, 'SIGTERM', b.sys)).toEqual({ state: 'sleeping', wakeMs: T0 + 200 });
    b.nowMs = T0 + 200;
    expect(runProcess(st, b.sys)).toEqual({ state: 'exited', code: 0 });
    expect(b.out).toBe('starting\nserving\nshutting down\n');
  });

  it('kills itself or its jobs with kill', () => {
    const b = bench();
    const st = spawn(['sh', '-c', 'sleep 100 & kill $!; wait; echo $?; kill -9 1; echo still'], 1);
    expect(runProcess(st, b.sys)).toEqual({ state: 'exited', code: 0 });
    expect(b.out).toBe('0\nstill\n');
    const other = spawn(['sh', '-c', 'kill 99'], 1);
    runProcess(other, b.sys);
    expect(b.err).toBe("sh: can't kill pid 99: No such process\n");
  });
});
