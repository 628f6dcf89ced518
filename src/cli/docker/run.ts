// `docker run`: pull the image when it is not held, create the container from the flags, start
// it, then print its ID (-d), attach a terminal to its shell (-it) or stream its output until it
// exits. Mirrors docker/cli cli/command/container/run.go and opts parsing.

import type { DockerContainer, DockerEngine, MountSpec, PortBinding } from '../../engine/index.ts';
import { dockerFamiliarTag } from '../../engine/index.ts';
import type { CommandContext, CommandResult } from '../shell/types.ts';
import { needsArgs, runDaemonError, type DockerCommand } from './command.ts';
import { lastValue, parseFlags, usageFailure, type Parsed } from './flags.ts';
import { TimedOutput, WaitProcess } from './processes.ts';
import { pullLines } from './pull-progress.ts';
import { ContainerTerminal, type ExitBox } from '../container-terminal.ts';
import { readTree } from './workspace.ts';

const FLAGS = {
  bools: { detach: 'd', interactive: 'i', tty: 't', rm: '' },
  values: { name: '', publish: 'p', env: 'e', volume: 'v', memory: 'm', entrypoint: '', workdir: 'w' },
  stopAtPositional: true,
};

export const RUN: DockerCommand = {
  name: 'run',
  usage: '[OPTIONS] IMAGE [COMMAND] [ARG...]',
  summary: 'Create and run a new container from an image',
  options: [
    '  -d, --detach                         Run container in background and print container ID',
    '      --entrypoint string              Overwrite the default ENTRYPOINT of the image',
    '  -e, --env list                       Set environment variables',
    '  -i, --interactive                    Keep STDIN open even if not attached',
    '  -m, --memory bytes                   Memory limit',
    '      --name string                    Assign a name to the container',
    '  -p, --publish list                   Publish a container\'s port(s) to the host',
    '      --rm                             Automatically remove the container and its associated anonymous volumes when it exits',
    '  -t, --tty                            Allocate a pseudo-TTY',
    '  -v, --volume list                    Bind mount a volume',
    '  -w, --workdir string                 Working directory inside the container',
    '',
  ].join('\n'),
  run: (ctx, engine, args) => runContainer(ctx, engine, args),
};

function runContainer(ctx: CommandContext, engine: DockerEngine, args: readonly string[]): CommandResult {
  const p = parseFlags(args, FLAGS);
  if (p instanceof Error) return usageFailure(ctx, 'run', p.message);
  if (p.positionals.length === 0) return needsArgs(ctx, RUN, 'at least 1 argument');
  const imageName = p.positionals[0]!;
  const tag = dockerFamiliarTag(imageName);
  if (!tag) return usageFailure(ctx, 'run', 'docker: invalid reference format.');
  const options = parseOptions(ctx, p);
  if (typeof options === 'string') return usageFailure(ctx, 'run', `docker: ${options}.`);
  const go = (): CommandResult => createAndStart(ctx, engine, p, imageName, options);
  if (engine.findImage(imageName)) return go();
  ctx.io.stderr.write(`Unable to find image '${tag}' locally\n`);
  const pulled = engine.pull(imageName);
  if (!pulled.ok) return runDaemonError(ctx, 'run', pulled.message);
  return new TimedOutput(ctx.io, ctx.nowMs(), pullLines(pulled, true), pulled.durationMs, go);
}

interface Options {
  readonly ports: PortBinding[];
  readonly mounts: MountSpec[];
  readonly memoryBytes: number;
}

