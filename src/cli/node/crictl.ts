// crictl v1.31 against the node's containerd: `ps [-a]`, `pods`, `images`, `logs ID`, `inspect ID`,
// with its tables (tabwriter: min width 20, padding 3) and its truncated 13-character IDs.

import { imageByRef, type ContainerRecord, type PodRecord } from '../../engine/index.ts';
import type { CommandContext, CommandSpec } from '../shell/types.ts';
import { isRoot, type NodeEnv } from './node-env.ts';

const SOCKET_DENIED = 'validate service connection: validate CRI v1 runtime API for endpoint "unix:///run/containerd/containerd.sock": rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial unix /run/containerd/containerd.sock: connect: permission denied"';
const SOCKET_DOWN = 'validate service connection: validate CRI v1 runtime API for endpoint "unix:///run/containerd/containerd.sock": rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial unix /run/containerd/containerd.sock: connect: no such file or directory"';

function table(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]!.map((_, i) => Math.max(20, ...rows.map((r) => r[i]!.length + 3)));
  return rows.map((r) => r.map((cell, i) => (i === r.length - 1 ? cell : cell.padEnd(widths[i]!))).join('').trimEnd()).join('\n') + '\n';
}

/** go-units HumanDuration, as crictl's CREATED column says it (with ` ago`). */
export function humanAgo(ms: number): string {
  const s = Math.floor(ms / 1000);
  const m = Math.floor(s / 60);
  const h = Math.round(ms / 3_600_000);
  const text = s < 1 ? 'Less than a second' : s === 1 ? '1 second' : s < 60 ? `${s} seconds` : m === 1 ? 'About a minute'
    : m < 60 ? `${m} minutes` : h === 1 ? 'About an hour' : h < 48 ? `${h} hours` : h < 24 * 14 ? `${Math.floor(h / 24)} days`
      : h < 24 * 60 ? `${Math.floor(h / 24 / 7)} weeks` : `${Math.floor(h / 24 / 30)} months`;
  return `${text} ago`;
}

/** go-units HumanSizeWithPrecision(size, 3): decimal units. */
function humanSize(bytes: number): string {
  const units = ['B', 'kB', 'MB', 'GB'];
  let size = bytes;
  let i = 0;
  while (size >= 1000 && i < units.length - 1) {
    size /= 1000;
    i++;
  }
  return `${Number(size.toPrecision(3))}${units[i]!}`;
}

