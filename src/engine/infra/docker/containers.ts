// A container's life on the Docker host: PID 1 started from its image (an interactive shell with
// `-it`), run on the virtual clock until it sleeps, blocks or exits, stopped with the image's stop
// signal then SIGKILL after the timeout, its output kept as json-file log lines.
// Mirrors moby's daemon start/stop/kill and the json-file log driver.

import { assert } from '../../base/assert.ts';
import { Vfs } from '../fs/vfs.ts';
import { emptyLayer } from '../fs/layer.ts';
import type { ProcStatus, ProcSys, Signal } from '../process.ts';
import { externalProgram } from '../images/programs/registry.ts';
import type { CatalogueImage } from '../images/types.ts';
import { execArgv } from '../images/argv.ts';
import { runProcess, signalProcess, spawnProcess, startInteractive } from '../sh/index.ts';
import type { DockerContext } from './context.ts';
import { runnableImage } from './images.ts';
import type { DockerContainer, DockerImage } from './types.ts';

const STEP_BUDGET = 1_000;
const YIELD_MS = 100;
const MAX_LOG_LINES = 5_000;
export const STOP_TIMEOUT_S = 10;
export const SIGKILL_EXIT = 137;
const BRIDGE_PREFIX = '172.17.0.';

export function imageOf(ctx: DockerContext, c: DockerContainer): DockerImage {
  const image = ctx.state.images.find((i) => i.id === c.imageId);
  assert(image !== undefined, `docker: image ${c.imageId} of ${c.name} is gone`);
  return image;
}

/** The container's hostname: its short ID (its own UTS namespace). */
export function hostnameOf(c: DockerContainer): string {
  return c.id.slice(0, 12);
}

export function containerVfs(ctx: DockerContext, c: DockerContainer, image: CatalogueImage): Vfs {
  const mounts = c.mounts.map((m) => ({
    path: m.destination,
    layer: m.type === 'volume' ? (ctx.state.volumes[m.source] ??= emptyLayer(ctx.clock.nowMs)) : (c.binds[m.destination] ??= emptyLayer(ctx.clock.nowMs)),
    readOnly: false,
  }));
  return new Vfs({ lower: image.files, upper: c.upper, mounts }, ctx.clock.nowMs);
}

export function containerSys(ctx: DockerContext, c: DockerContainer, onOutput?: (fd: 1 | 2, text: string) => void): ProcSys {
  const image = runnableImage(imageOf(ctx, c));
  return {
    nowMs: () => ctx.clock.nowMs,
    random: () => ctx.rand.nextUint32(),
    fs: containerVfs(ctx, c, image),
    write: onOutput ?? ((fd, text) => appendLog(ctx, c, fd === 1 ? 'stdout' : 'stderr', text)),
    hostname: hostnameOf(c),
    env: processEnv(c),
    cwd: c.workingDir,
    external: (name) => externalProgram(image, name),
  };
}

/** Starts PID 1 and runs it as far as it goes now. */
export function startContainer(ctx: DockerContext, c: DockerContainer): void {
  const image = runnableImage(imageOf(ctx, c));
  const argv = execArgv(image, [c.path, ...c.args]);
  const opts = { env: processEnv(c), cwd: c.workingDir, flavour: image.shell, busybox: image.busybox, pid: 1 };
  c.proc = c.tty && c.openStdin && isShell(c.path) && image.shell
    ? startInteractive(image.shell, { ...opts, argv0: c.path })
    : spawnProcess([...argv], { ...opts, tty: c.tty, stdin: c.openStdin ? 'open' : 'closed' });
  c.status = 'running';
  c.startedMs = ctx.clock.nowMs;
  c.finishedMs = undefined;
  c.exitCode = 0;
  c.ip = freeAddress(ctx);
  writeEtcFiles(ctx, c, image);
  driveContainer(ctx, c);
}

/** A clock event or new input: runs PID 1 until it waits again. */
export function driveContainer(ctx: DockerContext, c: DockerContainer): void {
  if (!c.proc) return;
  settle(ctx, c, runProcess(c.proc, containerSys(ctx, c), STEP_BUDGET));
}

export function settle(ctx: DockerContext, c: DockerContainer, status: ProcStatus): void {
  c.wakeMs = undefined;
  if (status.state === 'exited') {
    finish(ctx, c, status.code);
    return;
  }
  if (status.state === 'sleeping') {
    c.wakeMs = Math.max(status.wakeMs, ctx.clock.nowMs + (status.wakeMs <= ctx.clock.nowMs ? YIELD_MS : 0));
    ctx.schedule('proc', c.id, c.wakeMs - ctx.clock.nowMs);
  }
}