function parseOptions(ctx: CommandContext, p: Parsed): Options | string {
  const ports: PortBinding[] = [];
  for (const spec of p.values.get('publish') ?? []) {
    const m = /^(?:[\d.]+:)?(\d+):(\d+)(?:\/(tcp|udp))?$/.exec(spec);
    if (!m) return `invalid argument "${spec}" for "-p, --publish" flag: invalid port format`;
    ports.push({ hostPort: Number(m[1]), containerPort: Number(m[2]), protocol: (m[3] ?? 'tcp') as 'tcp' | 'udp' });
  }
  const mounts: MountSpec[] = [];
  for (const spec of p.values.get('volume') ?? []) {
    const [source, destination] = spec.split(':');
    if (!source || !destination) return `invalid argument "${spec}" for "-v, --volume" flag: invalid spec: ${spec}`;
    const bind = source.startsWith('/') || source.startsWith('.') || source.startsWith('~');
    const abs = source.startsWith('~') ? source.replace('~', ctx.vars.get('HOME') ?? '') : source.startsWith('/') ? source : `${ctx.cwd}/${source}`;
    mounts.push(bind ? { type: 'bind', source: normalise(abs), destination } : { type: 'volume', source, destination });
  }
  const memory = lastValue(p, 'memory');
  const memoryBytes = memory === undefined ? 0 : parseBytes(memory);
  if (Number.isNaN(memoryBytes)) return `invalid argument "${memory!}" for "-m, --memory" flag: invalid size: '${memory!}'`;
  return { ports, mounts, memoryBytes };
}

function createAndStart(ctx: CommandContext, engine: DockerEngine, p: Parsed, imageName: string, o: Options): CommandResult {
  const image = engine.findImage(imageName)!;
  const bindFiles = Object.fromEntries(o.mounts.filter((m) => m.type === 'bind').map((m) => [m.source, readTree(ctx.fs, m.source)]));
  const entrypoint = lastValue(p, 'entrypoint');
  const name = lastValue(p, 'name');
  const workdir = lastValue(p, 'workdir');
  const created = engine.create({
    image, imageName, command: p.positionals.slice(1), env: (p.values.get('env') ?? []).map((e) => (e.includes('=') ? e : `${e}=${ctx.vars.get(e) ?? ''}`)),
    tty: p.bools.has('tty'), openStdin: p.bools.has('interactive'), ports: o.ports, mounts: o.mounts, bindFiles,
    memoryBytes: o.memoryBytes, autoRemove: p.bools.has('rm'),
    ...(entrypoint !== undefined ? { entrypoint } : {}), ...(name !== undefined ? { name } : {}), ...(workdir !== undefined ? { workdir } : {}),
  });
  if ('error' in created) return runDaemonError(ctx, 'run', created.error);
  const c = created;
  if (p.bools.has('detach')) {
    const err = engine.start(c);
    if (err) return runDaemonError(ctx, 'run', err);
    ctx.io.stdout.write(`${c.id}\n`);
    return 0;
  }
  return attachAndStart(ctx, engine, c);
}

function attachAndStart(ctx: CommandContext, engine: DockerEngine, c: DockerContainer): CommandResult {
  const exit: ExitBox = { code: undefined };
  const unlisten = engine.listen(c, (chunk) => {
    if (chunk === undefined) {
      exit.code = c.exitCode;
      return;
    }
    (c.tty || chunk.stream === 'stdout' ? ctx.io.stdout : ctx.io.stderr).write(chunk.text);
  });
  const err = engine.start(c);
  if (err) {
    unlisten();
    return runDaemonError(ctx, 'run', err);
  }
  if (c.tty && c.openStdin) return exit.code ?? new ContainerTerminal(ctx.io.stdout, engine.attach(c), exit);
  return exit.code ?? new WaitProcess(() => exit.code, unlisten);
}

/** `64m`, `1g`, `512k`, `100000` (bytes): docker's RAMInBytes. */
function parseBytes(s: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*([bkmg]?)b?$/i.exec(s);
  if (!m) return Number.NaN;
  const unit = { '': 1, b: 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[m[2]!.toLowerCase() as '' | 'b' | 'k' | 'm' | 'g'];
  return Math.round(Number(m[1]) * unit);
}

function normalise(path: string): string {
  const parts: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return `/${parts.join('/')}`;
}
