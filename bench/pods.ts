// The first benchmark: create bare pods (busybox `sleep 3600`, image already on the nodes, no
// probes) through the API client on a scale cluster, then run the virtual clock until every pod is
// Running and Ready. Measures wall time per phase and peak heap; asserts only that the work got done.

import { performance } from 'node:perf_hooks';
import { Cluster, scaleProfile, type KubeObject } from '../src/engine/index.ts';
import { PhaseTimer } from './phases.ts';
import type { Figure } from './table.ts';

export interface PodsBenchOptions {
  readonly pods: number;
  readonly nodes: number;
}

const NAMESPACE = 'default';
/** Virtual time per clock step while waiting, and the most the run may take. */
const STEP_MS = 1_000;
const VIRTUAL_LIMIT_MS = 30 * 60_000;
const WALL_GOAL_MS = 1_000;

function barePod(index: number): KubeObject {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: `sleep-${String(index).padStart(5, '0')}`, namespace: NAMESPACE },
    spec: {
      containers: [{ name: 'sleep', image: 'busybox', imagePullPolicy: 'IfNotPresent', command: ['sleep', '3600'] }],
    },
  };
}

function isRunningAndReady(pod: KubeObject): boolean {
  const status = pod.status as { phase?: string; conditions?: Array<{ type: string; status: string }> } | undefined;
  return status?.phase === 'Running' && (status.conditions ?? []).some((c) => c.type === 'Ready' && c.status === 'True');
}

class HeapPeak {
  bytes = 0;
  sample(): void {
    this.bytes = Math.max(this.bytes, process.memoryUsage().heapUsed);
  }
}

export function runPodsBench(opts: PodsBenchOptions): Figure[] {
  const bootStart = performance.now();
  const cluster = new Cluster({ seed: 1, profile: scaleProfile({ nodes: opts.nodes }) });
  const bootMs = performance.now() - bootStart;
  const timer = new PhaseTimer(cluster);
  const heap = new HeapPeak();
  const client = cluster.client();
  const ready = new Set<string>();
  client.watch('/pods', (e) => {
    if (e.type !== 'DELETED' && isRunningAndReady(e.object)) ready.add(e.object.metadata.name!);
  }, NAMESPACE);
  const virtualStartMs = cluster.nowMs;
  heap.sample();

  const createStart = performance.now();
  for (let i = 0; i < opts.pods; i++) {
    client.create('/pods', barePod(i));
    if (i % 1_000 === 999) heap.sample();
  }
  const creationMs = performance.now() - createStart;

  const runStart = performance.now();
  while (ready.size < opts.pods) {
    if (cluster.nowMs - virtualStartMs >= VIRTUAL_LIMIT_MS) {
      throw new Error(`only ${ready.size}/${opts.pods} pods Running and Ready after ${VIRTUAL_LIMIT_MS / 1_000} s of virtual time`);
    }
    cluster.advance(STEP_MS);
    heap.sample();
  }
  const runMs = performance.now() - runStart;
  const totalMs = creationMs + runMs;
  const untimedMs = runMs - timer.ms.scheduling - timer.ms.kubelet - timer.ms.other;

  return [
    { figure: `${opts.pods.toLocaleString('en-US')} pods Running+Ready on ${opts.nodes} nodes (wall)`, goalMs: WALL_GOAL_MS, ms: totalMs },
    { figure: '  creation (client.create, watches included)', ms: creationMs },
    { figure: `  scheduling (${timer.events.scheduling} clock events)`, ms: timer.ms.scheduling },
    { figure: `  kubelet start (${timer.events.kubelet} clock events)`, ms: timer.ms.kubelet },
    { figure: `  controllers and events (${timer.events.other} clock events)`, ms: timer.ms.other },
    { figure: '  clock and readiness watch', ms: untimedMs },
    { figure: 'virtual time until all Ready', text: `${((cluster.nowMs - virtualStartMs) / 1_000).toFixed(0)} s` },
    { figure: 'peak heap (sampled)', text: `${(heap.bytes / 2 ** 20).toFixed(0)} MiB` },
    { figure: 'cluster boot (not counted)', ms: bootMs },
  ];
}
