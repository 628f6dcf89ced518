// Container processes: start one from its image and spec (argv, env, filesystem), run it on the
// virtual clock until it sleeps, blocks or exits, deliver signals, and keep its log.
// Mirrors the container runtime's part of kuberuntime_container.go (start, kill with grace period).

import type { Container, PodSpec } from 'kubernetes-types/core/v1';
import type { KubeObject } from '../api/types.ts';
import type { LogLine } from '../apiserver/node-proxy.ts';
import type { ProcSys, Signal } from '../infra/process.ts';
import { runProcess, signalProcess, spawnProcess, startError } from '../infra/sh/index.ts';
import type { KubeletContext } from './context.ts';
import { containerArgv, containerEnv, envMap } from './container-config.ts';
import { execArgv } from '../infra/images/argv.ts';
import { containerVfs } from './filesystems.ts';
import { imageByRef, programFor } from './image-source.ts';
import type { ContainerRecord, PodRecord } from './state.ts';

/** Steps a process may run per wake-up before it yields (a `while true` loop never freezes the engine). */
const STEP_BUDGET = 1_000;
/** A process that used its whole budget runs again this much later. */
const YIELD_MS = 100;
export const MAX_LOG_LINES = 5_000;

/**
 * Starts the container's main process: it first runs from a clock event right away (so an
 * immediate exit is handled like any other); an adopted container replays its start at `atMs`.
 */
export function startProcess(ctx: KubeletContext, pod: KubeObject, rec: PodRecord, c: ContainerRecord, spec: Container, atMs?: number): void {
  const image = imageByRef(c.image!, ctx.runtime.registryImages);
  const env = c.env ?? containerEnv(ctx, pod, spec, image);
  c.env = env;
  const argv = mainArgv(ctx, pod, c, spec);
  c.proc = spawnProcess(argv, {
    env, cwd: spec.workingDir || image.workingDir || '/', flavour: image.shell, busybox: image.busybox,
    tty: spec.tty === true, stdin: spec.stdin ? 'open' : 'closed',
  });
  if (atMs !== undefined) {
    driveProcess(ctx, pod, rec, c, atMs);
    return;
  }
  c.wakeMs = ctx.clock.nowMs;
  ctx.schedule('proc', c.id!, 0);
}

/** Runs the process as far as it goes now; returns its exit code if it exited. */
export function driveProcess(ctx: KubeletContext, pod: KubeObject, rec: PodRecord, c: ContainerRecord, atMs?: number): number | undefined {
  if (!c.proc) return undefined;
  const status = runProcess(c.proc, processSys(ctx, pod, rec, c, { atMs }), STEP_BUDGET);
  return settle(ctx, c, status);
}

/** Sends a signal; returns the exit code if the process ended at once. */
export function signalContainer(ctx: KubeletContext, pod: KubeObject, rec: PodRecord, c: ContainerRecord, sig: Signal): number | undefined {
  if (!c.proc) return undefined;
  return settle(ctx, c, signalProcess(c.proc, sig, processSys(ctx, pod, rec, c)));
}

function settle(ctx: KubeletContext, c: ContainerRecord, status: ReturnType<typeof runProcess>): number | undefined {
  c.wakeMs = undefined;
  if (status.state === 'exited') {
    flushPartial(ctx, c);
    c.proc = undefined;
    return status.code;
  }
  if (status.state === 'sleeping') {
    const wake = Math.max(status.wakeMs, ctx.clock.nowMs + (status.wakeMs <= ctx.clock.nowMs ? YIELD_MS : 0));
    c.wakeMs = wake;
    ctx.schedule('proc', c.id!, wake - ctx.clock.nowMs);
  }
  return undefined;
}

/** Why the runtime cannot start `argv` in the container (runc's words), or undefined. */
export function startProblem(ctx: KubeletContext, pod: KubeObject, rec: PodRecord, c: ContainerRecord, argv: readonly string[]): string | undefined {
  const image = imageByRef(c.image!, ctx.runtime.registryImages);
  const sys = processSys(ctx, pod, rec, c);
  return startError(argv, { env: c.env ?? image.env, cwd: '/', flavour: image.shell, busybox: image.busybox }, sys.external, sys.fs);
}

/** The command line PID 1 runs once the image's pass-through entrypoints have exec'd. */
export function mainArgv(ctx: KubeletContext, pod: KubeObject, c: ContainerRecord, spec: Container): readonly string[] {
  const image = imageByRef(c.image!, ctx.runtime.registryImages);
  return execArgv(image, containerArgv(spec, image, envMap(c.env ?? containerEnv(ctx, pod, spec, image))));
}

export interface SysOptions {
  /** The time the process believes it is (an adopted container replaying its start). */
  readonly atMs?: number;
  /** Where output goes instead of the container log (exec sessions, probes). */
  readonly onOutput?: (fd: 1 | 2, text: string) => void;
}

export function processSys(ctx: KubeletContext, pod: KubeObject, rec: PodRecord, c: ContainerRecord, opts: SysOptions = {}): ProcSys {
  const spec = pod.spec as PodSpec;
  const image = imageByRef(c.image!, ctx.runtime.registryImages);
  const now = (): number => opts.atMs ?? ctx.clock.nowMs;
  return {
    nowMs: now,
    random: () => ctx.rand.nextUint32(),
    fs: containerVfs(ctx, pod, rec, c, image),
    write: opts.onOutput ?? ((fd, text) => appendLog(c, fd === 1 ? 'stdout' : 'stderr', text, now(), ctx)),
    hostname: spec.hostname ?? pod.metadata.name!,
    env: c.env ?? image.env,
    external: (name) => programFor(image, name, ctx.commands),
    ...(ctx.net ? { net: ctx.net(pod) } : {}),
  };
}

/** Splits output into log lines as containerd's log driver does (a partial line waits for its end). */
export function appendLog(c: ContainerRecord, stream: 'stdout' | 'stderr', text: string, timeMs: number, ctx: KubeletContext): void {
  const parts = (c.partial[stream] + text).split('\n');
  c.partial[stream] = parts.pop()!;
  for (const part of parts) pushLine(ctx, c, { timeMs, stream, text: part });
}

function flushPartial(ctx: KubeletContext, c: ContainerRecord): void {
  for (const stream of ['stdout', 'stderr'] as const) {
    if (c.partial[stream] !== '') pushLine(ctx, c, { timeMs: ctx.clock.nowMs, stream, text: c.partial[stream] });
    c.partial[stream] = '';
  }
}

function pushLine(ctx: KubeletContext, c: ContainerRecord, line: LogLine): void {
  c.logs.push(line);
  if (c.logs.length > MAX_LOG_LINES) c.logs.splice(0, c.logs.length - MAX_LOG_LINES);
  for (const f of ctx.followers.get(c.id!) ?? []) f(line);
}

/** Tells `logs -f` listeners the container stopped. */
export function endFollowers(ctx: KubeletContext, c: ContainerRecord): void {
  const set = ctx.followers.get(c.id!);
  if (!set) return;
  ctx.followers.delete(c.id!);
  for (const f of set) f(undefined);
}
