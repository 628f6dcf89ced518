// Commands run inside a running container: one-shots for exec probes (run to the end within a time
// limit), and `kubectl exec` sessions — plain commands or an interactive shell with a tty — driven
// on the virtual clock like the container's own processes. Sessions are connections: they live in
// memory only and end with the cluster that holds them.

import type { Container, PodSpec } from 'kubernetes-types/core/v1';
import type { KubeObject } from '../api/types.ts';
import type { ExecCallbacks, ExecSession } from '../apiserver/node-proxy.ts';
import { runProcess, signalProcess, spawnProcess, feedLine, closeInput, promptOf, startInteractive, type ProcState } from '../infra/sh/index.ts';
import { containerArgv, containerEnv } from './container-config.ts';
import { processSys } from './containers.ts';
import type { KubeletContext } from './context.ts';
import { imageByRef } from './image-source.ts';
import type { ContainerRecord, PodRecord } from './state.ts';

const PROBE_BUDGET = 20_000;
const EXEC_BUDGET = 5_000;
const YIELD_MS = 10;

export interface OneShot {
  readonly code: number;
  readonly output: string;
  readonly timedOut: boolean;
}

function specOf(pod: KubeObject, c: ContainerRecord): Container {
  const spec = pod.spec as PodSpec;
  return [...(spec.initContainers ?? []), ...spec.containers].find((x) => x.name === c.name)!;
}

/** An exec'd process: not PID 1, seeing the main process in `ps`. */
function spawnIn(ctx: KubeletContext, pod: KubeObject, c: ContainerRecord, argv: readonly string[], io: { tty?: boolean; stdin?: boolean } = {}): ProcState {
  const image = imageByRef(c.image!, ctx.runtime.registryImages);
  const spec = specOf(pod, c);
  return spawnProcess(argv, {
    env: envOf(ctx, pod, c), cwd: spec.workingDir || image.workingDir || '/', flavour: image.shell, busybox: image.busybox,
    pid: EXEC_PID, tty: io.tty ?? false, stdin: io.stdin ? 'open' : 'closed', procs: mainProcess(ctx, pod, c),
  });
}

const EXEC_PID = 7;

function mainProcess(ctx: KubeletContext, pod: KubeObject, c: ContainerRecord): Array<{ pid: number; user: string; args: string }> {
  const image = imageByRef(c.image!, ctx.runtime.registryImages);
  return [{ pid: 1, user: 'root', args: containerArgv(specOf(pod, c), image).join(' ') }];
}

function envOf(ctx: KubeletContext, pod: KubeObject, c: ContainerRecord): string[] {
  return c.env ?? containerEnv(ctx, pod, specOf(pod, c), imageByRef(c.image!, ctx.runtime.registryImages));
}

/** Runs `argv` in the container until it exits, its sleeps reaching past `timeoutMs` counting as a timeout. */
export function runToCompletion(ctx: KubeletContext, pod: KubeObject, rec: PodRecord, c: ContainerRecord, argv: readonly string[], timeoutMs: number): OneShot {
  let output = '';
  const start = ctx.clock.nowMs;
  let at = start;
  const proc = spawnIn(ctx, pod, c, argv);
  const sys = processSys(ctx, pod, rec, c, { onOutput: (_fd, text) => { output += text; } });
  const timed = { ...sys, nowMs: () => at };
  for (let round = 0; round < 100; round++) {
    const status = runProcess(proc, timed, PROBE_BUDGET);
    if (status.state === 'exited') return { code: status.code, output, timedOut: false };
    if (status.state === 'blocked') break;
    at = Math.max(status.wakeMs, at + 1);
    if (at - start > timeoutMs) break;
  }
  return { code: -1, output, timedOut: true };
}

interface LiveExec {
  readonly proc: ProcState;
  readonly pod: KubeObject;
  readonly rec: PodRecord;
  readonly c: ContainerRecord;
  readonly cb: ExecCallbacks;
  readonly interactive: boolean;
  done: boolean;
  wakeMs?: number;
}

/** The exec sessions of one kubelet, woken by its clock events. */
export class ExecSessions {
  private readonly live = new Map<string, LiveExec>();
  private seq = 0;

  constructor(private readonly ctx: KubeletContext) {}

  open(pod: KubeObject, rec: PodRecord, c: ContainerRecord, argv: readonly string[], io: { tty: boolean; stdin: boolean }, cb: ExecCallbacks): ExecSession {
    const { tty, stdin } = io;
    const image = imageByRef(c.image!, this.ctx.runtime.registryImages);
    const interactive = tty && argv.length === 1 && isShell(argv[0]!);
    const proc = interactive
      ? startInteractive(image.shell ?? 'ash', {
        env: envOf(this.ctx, pod, c), cwd: specOf(pod, c).workingDir || image.workingDir || '/', argv0: argv[0]!,
        busybox: image.busybox, procs: mainProcess(this.ctx, pod, c),
      })
      : spawnIn(this.ctx, pod, c, argv, { tty, stdin });
    const id = `exec-${++this.seq}`;
    const session: LiveExec = { proc, pod, rec, c, cb, interactive, done: false };
    this.live.set(id, session);
    if (!interactive) this.drive(id);
    return {
      input: (line) => this.withSys(id, (s, sys) => feedLine(s.proc, line, sys)),
      closeInput: () => this.withSys(id, (s, sys) => closeInput(s.proc, sys)),
      interrupt: () => this.withSys(id, (s, sys) => signalProcess(s.proc, 'SIGINT', sys)),
      prompt: () => {
        const s = this.live.get(id);
        return s && !s.done && s.interactive ? promptOf(s.proc) : '';
      },
      detach: () => { this.live.delete(id); },
    };
  }

  /** A clock event for session `id`. */
  wake(id: string): void {
    const s = this.live.get(id);
    if (s && s.wakeMs !== undefined && s.wakeMs <= this.ctx.clock.nowMs) this.drive(id);
  }

  private withSys(id: string, fn: (s: LiveExec, sys: ReturnType<typeof processSys>) => ReturnType<typeof runProcess>): void {
    const s = this.live.get(id);
    if (!s || s.done) return;
    this.settle(id, s, fn(s, this.sysFor(s)));
  }

  private drive(id: string): void {
    const s = this.live.get(id)!;
    this.settle(id, s, runProcess(s.proc, this.sysFor(s), EXEC_BUDGET));
  }

  private sysFor(s: LiveExec): ReturnType<typeof processSys> {
    return processSys(this.ctx, s.pod, s.rec, s.c, { onOutput: (fd, text) => s.cb.output(fd, text) });
  }

  private settle(id: string, s: LiveExec, status: ReturnType<typeof runProcess>): void {
    s.wakeMs = undefined;
    if (status.state === 'exited') {
      s.done = true;
      this.live.delete(id);
      s.cb.exit(status.code);
      return;
    }
    if (status.state === 'sleeping') {
      s.wakeMs = Math.max(status.wakeMs, this.ctx.clock.nowMs + (status.wakeMs <= this.ctx.clock.nowMs ? YIELD_MS : 0));
      this.ctx.schedule('exec', id, s.wakeMs - this.ctx.clock.nowMs);
    }
  }
}

function isShell(cmd: string): boolean {
  return /^(\/usr)?(\/bin\/)?(sh|bash|ash|dash)$/.test(cmd);
}
