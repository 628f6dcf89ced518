import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../api/types.ts';
import { clone } from '../base/json.ts';
import { createCluster, courseProfile, type Cluster } from '../index.ts';
import { Scheduler } from './scheduler.ts';

const TAINT = 'node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }';
const WORKERS = ['k8s-worker-1', 'k8s-worker-2', 'k8s-worker-3'];

/** The cluster runs its scheduler (`cluster.scheduler`) from the end of its boot. */
function setup(): { cluster: Cluster; sched: Scheduler } {
  const cluster = createCluster({ seed: 1, profile: courseProfile });
  return { cluster, sched: cluster.scheduler };
}

function createPod(cluster: Cluster, name: string, spec: Record<string, unknown> = {}, labels: Record<string, string> = {}): void {
  cluster.client().create('/pods', {
    apiVersion: 'v1', kind: 'Pod', metadata: { name, namespace: 'default', labels },
    spec: { containers: [{ name: 'c', image: 'nginx' }], ...spec },
  });
}

const podOf = (cluster: Cluster, name: string): KubeObject => cluster.client().get('/pods', 'default', name)!;
const nodeOf = (cluster: Cluster, name: string): string | undefined => (podOf(cluster, name).spec as { nodeName?: string }).nodeName;
const condition = (cluster: Cluster, name: string): Record<string, unknown> | undefined =>
  ((podOf(cluster, name).status as { conditions?: Array<Record<string, unknown>> }).conditions ?? []).find((c) => c.type === 'PodScheduled');

function events(cluster: Cluster, name: string): Array<{ type: string; reason: string; message: string; count: number; component: string }> {
  return cluster.client().list('/events', 'default')
    .filter((e) => (e.involvedObject as { name: string }).name === name)
    .map((e) => ({ type: e.type as string, reason: e.reason as string, message: e.message as string, count: e.count as number, component: (e.source as { component: string }).component }));
}

function updateNode(cluster: Cluster, name: string, change: (node: KubeObject) => void): void {
  const node = clone(cluster.client().get('/nodes', undefined, name)!);
  change(node);
  cluster.client().update('/nodes', node);
}

