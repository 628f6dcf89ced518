// The Docker daemon of the student's workstation: one container runtime on the cluster's clock and
// generator, sharing the image catalogue with the nodes. Its whole state is plain JSON and part of
// the cluster snapshot. Mirrors dockerd's API as the docker CLI uses it; messages are the daemon's.

import type { VirtualClock } from '../../base/clock.ts';
import type { SeededRandom } from '../../base/rand.ts';
import { clone } from '../../base/json.ts';
import type { ExecCallbacks, ExecSession } from '../../apiserver/node-proxy.ts';
import type { HttpRequest, HttpResponse } from '../images/http-types.ts';
import { listeningPorts, serveHttp, serverFor } from '../images/http.ts';
import { DOCKER_TARGET, type DockerContext, type DockerStep, type OutputListener } from './context.ts';
import { startError } from '../sh/index.ts';
import { externalProgram } from '../images/programs/registry.ts';
import { appendLog, containerVfs, processEnv, driveContainer, imageOf, killContainer, removeContainer, startContainer, stopContainer } from './containers.ts';
import { attachSession, DockerExecs } from './exec.ts';
import { findImage, hex64, runnableImage, tagImage } from './images.ts';
import { buildImage, type BuildRequest, type BuildResult } from './build.ts';
import { createContainer, type CreateSpec } from './create.ts';
import { pullImage, type PullOutcome } from './pull.ts';
import { pushImage, type PushOutcome } from './push.ts';
import { fetchFrom, registryAt, type Fetched } from './registry.ts';
import { statsOf, type ContainerStats } from './stats.ts';
import { emptyDockerState, type DockerContainer, type DockerImage, type DockerState } from './types.ts';

export interface DockerDeps {
  readonly clock: VirtualClock;
  readonly rand: SeededRandom;
}

export class DockerEngine {
  private ctx: DockerContext;
  private readonly execs: DockerExecs;

  constructor(private readonly deps: DockerDeps) {
    this.ctx = this.contextFor(emptyDockerState(deps.clock.nowMs));
    this.execs = new DockerExecs(this.ctx);
    deps.clock.register(DOCKER_TARGET, (key) => this.step(key));
  }

  get state(): DockerState {
    return this.ctx.state;
  }

  snapshot(): DockerState {
    return clone(this.ctx.state);
  }

  /** Replaces the state (an empty engine when the snapshot has none); the clock's queue comes back separately. */
  restore(state: DockerState | undefined): void {
    Object.assign(this.ctx.state, clone(state ?? emptyDockerState(this.deps.clock.nowMs)));
    this.ctx.listeners.clear();
  }

  private contextFor(state: DockerState): DockerContext {
    return {
      state, clock: this.deps.clock, rand: this.deps.rand, listeners: new Map(),
      schedule: (kind: DockerStep, id: string, delayMs: number) => this.deps.clock.schedule(DOCKER_TARGET, `${kind}\t${id}`, delayMs),
    };
  }

  private step(key: string): void {
    const [kind, id] = key.split('\t') as [DockerStep, string];
    if (kind === 'exec') return this.execs.wake(id);
    const c = this.ctx.state.containers.find((x) => x.id === id);
    if (!c || c.status !== 'running') return;
    if (kind === 'kill' && c.killAtMs !== undefined && c.killAtMs <= this.ctx.clock.nowMs) this.kill(c);
    else if (kind === 'proc' && c.wakeMs !== undefined && c.wakeMs <= this.ctx.clock.nowMs) driveContainer(this.ctx, c);
  }

  findImage(name: string): DockerImage | undefined {
    return findImage(this.ctx.state, name);
  }

  pull(name: string): PullOutcome {
    return pullImage(this.ctx, name);
  }

  push(name: string): PushOutcome {
    return pushImage(this.ctx, name);
  }

  /** An image pushed to the registry behind the workstation's `hostPort` (what a node's containerd pulls). */
  registryFetch(hostPort: number, repo: string, reference: string): Fetched {
    return fetchFrom(this.ctx, hostPort, repo, reference);
  }

  /** Whether a registry container answers on the workstation's `hostPort`. */
  servesRegistry(hostPort: number): boolean {
    return registryAt(this.ctx, hostPort) !== undefined;
  }

  build(req: BuildRequest): BuildResult {
    return buildImage(this.ctx, req);
  }

  create(spec: CreateSpec): DockerContainer | { error: string } {
    return createContainer(this.ctx, spec);
  }

  /** Gives `image` the familiar tag `tag` (taken from any other image). */
  tag(image: DockerImage, tag: string): void {
    tagImage(this.ctx.state, image, tag);
  }

  /** Removes a tag; the image goes when it has none left. Returns whether the image was deleted. */
  untag(image: DockerImage, tag: string): boolean {
    image.repoTags = image.repoTags.filter((t) => t !== tag);
    if (image.repoTags.length > 0) return false;
    this.ctx.state.images.splice(this.ctx.state.images.indexOf(image), 1);
    return true;
  }

