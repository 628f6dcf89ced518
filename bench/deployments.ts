// Deployments × replicas (busybox `sleep 3600`, image already on the nodes) on a scale cluster:
// the Deployment and ReplicaSet controllers create the pods, the scheduler binds them, the kubelets
// start them; the clock runs until every Deployment reports all its replicas available.

import { performance } from 'node:perf_hooks';
import type { KubeObject } from '../src/engine/index.ts';
import { bootScaleCluster, cpuMs, phaseRows, runUntil, watchReady } from './harness.ts';
import type { Figure } from './table.ts';

export interface DeploymentsBenchOptions {
  readonly deployments: number;
  readonly replicas: number;
  readonly nodes: number;
}

const NAMESPACE = 'default';
const WALL_GOAL_MS = 1_000;

function deployment(index: number, replicas: number): KubeObject {
  const app = `app-${String(index).padStart(3, '0')}`;
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: app, namespace: NAMESPACE },
    spec: {
      replicas,
      selector: { matchLabels: { app } },
      template: {
        metadata: { labels: { app } },
        spec: { containers: [{ name: 'sleep', image: 'busybox', imagePullPolicy: 'IfNotPresent', command: ['sleep', '3600'] }] },
      },
    },
  };
}

export function runDeploymentsBench(opts: DeploymentsBenchOptions): Figure[] {
  const { cluster, bootMs, timer, heap } = bootScaleCluster(opts.nodes);
  const client = cluster.client();
  const ready = watchReady(cluster, NAMESPACE);
  const available = new Map<string, number>();
  client.watch('apps/deployments', (e) => {
    available.set(e.object.metadata.name!, (e.object.status as { availableReplicas?: number } | undefined)?.availableReplicas ?? 0);
  }, NAMESPACE);
  const total = opts.deployments * opts.replicas;
  const allAvailable = (): boolean => [...available.values()].reduce((a, b) => a + b, 0) >= total;
  const virtualStartMs = cluster.nowMs;

  const cpuStart = cpuMs();
  const start = performance.now();
  for (let i = 0; i < opts.deployments; i++) client.create('apps/deployments', deployment(i, opts.replicas));
  runUntil(cluster, heap, allAvailable, () => `only ${ready.size}/${total} pods Ready`);
  const runMs = performance.now() - start;

  return [
    { figure: `${opts.deployments} Deployments × ${opts.replicas} replicas available on ${opts.nodes} nodes (wall)`, goalMs: WALL_GOAL_MS, ms: runMs },
    ...phaseRows(timer, runMs, cluster.nowMs - virtualStartMs, heap, bootMs, cpuMs() - cpuStart),
  ];
}