describe('scheduler on the course cluster', () => {
  it('places plain pods on the workers, never on the tainted control plane', () => {
    const { cluster } = setup();
    for (let i = 0; i < 9; i++) createPod(cluster, `web-${i}`);
    cluster.advance(100);
    const nodes = Array.from({ length: 9 }, (_, i) => nodeOf(cluster, `web-${i}`));
    for (const n of nodes) expect(WORKERS).toContain(n);
    expect(new Set(nodes).size).toBe(3);
    expect(events(cluster, 'web-0')).toEqual([
      { type: 'Normal', reason: 'Scheduled', message: `Successfully assigned default/web-0 to ${nodes[0]}`, count: 1, component: 'default-scheduler' },
    ]);
    expect(condition(cluster, 'web-0')).toMatchObject({ status: 'True' });
  });

  it('takes a few virtual milliseconds per pod', () => {
    const { cluster } = setup();
    createPod(cluster, 'a');
    createPod(cluster, 'b');
    cluster.advance(2);
    expect(nodeOf(cluster, 'a')).toBeUndefined();
    cluster.advance(1);
    expect(nodeOf(cluster, 'a')).toBeDefined();
    expect(nodeOf(cluster, 'b')).toBeUndefined();
    cluster.advance(3);
    expect(nodeOf(cluster, 'b')).toBeDefined();
  });

  it('lets a pod that tolerates the control-plane taint onto the control plane', () => {
    const { cluster } = setup();
    createPod(cluster, 'admin', {
      tolerations: [{ key: 'node-role.kubernetes.io/control-plane', operator: 'Exists', effect: 'NoSchedule' }],
      nodeSelector: { 'node-role.kubernetes.io/control-plane': '' },
    });
    cluster.advance(100);
    expect(nodeOf(cluster, 'admin')).toBe('k8s-master-1');
  });

  it('reports a nodeSelector no node matches, then schedules once a node gets the label', () => {
    const { cluster, sched } = setup();
    createPod(cluster, 'ssd', { nodeSelector: { disk: 'ssd' } });
    cluster.advance(100);
    const message = `0/4 nodes are available: 1 ${TAINT}, 3 node(s) didn't match Pod's node affinity/selector. ` +
      'preemption: 0/4 nodes are available: 4 Preemption is not helpful for scheduling.';
    expect(nodeOf(cluster, 'ssd')).toBeUndefined();
    expect(events(cluster, 'ssd')).toEqual([{ type: 'Warning', reason: 'FailedScheduling', message, count: 1, component: 'default-scheduler' }]);
    expect(condition(cluster, 'ssd')).toMatchObject({ status: 'False', reason: 'Unschedulable', message, lastProbeTime: null });
    const why = sched.explain('default', 'ssd')!;
    expect(why).toMatchObject({ outcome: 'Unschedulable', message, feasibleNodes: 0, evaluatedNodes: 4 });
    expect(why.nodes.map((n) => [n.node, n.rejectedBy])).toEqual([
      ['k8s-master-1', 'TaintToleration'], ['k8s-worker-1', 'NodeAffinity'], ['k8s-worker-2', 'NodeAffinity'], ['k8s-worker-3', 'NodeAffinity'],
    ]);
    expect(why.nodes[0]!.filters.filter((f) => f.result === 'Rejected').map((f) => f.plugin)).toEqual(['TaintToleration', 'NodeAffinity']);
    updateNode(cluster, 'k8s-worker-2', (n) => { n.metadata.labels = { ...n.metadata.labels, disk: 'ssd' }; });
    cluster.advance(2_000);
    expect(nodeOf(cluster, 'ssd')).toBe('k8s-worker-2');
    expect(events(cluster, 'ssd').map((e) => e.reason)).toEqual(['FailedScheduling', 'Scheduled']);
    expect(sched.explain('default', 'ssd')).toMatchObject({ outcome: 'Scheduled', nodeName: 'k8s-worker-2', attempt: 2, feasibleNodes: 1 });
  });

  it('spreads pods with required anti-affinity and explains the one that does not fit', () => {
    const { cluster } = setup();
    const antiAffinity = {
      affinity: { podAntiAffinity: { requiredDuringSchedulingIgnoredDuringExecution: [
        { labelSelector: { matchLabels: { app: 'cache' } }, topologyKey: 'kubernetes.io/hostname' },
      ] } },
    };
    for (let i = 0; i < 4; i++) createPod(cluster, `cache-${i}`, antiAffinity, { app: 'cache' });
    cluster.advance(100);
    expect([0, 1, 2].map((i) => nodeOf(cluster, `cache-${i}`)).sort()).toEqual(WORKERS);
    expect(nodeOf(cluster, 'cache-3')).toBeUndefined();
    expect(events(cluster, 'cache-3')[0]!.message).toBe(
      `0/4 nodes are available: 1 ${TAINT}, 3 node(s) didn't match pod anti-affinity rules. ` +
      'preemption: 0/4 nodes are available: 1 Preemption is not helpful for scheduling, 3 No preemption victims found for incoming pod.',
    );
    cluster.client().delete('/pods', 'default', 'cache-0', { gracePeriodSeconds: 0 });
    cluster.advance(2_000);
    expect(nodeOf(cluster, 'cache-3')).toBeDefined();
  });

  it('reports Insufficient cpu for a pod larger than any worker', () => {
    const { cluster } = setup();
    createPod(cluster, 'big', { containers: [{ name: 'c', image: 'nginx', resources: { requests: { cpu: '3' } } }] });
    cluster.advance(100);
    expect(events(cluster, 'big')[0]!.message).toBe(
      `0/4 nodes are available: 1 ${TAINT}, 3 Insufficient cpu. ` +
      'preemption: 0/4 nodes are available: 1 Preemption is not helpful for scheduling, 3 No preemption victims found for incoming pod.',
    );
  });

  it('skips cordoned nodes and schedules once one is uncordoned', () => {
    const { cluster } = setup();
    for (const w of WORKERS) updateNode(cluster, w, (n) => { n.spec = { ...(n.spec as object), unschedulable: true }; });
    createPod(cluster, 'web');
    cluster.advance(100);
    expect(events(cluster, 'web')[0]!.message).toBe(
      `0/4 nodes are available: 1 ${TAINT}, 3 node(s) were unschedulable. preemption: 0/4 nodes are available: 4 Preemption is not helpful for scheduling.`,
    );
    updateNode(cluster, 'k8s-worker-3', (n) => { n.spec = { ...(n.spec as object), unschedulable: false }; });
    cluster.advance(2_000);
    expect(nodeOf(cluster, 'web')).toBe('k8s-worker-3');
  });

  it('schedules a pending pod when the taint keeping it out is removed', () => {
    const { cluster } = setup();
    const dedicated = { key: 'dedicated', value: 'batch', effect: 'NoSchedule' };
    for (const w of WORKERS) updateNode(cluster, w, (n) => { n.spec = { ...(n.spec as object), taints: [dedicated] }; });
    createPod(cluster, 'web');
    cluster.advance(100);
    expect(events(cluster, 'web')[0]!.message).toBe(
      `0/4 nodes are available: 1 ${TAINT}, 3 node(s) had untolerated taint {dedicated: batch}. ` +
      'preemption: 0/4 nodes are available: 4 Preemption is not helpful for scheduling.',
    );
    updateNode(cluster, 'k8s-worker-1', (n) => { n.spec = { ...(n.spec as object), taints: [] }; });
    cluster.advance(2_000);
    expect(nodeOf(cluster, 'web')).toBe('k8s-worker-1');
  });

  it('writes the PodScheduled condition only when it changes, and counts repeated failures on one event', () => {
    const { cluster } = setup();
    createPod(cluster, 'ssd', { nodeSelector: { disk: 'ssd' } });
    cluster.advance(100);
    const first = podOf(cluster, 'ssd').metadata.resourceVersion;
    cluster.advance(6 * 60_000);
    expect(podOf(cluster, 'ssd').metadata.resourceVersion).toBe(first);
    expect(events(cluster, 'ssd')).toMatchObject([{ reason: 'FailedScheduling', count: 2 }]);
  });

  it('reports a missing claim from PreFilter', () => {
    const { cluster } = setup();
    createPod(cluster, 'db', { volumes: [{ name: 'data', persistentVolumeClaim: { claimName: 'data' } }] });
    cluster.advance(100);
    expect(events(cluster, 'db')[0]!.message).toBe(
      '0/4 nodes are available: persistentvolumeclaim "data" not found. preemption: 0/4 nodes are available: 4 Preemption is not helpful for scheduling.',
    );
  });

  it('leaves gated pods alone until their gates are removed', () => {
    const { cluster } = setup();
    createPod(cluster, 'gated', { schedulingGates: [{ name: 'example.com/wait' }] });
    cluster.advance(100);
    expect(nodeOf(cluster, 'gated')).toBeUndefined();
    expect(condition(cluster, 'gated')).toMatchObject({ status: 'False', reason: 'SchedulingGated' });
    expect(events(cluster, 'gated')).toEqual([]);
    const pod = clone(podOf(cluster, 'gated'));
    (pod.spec as { schedulingGates?: unknown[] }).schedulingGates = [];
    cluster.client().update('/pods', pod);
    cluster.advance(100);
    expect(WORKERS).toContain(nodeOf(cluster, 'gated'));
  });

  it('preempts a lower-priority pod for a higher-priority one and nominates its node', () => {
    const { cluster, sched } = setup();
    const client = cluster.client();
    client.create('scheduling.k8s.io/priorityclasses', { apiVersion: 'scheduling.k8s.io/v1', kind: 'PriorityClass', metadata: { name: 'high' }, value: 1000 });
    const cpu = (amount: string): Record<string, unknown> => ({ containers: [{ name: 'c', image: 'nginx', resources: { requests: { cpu: amount } } }] });
    for (let i = 0; i < 3; i++) createPod(cluster, `low-${i}`, cpu('1500m'));
    cluster.advance(100);
    const placed = new Map(['low-0', 'low-1', 'low-2'].map((n) => [nodeOf(cluster, n), n]));
    const disrupted: unknown[] = [];
    client.watch('/pods', (e) => {
      const conditions = (e.object.status as { conditions?: Array<{ type: string }> }).conditions ?? [];
      disrupted.push(...conditions.filter((c) => c.type === 'DisruptionTarget').map((c) => ({ pod: e.object.metadata.name, ...c })));
    });
    createPod(cluster, 'vip', { ...cpu('1'), priorityClassName: 'high' });
    cluster.advance(10);
    const nominated = (podOf(cluster, 'vip').status as { nominatedNodeName?: string }).nominatedNodeName;
    expect(WORKERS).toContain(nominated);
    const victim = placed.get(nominated)!;
    expect(events(cluster, 'vip')[0]!.message).toBe(`0/4 nodes are available: 1 ${TAINT}, 3 Insufficient cpu.`);
    expect(disrupted[0]).toMatchObject({
      pod: victim, type: 'DisruptionTarget', status: 'True', reason: 'PreemptionByScheduler',
      message: 'default-scheduler: preempting to accommodate a higher priority pod',
    });
    expect(events(cluster, victim).find((e) => e.reason === 'Preempted')?.message)
      .toBe(`Preempted by pod ${podOf(cluster, 'vip').metadata.uid} on node ${nominated}`);
    expect(sched.explain('default', 'vip')).toMatchObject({ outcome: 'Unschedulable', nominatedNodeName: nominated });
    if (client.get('/pods', 'default', victim)) client.delete('/pods', 'default', victim, { gracePeriodSeconds: 0 });
    cluster.advance(15_000);
    expect(nodeOf(cluster, 'vip')).toBe(nominated);
  });

  it('ignores pods for another scheduler', () => {
    const { cluster } = setup();
    createPod(cluster, 'custom', { schedulerName: 'my-scheduler' });
    cluster.advance(100);
    expect(nodeOf(cluster, 'custom')).toBeUndefined();
    expect(events(cluster, 'custom')).toEqual([]);
  });
});
