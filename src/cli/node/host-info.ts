// A node's system summaries: `free [-h|-b|-m|-g]`, `df [-h]`, `uptime`, `ps aux` (systemd, containerd, the
// kubelet, and each pod's shim, pause and main processes), from the node's capacity and its pods.

import { quantityValue, tryParseQuantity, type KubeObject } from '../../engine/index.ts';
import { pad2, utcTime } from '../shell/builtins/calendar.ts';
import type { CommandContext, CommandSpec } from '../shell/types.ts';
import type { NodeEnv } from './node-env.ts';

const GI = 1024 ** 3;
const MI = 1024 ** 2;
/** Deviation: every process shows the same usage columns (the simulation has no per-process accounting). */
const PROCESS_STATS = '  0.1  0.6 1285140 48232 ?        Ssl  08:12   0:03 ';

/** procps' -h: 1.0Gi, 687Mi (three significant digits, one decimal under 10). */
function human(bytes: number): string {
  if (bytes === 0) return '0B';
  const units: Array<[number, string]> = [[GI, 'Gi'], [MI, 'Mi'], [1024, 'Ki']];
  for (const [size, unit] of units) if (bytes >= size) return `${bytes / size < 10 ? (bytes / size).toFixed(1) : Math.round(bytes / size)}${unit}`;
  return `${bytes}B`;
}

function nodeObj(env: NodeEnv): KubeObject | undefined {
  return env.cluster.client().get('/nodes', undefined, env.node);
}

function memoryBytes(env: NodeEnv): number {
  const cap = ((nodeObj(env)?.status ?? {}) as { capacity?: Record<string, string> }).capacity ?? {};
  const q = tryParseQuantity(cap.memory ?? '');
  return q ? quantityValue(q) : 4 * GI;
}

function podCount(env: NodeEnv): number {
  return Object.keys(env.cluster.kubelets.kubelet(env.node)?.runtime.pods ?? {}).length;
}

function free(env: NodeEnv, ctx: CommandContext): number {
  const total = memoryBytes(env);
  const used = 420 * MI + podCount(env) * 38 * MI;
  const cache = 1.1 * GI;
  const unit = ctx.argv.includes('-b') ? 1 : ctx.argv.includes('-m') ? MI : ctx.argv.includes('-g') ? GI : 1024;
  const fmt = ctx.argv.includes('-h') ? human : (b: number): string => String(Math.floor(b / unit));
  const row = (label: string, cells: number[]): string => label + cells.map((c) => fmt(c).padStart(12)).join('');
  ctx.io.stdout.write(`${' '.repeat(15)}total        used        free      shared  buff/cache   available\n`);
  ctx.io.stdout.write(`${row('Mem:    ', [total, used, total - used - cache, 1.1 * MI, cache, total - used])}\n${row('Swap:   ', [0, 0, 0])}\n`);
  return 0;
}

function df(env: NodeEnv, ctx: CommandContext): number {
  const h = ctx.argv.includes('-h');
  const rows: string[][] = [
    ['tmpfs', '392M', '1.4M', '391M', '1%', '/run'],
    ['/dev/mapper/ubuntu--vg-ubuntu--lv', '31G', '9.8G', '20G', '34%', '/'],
    ['tmpfs', '2.0G', '0', '2.0G', '0%', '/dev/shm'],
    ['tmpfs', '5.0M', '0', '5.0M', '0%', '/run/lock'],
    ['/dev/sda2', '2.0G', '131M', '1.7G', '8%', '/boot'],
  ];
  for (const rec of Object.values(env.cluster.kubelets.kubelet(env.node)?.runtime.pods ?? {})) {
    rows.push(['shm', '64M', '0', '64M', '0%', `/run/containerd/io.containerd.grpc.v1.cri/sandboxes/${rec.sandboxId}/shm`]);
  }
  rows.push(['tmpfs', '392M', '4.0K', '392M', '1%', '/run/user/1000']);
  const header = ['Filesystem', h ? 'Size' : '1K-blocks', 'Used', h ? 'Avail' : 'Available', 'Use%', 'Mounted on'];
  const w0 = Math.max(...rows.map((r) => r[0]!.length), header[0]!.length);
  const line = (r: readonly string[]): string => `${r[0]!.padEnd(w0)} ${r[1]!.padStart(h ? 4 : 9)} ${r[2]!.padStart(h ? 5 : 9)} ${r[3]!.padStart(h ? 5 : 9)} ${r[4]!.padStart(4)} ${r[5]!}`;
  ctx.io.stdout.write(`${[header, ...rows].map(line).join('\n')}\n`);
  return 0;
}