/** docker stop: the stop signal now, SIGKILL once `timeoutS` have passed. */
export function stopContainer(ctx: DockerContext, c: DockerContainer, timeoutS = STOP_TIMEOUT_S): void {
  if (c.status !== 'running' || !c.proc) return;
  const image = imageOf(ctx, c);
  const sig: Signal = image.config.stopSignal === 'SIGKILL' ? 'SIGKILL' : 'SIGTERM';
  c.killAtMs = ctx.clock.nowMs + timeoutS * 1000;
  ctx.schedule('kill', c.id, timeoutS * 1000);
  settle(ctx, c, signalProcess(c.proc, sig, containerSys(ctx, c)));
}

export function killContainer(ctx: DockerContext, c: DockerContainer): void {
  if (c.status !== 'running') return;
  finish(ctx, c, SIGKILL_EXIT);
}

function finish(ctx: DockerContext, c: DockerContainer, code: number): void {
  for (const stream of ['stdout', 'stderr'] as const) {
    if (c.partial[stream] !== '') pushLine(c, { timeMs: ctx.clock.nowMs, stream, text: c.partial[stream] });
    c.partial[stream] = '';
  }
  c.proc = undefined;
  c.wakeMs = undefined;
  c.killAtMs = undefined;
  c.ip = undefined;
  c.status = 'exited';
  c.exitCode = code;
  c.finishedMs = ctx.clock.nowMs;
  const set = ctx.listeners.get(c.id);
  ctx.listeners.delete(c.id);
  for (const l of set ?? []) l(undefined);
  if (c.autoRemove) removeContainer(ctx, c);
}

export function removeContainer(ctx: DockerContext, c: DockerContainer): void {
  const i = ctx.state.containers.indexOf(c);
  if (i >= 0) ctx.state.containers.splice(i, 1);
}

/** Output as the json-file driver keeps it (a partial line waits for its end) and to attached clients. */
export function appendLog(ctx: DockerContext, c: DockerContainer, stream: 'stdout' | 'stderr', text: string): void {
  for (const l of ctx.listeners.get(c.id) ?? []) l({ stream, text });
  const parts = (c.partial[stream] + text).split('\n');
  c.partial[stream] = parts.pop()!;
  for (const part of parts) pushLine(c, { timeMs: ctx.clock.nowMs, stream, text: part });
}

function pushLine(c: DockerContainer, line: DockerContainer['logs'][number]): void {
  c.logs.push(line);
  if (c.logs.length > MAX_LOG_LINES) c.logs.splice(0, c.logs.length - MAX_LOG_LINES);
}

/** The lowest free address on the default bridge (172.17.0.1 is the gateway). */
function freeAddress(ctx: DockerContext): string {
  const used = new Set(ctx.state.containers.map((x) => x.ip));
  for (let host = 2; host < 255; host++) if (!used.has(BRIDGE_PREFIX + host)) return BRIDGE_PREFIX + host;
  return `${BRIDGE_PREFIX}254`;
}

/** The files Docker bind-mounts into every container: /etc/hostname, /etc/hosts, /etc/resolv.conf. */
function writeEtcFiles(ctx: DockerContext, c: DockerContainer, image: CatalogueImage): void {
  const fs = containerVfs(ctx, c, image);
  const host = hostnameOf(c);
  fs.writeFile('/etc/hostname', `${host}\n`);
  fs.writeFile('/etc/hosts', [
    '127.0.0.1\tlocalhost', '::1\tlocalhost ip6-localhost ip6-loopback', 'fe00::\tip6-localnet', 'ff00::\tip6-mcastprefix',
    'ff02::1\tip6-allnodes', 'ff02::2\tip6-allrouters', `${c.ip}\t${host}`, '',
  ].join('\n'));
  fs.writeFile('/etc/resolv.conf', 'nameserver 10.0.2.3\n');
}

/** PID 1's environment: HOSTNAME first, the configured variables, HOME when the image sets none. */
export function processEnv(c: DockerContainer): string[] {
  const home = c.env.some((e) => e.startsWith('HOME=')) ? [] : ['HOME=/root'];
  return [`HOSTNAME=${hostnameOf(c)}`, ...c.env, ...home];
}

export function isShell(cmd: string): boolean {
  return /^(\/usr)?(\/bin\/)?(sh|bash|ash|dash)$/.test(cmd);
}
