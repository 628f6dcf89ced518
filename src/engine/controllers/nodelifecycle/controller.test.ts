import type { Node, Pod } from 'kubernetes-types/core/v1';
import { describe, expect, it } from 'vitest';
import { parseTime } from '../../base/time.ts';
import { courseProfile } from '../../profiles/course/index.ts';
import { Cluster } from '../../sim/cluster.ts';

const WORKER = 'k8s-worker-1';

function nodeOf(c: Cluster): Node {
  return c.client().get('/nodes', undefined, WORKER) as unknown as Node;
}

function readyOf(c: Cluster): string | undefined {
  return nodeOf(c).status?.conditions?.find((x) => x.type === 'Ready')?.status;
}

function taintsOf(c: Cluster): string[] {
  return (nodeOf(c).spec?.taints ?? []).map((t) => `${t.key}:${t.effect}`);
}

function podsOn(c: Cluster, node: string): Pod[] {
  return c.client().list('/pods', 'default').map((p) => p as unknown as Pod).filter((p) => p.spec?.nodeName === node);
}

function withDeployment(): Cluster {
  const c = new Cluster({ seed: 7, profile: courseProfile });
  c.client().create('apps/deployments', {
    apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web', namespace: 'default' },
    spec: { replicas: 6, selector: { matchLabels: { app: 'web' } }, template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'nginx', image: 'nginx' }] } } },
  });
  c.advance(20_000);
  return c;
}

describe('node lifecycle controller', () => {
  it('marks a node whose kubelet stopped Unknown after the grace period, taints it, and marks its pods not Ready', () => {
    const c = withDeployment();
    const stoppedMs = c.nowMs;
    c.kubelets.stopKubelet(WORKER);
    c.advance(35_000);
    expect(readyOf(c)).toBe('True');
    c.advance(30_000);
    expect(readyOf(c)).toBe('Unknown');
    const ready = nodeOf(c).status!.conditions!.find((x) => x.type === 'Ready')!;
    expect(ready.reason).toBe('NodeStatusUnknown');
    expect(ready.message).toBe('Kubelet stopped posting node status.');
    const notReadyMs = parseTime(ready.lastTransitionTime)!;
    expect(notReadyMs - stoppedMs).toBeGreaterThanOrEqual(40_000);
    expect(notReadyMs - stoppedMs).toBeLessThanOrEqual(60_000);
    expect(taintsOf(c)).toEqual(['node.kubernetes.io/unreachable:NoSchedule', 'node.kubernetes.io/unreachable:NoExecute']);
    for (const pod of podsOn(c, WORKER)) {
      expect(pod.status?.conditions?.find((x) => x.type === 'Ready')?.status).toBe('False');
    }
  });

  it('evicts the pods 300 s after the NoExecute taint; their controller replaces them elsewhere; the node recovers', () => {
    const c = withDeployment();
    const before = podsOn(c, WORKER).map((p) => p.metadata!.name);
    expect(before.length).toBeGreaterThan(0);
    c.kubelets.stopKubelet(WORKER);
    c.advance(60_000);
    const taintMs = parseTime(nodeOf(c).spec!.taints!.find((t) => t.effect === 'NoExecute')!.timeAdded)!;
    c.advance(taintMs + 299_000 - c.nowMs);
    expect(podsOn(c, WORKER).every((p) => !p.metadata!.deletionTimestamp)).toBe(true);
    c.advance(2_000);
    const terminating = podsOn(c, WORKER);
    expect(terminating.every((p) => p.metadata!.deletionTimestamp)).toBe(true);
    expect(terminating[0]!.status!.conditions!.find((x) => x.type === 'DisruptionTarget')?.reason).toBe('DeletionByTaintManager');
    c.advance(20_000);
    const running = c.client().list('/pods', 'default').filter((p) => !p.metadata.deletionTimestamp);
    expect(running).toHaveLength(6);
    c.kubelets.startKubelet(WORKER);
    c.advance(10_000);
    expect(readyOf(c)).toBe('True');
    expect(taintsOf(c)).toEqual([]);
    expect(podsOn(c, WORKER)).toEqual([]);
  });

  it('taints a cordoned node unschedulable, and untaints it when uncordoned', () => {
    const c = new Cluster({ seed: 3, profile: courseProfile });
    c.client().server.patch(c.client().info('/nodes'), undefined, WORKER, 'merge', { spec: { unschedulable: true } });
    c.advance(1_000);
    expect(taintsOf(c)).toEqual(['node.kubernetes.io/unschedulable:NoSchedule']);
    c.client().server.patch(c.client().info('/nodes'), undefined, WORKER, 'merge', { spec: { unschedulable: null } });
    c.advance(1_000);
    expect(taintsOf(c)).toEqual([]);
  });
});
