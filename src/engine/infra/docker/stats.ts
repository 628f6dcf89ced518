// What `docker stats` reads of a running container's cgroup: memory in use (by the program PID 1
// runs), its processes, and the bridge traffic. Deviation from upstream: figures are typical
// values for each program, varied per container by its ID, not measured; CPU is idle (0%).

import { fnv32a } from '../../base/names.ts';
import { serverFor } from '../images/http.ts';
import type { DockerContext } from './context.ts';
import { imageOf } from './containers.ts';
import { runnableImage } from './images.ts';
import type { DockerContainer } from './types.ts';

export interface ContainerStats {
  readonly cpuPercent: number;
  readonly memoryBytes: number;
  readonly pids: number;
  readonly netRxBytes: number;
  readonly netTxBytes: number;
}

const MIB = 1024 * 1024;

/** Resident memory and process count of each program's idle server (nginx: a master and a worker per CPU). */
const TYPICAL: Readonly<Record<string, { memMib: number; pids: number }>> = {
  nginx: { memMib: 9.6, pids: 5 }, 'nginx-entrypoint': { memMib: 9.6, pids: 5 }, registry: { memMib: 6.3, pids: 7 },
  'redis-server': { memMib: 3.4, pids: 6 }, 'mysql-entrypoint': { memMib: 361, pids: 37 }, 'postgres-entrypoint': { memMib: 28.7, pids: 6 },
  mongod: { memMib: 71, pids: 33 }, 'httpd-foreground': { memMib: 8.2, pids: 82 }, python: { memMib: 12.9, pids: 1 }, node: { memMib: 39.8, pids: 7 },
};
const IDLE = { memMib: 0.45, pids: 1 };

export function statsOf(ctx: DockerContext, c: DockerContainer): ContainerStats {
  if (c.status !== 'running') return { cpuPercent: 0, memoryBytes: 0, pids: 0, netRxBytes: 0, netTxBytes: 0 };
  const server = serverFor(runnableImage(imageOf(ctx, c)), [c.path, ...c.args]);
  const typical = (server && TYPICAL[server.id]) || IDLE;
  const h = fnv32a(c.id);
  const memory = Math.round(typical.memMib * MIB * (0.95 + (h % 100) / 1000));
  const capped = c.memoryBytes > 0 ? Math.min(memory, Math.round(c.memoryBytes * 0.9)) : memory;
  const upS = Math.floor((ctx.clock.nowMs - (c.startedMs ?? ctx.clock.nowMs)) / 1000);
  return { cpuPercent: 0, memoryBytes: capped, pids: typical.pids, netRxBytes: upS > 0 ? 866 + (h % 400) : 0, netTxBytes: 0 };
}