  /** By full or short ID, or by name (with or without its slash). */
  findContainer(ref: string): DockerContainer | undefined {
    const name = ref.replace(/^\//, '');
    const list = this.ctx.state.containers;
    return list.find((c) => c.id === ref) ?? list.find((c) => c.name === name) ?? (/^[0-9a-f]+$/.test(ref) ? list.find((c) => c.id.startsWith(ref)) : undefined);
  }

  /** Starts a created or exited container; the daemon's error when a published port is taken. */
  start(c: DockerContainer): string | undefined {
    if (c.status === 'running') return undefined;
    for (const p of c.ports) {
      const holder = this.ctx.state.containers.find((x) => x !== c && x.status === 'running' && x.ports.some((q) => q.hostPort === p.hostPort && q.protocol === p.protocol));
      if (holder) {
        return `driver failed programming external connectivity on endpoint ${c.name} (${hex64(`endpoint ${c.id}`)}): Bind for 0.0.0.0:${p.hostPort} failed: port is already allocated`;
      }
    }
    const problem = this.startProblem(c, [c.path, ...c.args]);
    if (problem) {
      c.exitCode = 127;
      return `failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: ${problem}: unknown`;
    }
    startContainer(this.ctx, c);
    return undefined;
  }

  /** Why runc cannot start `argv` in the container (`exec: "ps": executable file not found in $PATH`), or undefined. */
  startProblem(c: DockerContainer, argv: readonly string[]): string | undefined {
    const image = runnableImage(imageOf(this.ctx, c));
    const opts = { env: processEnv(c), cwd: c.workingDir, flavour: image.shell, busybox: image.busybox };
    return startError(argv, opts, (name) => externalProgram(image, name), containerVfs(this.ctx, c, image));
  }

  stop(c: DockerContainer, timeoutS?: number): void {
    stopContainer(this.ctx, c, timeoutS);
    if (c.status !== 'running') this.execs.containerStopped(c);
  }

  /** What `docker stats` shows of a running container. */
  stats(c: DockerContainer): ContainerStats {
    return statsOf(this.ctx, c);
  }

  kill(c: DockerContainer): void {
    killContainer(this.ctx, c);
    this.execs.containerStopped(c);
  }

  remove(c: DockerContainer): void {
    if (c.status === 'running') this.kill(c);
    removeContainer(this.ctx, c);
  }

  exec(c: DockerContainer, argv: readonly string[], io: { tty: boolean; stdin: boolean; workdir?: string; env?: readonly string[] }, cb: ExecCallbacks): ExecSession {
    return this.execs.open(c, argv, io, cb);
  }

  /** The terminal of PID 1 (`docker run -it`, `docker start -ai`). */
  attach(c: DockerContainer): ExecSession {
    return attachSession(this.ctx, c);
  }

  /** Hears the container's output as it is written, then `undefined` when it stops; returns the unsubscribe. */
  listen(c: DockerContainer, listener: OutputListener): () => void {
    let set = this.ctx.listeners.get(c.id);
    if (!set) this.ctx.listeners.set(c.id, (set = new Set()));
    set.add(listener);
    return () => { this.ctx.listeners.get(c.id)?.delete(listener); };
  }

  /** Whether a running container publishes `hostPort` (docker-proxy listens on all addresses). */
  publishes(hostPort: number): boolean {
    return this.publisher(hostPort) !== undefined;
  }

  /**
   * A connection to the workstation's `hostPort`: the answer of the container's server on the
   * published port, or undefined when the port is not published or nothing listens behind it.
   */
  serve(hostPort: number, req: HttpRequest | undefined): HttpResponse | undefined {
    const found = this.publisher(hostPort);
    if (!found) return undefined;
    const { c, port } = found;
    const image = runnableImage(imageOf(this.ctx, c));
    const server = serverFor(image, [c.path, ...c.args]);
    const fs = containerVfs(this.ctx, c, image);
    if (!server || !listeningPorts(server, fs).includes(port)) return undefined;
    if (!req) return { status: 0, headers: {}, body: '' };
    const res = serveHttp(server, { ...req, remoteAddr: req.remoteAddr ?? `172.17.0.1:${32768 + this.ctx.rand.int(28232)}` }, {
      fs, nowMs: this.ctx.clock.nowMs, startedMs: c.startedMs ?? this.ctx.clock.nowMs, hostname: c.id.slice(0, 12), podIp: c.ip ?? '', port, env: c.env,
    });
    if (res?.log) appendLog(this.ctx, c, res.log.fd === 1 ? 'stdout' : 'stderr', `${res.log.text}\n`);
    return res;
  }

  private publisher(hostPort: number): { c: DockerContainer; port: number } | undefined {
    for (const c of this.ctx.state.containers) {
      if (c.status !== 'running') continue;
      const p = c.ports.find((x) => x.hostPort === hostPort && x.protocol === 'tcp');
      if (p) return { c, port: p.containerPort };
    }
    return undefined;
  }

}
