// What a running container uses, as metrics-server would report it: a baseline per program (what
// real small clusters show), a seeded jitter per 15 s scrape window, never above the container's limit.
// Determinism: only the pod uid, the container name and the window index feed the jitter (no generator).

import { fnv32a } from '../base/names.ts';

const MI = 1024 * 1024;
const NANO_PER_MILLI = 1_000_000;
/** A shell loop that never sleeps keeps one core busy. */
const BUSY_LOOP_MILLI = 1000;

interface Baseline {
  readonly cpuMilli: number;
  readonly cpuJitterMilli: number;
  readonly memoryMi: number;
  readonly memoryJitterMi: number;
}

const base = (cpuMilli: number, cpuJitterMilli: number, memoryMi: number, memoryJitterMi: number): Baseline =>
  ({ cpuMilli, cpuJitterMilli, memoryMi, memoryJitterMi });

/** By image repository (its last path segment). */
const BASELINES: Readonly<Record<string, Baseline>> = {
  nginx: base(1, 1, 5, 2.5),
  httpd: base(1, 1, 8, 2),
  redis: base(2, 1, 3, 0.5),
  mysql: base(5, 2, 380, 10),
  postgres: base(3, 2, 30, 4),
  mongo: base(8, 3, 150, 10),
  busybox: base(0, 0, 0.3, 0.05),
  alpine: base(0, 0, 0.5, 0.1),
  'kube-apiserver': base(45, 12, 280, 15),
  etcd: base(25, 8, 60, 6),
  'kube-controller-manager': base(15, 5, 50, 4),
  'kube-scheduler': base(3, 2, 22, 2),
  'kube-proxy': base(1, 1, 18, 2),
  coredns: base(2, 1, 14, 2),
  node: base(22, 8, 120, 8),
  'kube-controllers': base(2, 1, 18, 2),
  'metrics-server': base(4, 2, 20, 2),
};
const DEFAULT_BASELINE = base(1, 1, 10, 2);
/** A shell script that waits (sleep, read): next to nothing. */
const IDLE_SHELL = base(0, 0, 0.4, 0.1);

export interface UsageInput {
  readonly podUid: string;
  readonly container: string;
  /** docker.io/library/nginx:latest */
  readonly image: string;
  /** The command the container's main process runs. */
  readonly argv: readonly string[];
  readonly window: number;
  readonly cpuLimitMilli?: number;
  readonly memoryLimitBytes?: number;
}

export interface Usage {
  readonly cpuNanoCores: number;
  readonly memoryBytes: number;
}

export function repositoryName(image: string): string {
  const path = image.split('@')[0]!;
  const last = path.slice(path.lastIndexOf('/') + 1);
  return last.split(':')[0]!;
}

const SHELLS: ReadonlySet<string> = new Set(['sh', 'bash', 'ash', 'dash', '/bin/sh', '/bin/bash']);

/** A shell running a loop with nothing that waits in it. */
export function isBusyLoop(argv: readonly string[]): boolean {
  if (argv.length < 3 || !SHELLS.has(argv[0]!) || argv[1] !== '-c') return false;
  const script = argv.slice(2).join(' ');
  return /\b(while|until|for)\b/.test(script) && !/\b(sleep|read|wait|nc|tail)\b/.test(script);
}

function baselineFor(input: UsageInput): Baseline {
  const shell = input.argv.length > 0 && SHELLS.has(input.argv[0]!);
  return shell ? IDLE_SHELL : BASELINES[repositoryName(input.image)] ?? DEFAULT_BASELINE;
}

/** A value in [-1, 1) from the hash of the key. */
function jitter(key: string): number {
  return fnv32a(key) / 0x8000_0000 - 1;
}

export function containerUsage(input: UsageInput): Usage {
  const key = `${input.podUid}/${input.container}/${input.window}`;
  const b = baselineFor(input);
  const cpuMilli = isBusyLoop(input.argv)
    ? BUSY_LOOP_MILLI - 2 + 4 * jitter(`${key}/cpu`)
    : Math.max(0.05, b.cpuMilli + b.cpuJitterMilli * jitter(`${key}/cpu`));
  const memoryMi = Math.max(0.1, b.memoryMi + b.memoryJitterMi * jitter(`${key}/memory`));
  const cpuNanoCores = Math.round(Math.min(cpuMilli, input.cpuLimitMilli ?? Infinity) * NANO_PER_MILLI);
  const memoryKi = Math.floor(Math.min(memoryMi * MI, input.memoryLimitBytes ?? Infinity) / 1024);
  return { cpuNanoCores, memoryBytes: memoryKi * 1024 };
}

/** What the node's system (kubelet, containerd, the OS) uses besides its pods. */
export function nodeOverhead(node: string, controlPlane: boolean, window: number): Usage {
  const key = `${node}/${window}`;
  const cpuMilli = (controlPlane ? 110 : 70) + 20 * jitter(`${key}/cpu`);
  const memoryMi = (controlPlane ? 980 : 820) + 30 * jitter(`${key}/memory`);
  return { cpuNanoCores: Math.round(cpuMilli * NANO_PER_MILLI), memoryBytes: Math.round(memoryMi * 1024) * 1024 };
}
