// `docker inspect`: a container's or an image's JSON as the Engine API returns it (the fields that
// matter for the course: state, config, host config with the memory limit, ports, mounts, network).
// Mirrors cli/command/system/inspect.go over moby's api/types (4-space indented JSON array).

import type { DockerContainer, DockerEngine, DockerImage } from '../../engine/index.ts';
import { rfc3339 } from '../../engine/index.ts';
import type { CommandContext } from '../shell/types.ts';
import { needsArgs, type DockerCommand } from './command.ts';
import { parseFlags, usageFailure } from './flags.ts';

export const INSPECT: DockerCommand = {
  name: 'inspect',
  usage: '[OPTIONS] NAME|ID [NAME|ID...]',
  summary: 'Return low-level information on Docker objects',
  options: '',
  run: (ctx, engine, args) => inspect(ctx, engine, args),
};

function inspect(ctx: CommandContext, engine: DockerEngine, args: readonly string[]): number {
  const p = parseFlags(args, { bools: {}, values: { format: 'f', type: '' } });
  if (p instanceof Error) return usageFailure(ctx, 'inspect', p.message);
  if (p.positionals.length === 0) return needsArgs(ctx, INSPECT, 'at least 1 argument');
  const out: unknown[] = [];
  const missing: string[] = [];
  for (const ref of p.positionals) {
    const c = engine.findContainer(ref);
    const image = c ? undefined : engine.findImage(ref);
    if (c) out.push(containerJson(c, engine));
    else if (image) out.push(imageJson(image));
    else missing.push(ref);
  }
  ctx.io.stdout.write(`${JSON.stringify(out, null, 4)}\n`);
  for (const ref of missing) ctx.io.stderr.write(`Error: No such object: ${ref}\n`);
  return missing.length > 0 ? 1 : 0;
}

const ZERO_TIME = '0001-01-01T00:00:00Z';

function containerJson(c: DockerContainer, engine: DockerEngine): unknown {
  const running = c.status === 'running';
  const ports = Object.fromEntries(c.ports.map((p) => [`${p.containerPort}/${p.protocol}`, [{ HostIp: '0.0.0.0', HostPort: String(p.hostPort) }, { HostIp: '::', HostPort: String(p.hostPort) }]]));
  const image = engine.state.images.find((i) => i.id === c.imageId);
  return {
    Id: c.id,
    Created: rfc3339Nano(c.createdMs),
    Path: c.path,
    Args: c.args,
    State: {
      Status: c.status, Running: running, Paused: false, Restarting: false, OOMKilled: false, Dead: false,
      Pid: running ? 4000 + (parseInt(c.id.slice(0, 4), 16) % 20000) : 0, ExitCode: c.exitCode, Error: '',
      StartedAt: c.startedMs ? rfc3339Nano(c.startedMs) : ZERO_TIME, FinishedAt: c.finishedMs ? rfc3339Nano(c.finishedMs) : ZERO_TIME,
    },
    Image: `sha256:${c.imageId}`,
    Name: `/${c.name}`,
    RestartCount: 0,
    Driver: 'overlay2',
    HostConfig: {
      Binds: c.mounts.filter((m) => m.type === 'bind' || m.type === 'volume').map((m) => `${m.source}:${m.destination}`),
      NetworkMode: 'bridge',
      PortBindings: Object.fromEntries(c.ports.map((p) => [`${p.containerPort}/${p.protocol}`, [{ HostIp: '', HostPort: String(p.hostPort) }]])),
      AutoRemove: c.autoRemove,
      Memory: c.memoryBytes,
      MemorySwap: c.memoryBytes > 0 ? c.memoryBytes * 2 : 0,
    },
    Mounts: c.mounts.map((m) => (m.type === 'bind'
      ? { Type: 'bind', Source: m.source, Destination: m.destination, Mode: '', RW: true, Propagation: 'rprivate' }
      : { Type: 'volume', Name: m.source, Source: `/var/lib/docker/volumes/${m.source}/_data`, Destination: m.destination, Driver: 'local', Mode: 'z', RW: true, Propagation: '' })),
    Config: {
      Hostname: c.id.slice(0, 12), Tty: c.tty, OpenStdin: c.openStdin, Env: c.env,
      Cmd: c.args.length > 0 || !image ? [c.path, ...c.args].slice(image?.config.entrypoint.length ?? 0) : null,
      Image: c.imageName, WorkingDir: c.workingDir === '/' ? '' : c.workingDir,
      Entrypoint: image && image.config.entrypoint.length > 0 ? image.config.entrypoint : null,
      Labels: image?.config.labels ?? {},
    },
    NetworkSettings: {
      Ports: running ? ports : {},
      IPAddress: c.ip ?? '',
      Gateway: running ? '172.17.0.1' : '',
      MacAddress: running && c.ip ? `02:42:ac:11:00:${Number(c.ip.split('.')[3]).toString(16).padStart(2, '0')}` : '',
    },
  };
}

function imageJson(image: DockerImage): unknown {
  return {
    Id: `sha256:${image.id}`,
    RepoTags: image.repoTags,
    RepoDigests: image.repoDigests,
    Created: rfc3339Nano(image.createdMs),
    Config: {
      Env: image.config.env,
      Cmd: image.config.cmd.length > 0 ? image.config.cmd : null,
      Entrypoint: image.config.entrypoint.length > 0 ? image.config.entrypoint : null,
      WorkingDir: image.config.workingDir,
      ExposedPorts: Object.fromEntries(image.config.exposedPorts.map((p) => [p, {}])),
      Labels: image.config.labels,
      User: image.config.user,
    },
    Architecture: 'amd64',
    Os: 'linux',
    Size: image.sizeBytes,
    RootFS: { Type: 'layers', Layers: image.layers.map((l) => `sha256:${l}${'0'.repeat(52)}`) },
  };
}

function rfc3339Nano(ms: number): string {
  return rfc3339(ms).replace('Z', `.${String(ms % 1000).padStart(3, '0')}000000Z`).replace(/\.(\d+)\.(\d+)Z$/, '.$2Z');
}