function uptime(env: NodeEnv, ctx: CommandContext): number {
  const now = env.cluster.nowMs;
  const t = utcTime(now);
  const up = Math.floor((now - (env.cluster.machines.state(env.node)?.bootMs ?? now)) / 60_000);
  const days = Math.floor(up / 1440);
  const hm = up % 1440 < 60 ? `${up % 1440} min` : `${Math.floor((up % 1440) / 60)}:${pad2(up % 60)}`;
  const since = days > 0 ? `${days} day${days === 1 ? '' : 's'}, ${hm.padStart(5)}` : hm;
  const load = (0.08 + podCount(env) * 0.03).toFixed(2);
  ctx.io.stdout.write(` ${pad2(t.hours)}:${pad2(t.minutes)}:${pad2(t.seconds)} up ${since},  1 user,  load average: ${load}, ${load}, ${load}\n`);
  return 0;
}

function ps(env: NodeEnv, ctx: CommandContext): number {
  const runtime = env.cluster.kubelets.kubelet(env.node)?.runtime;
  const state = env.cluster.machines.state(env.node);
  const rows: Array<[string, number, string]> = [['root', 1, '/sbin/init'], ['root', 412, '/lib/systemd/systemd-journald'], ['root', 689, 'sshd: /usr/sbin/sshd -D [listener] 0 of 10-100 startups']];
  if (state?.units.containerd.active) rows.push(['root', state.units.containerd.pid, '/usr/bin/containerd']);
  if (state?.units.kubelet.active) rows.push(['root', state.units.kubelet.pid, '/usr/bin/kubelet --bootstrap-kubeconfig=/etc/kubernetes/bootstrap-kubelet.conf --kubeconfig=/etc/kubernetes/kubelet.conf --config=/var/lib/kubelet/config.yaml']);
  let pid = 6_000;
  for (const rec of Object.values(runtime?.pods ?? {})) {
    rows.push(['root', pid++, `/usr/bin/containerd-shim-runc-v2 -namespace k8s.io -id ${rec.sandboxId} -address /run/containerd/containerd.sock`], ['65535', pid++, '/pause']);
    const pod = env.cluster.client().get('/pods', rec.namespace, rec.name);
    const specs = ((pod?.spec ?? {}) as { containers?: Array<{ name: string; command?: string[]; args?: string[]; image?: string }> }).containers ?? [];
    for (const c of rec.containers.filter((x) => x.phase === 'running' && !x.init)) {
      const spec = specs.find((s) => s.name === c.name);
      const argv = [...(spec?.command ?? []), ...(spec?.args ?? [])];
      rows.push(['root', pid++, argv.length > 0 ? argv.join(' ') : (spec?.image ?? c.name).split('/').pop()!.split(':')[0]!]);
    }
  }
  ctx.io.stdout.write('USER         PID %CPU %MEM    VSZ   RSS TTY      STAT START   TIME COMMAND\n');
  for (const [user, p, cmd] of rows) ctx.io.stdout.write(`${user.padEnd(8)} ${String(p).padStart(7)}${PROCESS_STATS}${cmd}\n`);
  return 0;
}

export const hostInfoPrograms: ReadonlyArray<(env: NodeEnv) => CommandSpec> = [
  (env) => ({ name: 'free', path: '/usr/bin/free', run: (ctx) => free(env, ctx) }),
  (env) => ({ name: 'df', path: '/usr/bin/df', run: (ctx) => df(env, ctx) }),
  (env) => ({ name: 'uptime', path: '/usr/bin/uptime', run: (ctx) => uptime(env, ctx) }),
  (env) => ({ name: 'ps', path: '/usr/bin/ps', run: (ctx) => ps(env, ctx) }),
];
