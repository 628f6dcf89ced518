// A rolling update in simulated time: a Deployment of `replicas` busybox pods on a scale cluster,
// restarted as `kubectl rollout restart` does (a template annotation), timed from the patch until the
// Deployment reports every replica updated and available; the figure is virtual time over wall time.

import { performance } from 'node:perf_hooks';
import type { KubeObject } from '../src/engine/index.ts';
import { bootScaleCluster, cpuMs, runUntil } from './harness.ts';
import type { Figure } from './table.ts';

export interface RolloutBenchOptions {
  readonly replicas: number;
  readonly nodes: number;
}

const NAMESPACE = 'default';
const NAME = 'web';
const SPEEDUP_GOAL = 100;

interface DeploymentStatus {
  readonly observedGeneration?: number;
  readonly replicas?: number;
  readonly updatedReplicas?: number;
  readonly availableReplicas?: number;
}

function deployment(replicas: number): KubeObject {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: NAME, namespace: NAMESPACE },
    spec: {
      replicas,
      selector: { matchLabels: { app: NAME } },
      template: {
        metadata: { labels: { app: NAME } },
        spec: { containers: [{ name: 'sleep', image: 'busybox', imagePullPolicy: 'IfNotPresent', command: ['sleep', '3600'] }] },
      },
    },
  };
}

export function runRolloutBench(opts: RolloutBenchOptions): Figure[] {
  const { cluster, heap } = bootScaleCluster(opts.nodes);
  const client = cluster.client();
  let current: KubeObject | undefined;
  client.watch('apps/deployments', (e) => { current = e.object; }, NAMESPACE);
  const complete = (generation: number): boolean => {
    const status = (current?.status ?? {}) as DeploymentStatus;
    return (current?.metadata.generation ?? 0) >= generation && (status.observedGeneration ?? 0) >= generation
      && status.replicas === opts.replicas && status.updatedReplicas === opts.replicas && status.availableReplicas === opts.replicas;
  };
  client.create('apps/deployments', deployment(opts.replicas));
  runUntil(cluster, heap, () => complete(1), () => `the Deployment did not become available`);

  const virtualStartMs = cluster.nowMs;
  const cpuStart = cpuMs();
  const start = performance.now();
  const restartedAt = new Date(virtualStartMs).toISOString().replace(/\.\d+Z$/, 'Z');
  client.patch('apps/deployments', NAMESPACE, NAME, 'strategic', {
    spec: { template: { metadata: { annotations: { 'kubectl.kubernetes.io/restartedAt': restartedAt } } } },
  });
  runUntil(cluster, heap, () => complete(2), () => `the rollout did not complete`);
  const wallMs = performance.now() - start;
  const cpu = cpuMs() - cpuStart;
  const virtualMs = cluster.nowMs - virtualStartMs;
  const speedup = virtualMs / wallMs;
  return [
    { figure: `rolling update of ${opts.replicas.toLocaleString('en-US')} pods: simulated time / wall time`, goalText: `≥ ${SPEEDUP_GOAL}×`, text: `${speedup.toFixed(speedup < 10 ? 1 : 0)}×`, ratio: SPEEDUP_GOAL / Math.max(speedup, 1e-9) },
    { figure: '  virtual time of the rollout', text: `${(virtualMs / 1_000).toFixed(0)} s` },
    { figure: '  wall time of the rollout', ms: wallMs },
    { figure: '  CPU time of the rollout (user+sys, all threads)', ms: cpu },
  ];
}
