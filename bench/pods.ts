// The first benchmark: create bare pods (busybox `sleep 3600`, image already on the nodes, no
// probes) through the API client on a scale cluster, then run the virtual clock until every pod is
// Running and Ready. Measures wall time per phase and peak heap; asserts only that the work got done.

import { performance } from 'node:perf_hooks';
import type { Cluster, KubeObject } from '../src/engine/index.ts';
import { bootScaleCluster, cpuMs, phaseRows, runUntil, watchReady } from './harness.ts';
import type { Figure } from './table.ts';

export interface PodsBenchOptions {
  readonly pods: number;
  readonly nodes: number;
  /** The wall-time goal of the headline figure (1 s unless told). */
  readonly goalMs?: number;
}

const NAMESPACE = 'default';
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

export interface PodsBenchResult {
  readonly figures: Figure[];
  /** The cluster with every pod Running, for the kubectl figures. */
  readonly cluster: Cluster;
  /** The sampled heap peak of the run. */
  readonly heapBytes: number;
}

export function runPodsBench(opts: PodsBenchOptions): PodsBenchResult {
  const { cluster, bootMs, timer, heap } = bootScaleCluster(opts.nodes);
  const client = cluster.client();
  const ready = watchReady(cluster, NAMESPACE);
  const virtualStartMs = cluster.nowMs;

  const cpuStart = cpuMs();
  const createStart = performance.now();
  for (let i = 0; i < opts.pods; i++) {
    client.create('/pods', barePod(i));
    if (i % 1_000 === 999) heap.sample();
  }
  const creationMs = performance.now() - createStart;

  const runStart = performance.now();
  runUntil(cluster, heap, () => ready.size >= opts.pods, () => `only ${ready.size}/${opts.pods} pods Running and Ready`);
  const runMs = performance.now() - runStart;

  const figures: Figure[] = [
    { figure: `${opts.pods.toLocaleString('en-US')} pods Running+Ready on ${opts.nodes.toLocaleString('en-US')} nodes (wall)`, goalMs: opts.goalMs ?? WALL_GOAL_MS, ms: creationMs + runMs },
    { figure: '  creation (client.create, watches included)', ms: creationMs },
    ...phaseRows(timer, runMs, cluster.nowMs - virtualStartMs, heap, bootMs, cpuMs() - cpuStart),
  ];
  return { figures, cluster, heapBytes: heap.bytes };
}
