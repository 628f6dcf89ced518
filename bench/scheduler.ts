// Scheduler throughput per workload mix, after upstream scheduler_perf (basic, node affinity, pod
// anti-affinity, topology spread): pending pods created through the API, then the clock runs until
// every one is bound; pods/s counts only the wall time of the scheduler's own clock events.

import type { KubeObject } from '../src/engine/index.ts';
import { bootScaleCluster, runUntil } from './harness.ts';
import type { Figure } from './table.ts';

export interface SchedulerBenchOptions {
  readonly nodes: number;
  /** Pods per mix (pod anti-affinity places one per node, so it schedules `nodes` pods). */
  readonly pods: number;
}

const NAMESPACE = 'default';
const ZONE = 'topology.kubernetes.io/zone';
const ZONES = 3;

interface Mix {
  readonly name: string;
  /** Goal in pods/s: ten times the threshold upstream scheduler_perf sets for the mix. */
  readonly goal: number;
  readonly onePerNode?: boolean;
  readonly spec: (app: string) => Record<string, unknown>;
  readonly labels: (app: string) => Record<string, string>;
}

const MIXES: readonly Mix[] = [
  { name: 'basic', goal: 6_800, labels: (app) => ({ app }), spec: () => ({}) },
  {
    name: 'node affinity', goal: 2_200, labels: (app) => ({ app }),
    spec: () => ({ affinity: { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [{ matchExpressions: [{ key: ZONE, operator: 'In', values: ['zone-0'] }] }] } } } }),
  },
  {
    name: 'pod anti-affinity', goal: 600, onePerNode: true, labels: (app) => ({ app, color: 'green' }),
    spec: () => ({ affinity: { podAntiAffinity: { requiredDuringSchedulingIgnoredDuringExecution: [{ labelSelector: { matchLabels: { color: 'green' } }, topologyKey: 'kubernetes.io/hostname' }] } } }),
  },
  {
    name: 'topology spread', goal: 4_600, labels: (app) => ({ app }),
    spec: (app) => ({ topologySpreadConstraints: [{ maxSkew: 1, topologyKey: ZONE, whenUnsatisfiable: 'DoNotSchedule', labelSelector: { matchLabels: { app } } }] }),
  },
];

function pod(mix: Mix, index: number): KubeObject {
  const app = 'sched';
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: `sched-${String(index).padStart(5, '0')}`, namespace: NAMESPACE, labels: mix.labels(app) },
    spec: {
      ...mix.spec(app),
      containers: [{ name: 'sleep', image: 'busybox', imagePullPolicy: 'IfNotPresent', command: ['sleep', '3600'], resources: { requests: { cpu: '100m', memory: '128Mi' } } }],
    },
  };
}

function runMix(mix: Mix, opts: SchedulerBenchOptions): Figure {
  const { cluster, timer, heap } = bootScaleCluster(opts.nodes);
  const client = cluster.client();
  for (const node of client.list('/nodes')) {
    const zone = `zone-${Number(node.metadata.name!.slice(-3)) % ZONES}`;
    client.patch('/nodes', undefined, node.metadata.name!, 'merge', { metadata: { labels: { [ZONE]: zone } } });
  }
  const pods = mix.onePerNode ? opts.nodes : opts.pods;
  const bound = new Set<string>();
  client.watch('/pods', (e) => {
    if ((e.object.spec as { nodeName?: string } | undefined)?.nodeName) bound.add(e.object.metadata.name!);
  }, NAMESPACE);
  for (let i = 0; i < pods; i++) client.create('/pods', pod(mix, i));
  const startMs = timer.ms.scheduling;
  runUntil(cluster, heap, () => bound.size >= pods, () => `${mix.name}: only ${bound.size}/${pods} pods bound`);
  const perSecond = pods / ((timer.ms.scheduling - startMs) / 1_000);
  return {
    figure: `scheduler throughput, ${mix.name} (${pods.toLocaleString('en-US')} pods, ${opts.nodes} nodes)`,
    goalText: `≥ ${mix.goal.toLocaleString('en-US')} pods/s`,
    text: `${perSecond.toFixed(0)} pods/s`,
    ratio: mix.goal / perSecond,
  };
}

export function runSchedulerBench(opts: SchedulerBenchOptions): Figure[] {
  return MIXES.map((mix) => runMix(mix, opts));
}