const shortId = (id: string | undefined): string => (id ?? '').replace(/^\w+:\/\//, '').replace(/^sha256:/, '').slice(0, 13);

function imageShortId(ref: string | undefined): string {
  return shortId(imageByRef(ref ?? '')?.digest.replace(/^sha256:/, '') ?? '');
}

function pods(env: NodeEnv): PodRecord[] {
  return Object.values(env.cluster.kubelets.kubelet(env.node)?.runtime.pods ?? {}).sort((a, b) => b.startMs - a.startMs);
}

function containers(env: NodeEnv, all: boolean): Array<{ pod: PodRecord; c: ContainerRecord }> {
  return pods(env).flatMap((pod) => pod.containers.filter((c) => c.id && (all || c.phase === 'running')).map((c) => ({ pod, c })));
}

function find(env: NodeEnv, prefix: string): { pod: PodRecord; c: ContainerRecord } | undefined {
  return prefix === '' ? undefined : containers(env, true).find(({ c }) => shortId(c.id).startsWith(prefix) || (c.id ?? '').replace(/^\w+:\/\//, '').startsWith(prefix));
}

function ps(env: NodeEnv, ctx: CommandContext, all: boolean): number {
  const now = env.cluster.nowMs;
  const rows = [['CONTAINER', 'IMAGE', 'CREATED', 'STATE', 'NAME', 'ATTEMPT', 'POD ID', 'POD', 'NAMESPACE']];
  for (const { pod, c } of containers(env, all)) {
    const state = c.phase === 'running' ? 'Running' : c.phase === 'exited' ? 'Exited' : 'Created';
    rows.push([shortId(c.id), imageShortId(c.image), humanAgo(now - (c.startedMs ?? pod.startMs)), state, c.name, String(c.restartCount), shortId(pod.sandboxId), pod.name, pod.namespace]);
  }
  ctx.io.stdout.write(table(rows));
  return 0;
}

function podsTable(env: NodeEnv, ctx: CommandContext): number {
  const now = env.cluster.nowMs;
  const rows = [['POD ID', 'CREATED', 'STATE', 'NAME', 'NAMESPACE', 'ATTEMPT', 'RUNTIME']];
  for (const pod of pods(env)) rows.push([shortId(pod.sandboxId), humanAgo(now - pod.startMs), pod.stage === 'done' ? 'NotReady' : 'Ready', pod.name, pod.namespace, '0', '(default)']);
  ctx.io.stdout.write(table(rows));
  return 0;
}

function images(env: NodeEnv, ctx: CommandContext): number {
  const rows = [['IMAGE', 'TAG', 'IMAGE ID', 'SIZE']];
  const refs = [...(env.cluster.kubelets.kubelet(env.node)?.runtime.images ?? [])].sort();
  for (const ref of refs) {
    const at = ref.lastIndexOf(':');
    const image = imageByRef(ref);
    rows.push([ref.slice(0, at), ref.slice(at + 1), imageShortId(ref), image ? humanSize(image.sizeBytes) : '0B']);
  }
  ctx.io.stdout.write(table(rows));
  return 0;
}

function logs(env: NodeEnv, ctx: CommandContext, id: string): number {
  const found = find(env, id);
  if (!found) {
    ctx.io.stderr.write(`E0317 00:00:00.000000    1 remote_runtime.go:432] "ContainerStatus from runtime service failed" err="rpc error: code = NotFound desc = an error occurred when try to find container \\"${id}\\": not found" containerID="${id}"\nFATA[0000] rpc error: code = NotFound desc = an error occurred when try to find container "${id}": not found\n`);
    return 1;
  }
  for (const line of found.c.logs) (line.stream === 'stderr' ? ctx.io.stderr : ctx.io.stdout).write(`${line.text}\n`);
  return 0;
}

function inspect(env: NodeEnv, ctx: CommandContext, id: string): number {
  const found = find(env, id);
  if (!found) {
    ctx.io.stderr.write(`FATA[0000] getting the status of the container "${id}": rpc error: code = NotFound desc = an error occurred when try to find container "${id}": not found\n`);
    return 1;
  }
  const { pod, c } = found;
  const status = {
    status: {
      id: (c.id ?? '').replace(/^\w+:\/\//, ''),
      metadata: { attempt: c.restartCount, name: c.name },
      state: c.phase === 'running' ? 'CONTAINER_RUNNING' : c.phase === 'exited' ? 'CONTAINER_EXITED' : 'CONTAINER_CREATED',
      image: { image: c.image ?? '' },
      imageRef: c.imageId ?? '',
      labels: { 'io.kubernetes.container.name': c.name, 'io.kubernetes.pod.name': pod.name, 'io.kubernetes.pod.namespace': pod.namespace, 'io.kubernetes.pod.uid': pod.uid },
      logPath: `/var/log/pods/${pod.namespace}_${pod.name}_${pod.uid}/${c.name}/${c.restartCount}.log`,
    },
  };
  ctx.io.stdout.write(`${JSON.stringify(status, null, 2)}\n`);
  return 0;
}

function crictl(env: NodeEnv, ctx: CommandContext): number {
  const args = ctx.argv.slice(1);
  const verb = args.find((a) => !a.startsWith('-'));
  const rest = args.slice(args.indexOf(verb ?? '') + 1).filter((a) => !a.startsWith('-'));
  if (!verb) {
    ctx.io.stdout.write('NAME:\n   crictl - client for CRI\n\nUSAGE:\n   crictl [global options] command [command options]\n\nVERSION:\n   v1.31.1\n');
    return 0;
  }
  if (!isRoot(ctx) || !env.cluster.machines.state(env.node)?.units.containerd.active) {
    ctx.io.stderr.write(`FATA[0000] ${isRoot(ctx) ? SOCKET_DOWN : SOCKET_DENIED}\n`);
    return 1;
  }
  switch (verb) {
    case 'ps': return ps(env, ctx, args.includes('-a') || args.includes('--all'));
    case 'pods': return podsTable(env, ctx);
    case 'images': case 'img': return images(env, ctx);
    case 'logs': return logs(env, ctx, rest[0] ?? '');
    case 'inspect': return inspect(env, ctx, rest[0] ?? '');
    default:
      ctx.io.stderr.write(`No help topic for '${verb}'\n`);
      return 3;
  }
}

export const CRICTL = (env: NodeEnv): CommandSpec => ({ name: 'crictl', path: '/usr/bin/crictl', run: (ctx) => crictl(env, ctx) });
