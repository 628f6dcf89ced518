// What the benchmarks share: a sampled heap peak, the wait until a number of pods are Running and
// Ready on the virtual clock, and the per-component rows of the report.

import { performance } from 'node:perf_hooks';
import { Cluster, scaleProfile, type KubeObject } from '../src/engine/index.ts';
import { PhaseTimer } from './phases.ts';
import type { Figure } from './table.ts';

/** Virtual time per clock step while waiting, and the most a run may take. */
const STEP_MS = 1_000;
const VIRTUAL_LIMIT_MS = 30 * 60_000;

export class HeapPeak {
  bytes = 0;
  sample(): void {
    this.bytes = Math.max(this.bytes, process.memoryUsage().heapUsed);
  }
}

export interface BenchCluster {
  readonly cluster: Cluster;
  readonly bootMs: number;
  readonly timer: PhaseTimer;
  readonly heap: HeapPeak;
}

/** A scale cluster of `nodes` nodes, booted (timed apart), with its phase timer and heap sampler. */
export function bootScaleCluster(nodes: number): BenchCluster {
  const start = performance.now();
  const cluster = new Cluster({ seed: 1, profile: scaleProfile({ nodes }) });
  const bootMs = performance.now() - start;
  const heap = new HeapPeak();
  heap.sample();
  return { cluster, bootMs, timer: new PhaseTimer(cluster), heap };
}

function isRunningAndReady(pod: KubeObject): boolean {
  const status = pod.status as { phase?: string; conditions?: Array<{ type: string; status: string }> } | undefined;
  return status?.phase === 'Running' && (status.conditions ?? []).some((c) => c.type === 'Ready' && c.status === 'True');
}

/** Counts the pods of `namespace` that are Running and Ready, as they become so. */
export function watchReady(cluster: Cluster, namespace: string): Set<string> {
  const ready = new Set<string>();
  cluster.client().watch('/pods', (e) => {
    if (e.type === 'DELETED') ready.delete(e.object.metadata.name!);
    else if (isRunningAndReady(e.object)) ready.add(e.object.metadata.name!);
  }, namespace);
  return ready;
}

/** Advances the clock until `done()`, sampling the heap; throws past the virtual-time limit. */
export function runUntil(cluster: Cluster, heap: HeapPeak, done: () => boolean, describe: () => string): void {
  const startMs = cluster.nowMs;
  while (!done()) {
    if (cluster.nowMs - startMs >= VIRTUAL_LIMIT_MS) throw new Error(`${describe()} after ${VIRTUAL_LIMIT_MS / 1_000} s of virtual time`);
    cluster.advance(STEP_MS);
    heap.sample();
  }
}

/** CPU time this process has used (user + system, every thread), in ms: on a shared machine, compare runs by it. */
export function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1_000;
}

/** The rows every benchmark prints below its headline figure; `cpu` is the CPU time of the headline's span. */
export function phaseRows(timer: PhaseTimer, runMs: number, virtualMs: number, heap: HeapPeak, bootMs: number, cpu: number): Figure[] {
  const untimedMs = runMs - timer.ms.scheduling - timer.ms.kubelet - timer.ms.controllers - timer.ms.other;
  return [
    { figure: '  CPU time of the headline (user+sys, all threads)', ms: cpu },
    { figure: `  controllers (${timer.events.controllers} clock events)`, ms: timer.ms.controllers },
    { figure: `  scheduling (${timer.events.scheduling} clock events)`, ms: timer.ms.scheduling },
    { figure: `  kubelet start (${timer.events.kubelet} clock events)`, ms: timer.ms.kubelet },
    { figure: `  other components (${timer.events.other} clock events)`, ms: timer.ms.other },
    { figure: '  clock and readiness watch', ms: untimedMs },
    { figure: 'virtual time until all Ready', text: `${(virtualMs / 1_000).toFixed(0)} s` },
    { figure: 'peak heap (sampled)', text: `${(heap.bytes / 2 ** 20).toFixed(0)} MiB` },
    { figure: 'cluster boot (not counted)', ms: bootMs },
  ];
}
