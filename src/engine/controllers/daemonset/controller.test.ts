import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../api/types.ts';
import type { ResourceName } from '../../client/client.ts';
import { courseProfile } from '../../profiles/course/index.ts';
import { Cluster } from '../../sim/cluster.ts';
import { isPodReady } from '../common/pod-utils.ts';

const WORKERS = ['k8s-worker-1', 'k8s-worker-2', 'k8s-worker-3'];

function filebeat(spec: Record<string, unknown> = {}): KubeObject {
  return {
    apiVersion: 'apps/v1', kind: 'DaemonSet', metadata: { name: 'filebeat', namespace: 'default', labels: { agent: 'filebeat' } },
    spec: {
      selector: { matchLabels: { agent: 'filebeat' } },
      template: { metadata: { labels: { agent: 'filebeat' } }, spec: { containers: [{ name: 'filebeat', image: 'docker.elastic.co/beats/filebeat:8.4.3' }] } },
      ...spec,
    },
  };
}

function setup(spec: Record<string, unknown> = {}): Cluster {
  const c = new Cluster({ seed: 36, profile: courseProfile });
  c.client().create('apps/daemonsets', filebeat(spec));
  c.runUntilIdle(60_000);
  return c;
}

const pods = (c: Cluster): KubeObject[] => c.client().list('/pods', 'default');
const nodeOf = (p: KubeObject): string => (p.spec as { nodeName?: string }).nodeName ?? '';
const ds = (c: Cluster): KubeObject => c.client().get('apps/daemonsets', 'default', 'filebeat')!;
const events = (c: Cluster): string[] => c.client().list('/events', 'default')
  .filter((e) => (e.involvedObject as { kind: string }).kind === 'DaemonSet').map((e) => `${String(e.reason)} ${String(e.message)}`);

describe('DaemonSet controller', () => {
  it('runs one pod per worker, none on the tainted control plane, bound by the scheduler through node affinity', () => {
    const c = setup();
    const created = pods(c);
    expect(created.map(nodeOf).sort()).toEqual(WORKERS);
    const revision = c.client().list('apps/controllerrevisions', 'default')[0]!;
    const hash = revision.metadata.labels!['controller-revision-hash'];
    expect(revision.metadata.name).toBe(`filebeat-${hash}`);
    for (const p of created) {
      expect(p.metadata.name).toMatch(/^filebeat-[bcdfghjklmnpqrstvwxz2456789]{5}$/);
      expect(p.metadata.labels).toEqual({ agent: 'filebeat', 'controller-revision-hash': hash, 'pod-template-generation': '1' });
      const terms = (p.spec as { affinity: { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: unknown[] } } } })
        .affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms;
      expect(terms).toEqual([{ matchFields: [{ key: 'metadata.name', operator: 'In', values: [nodeOf(p)] }] }]);
    }
    expect(events(c).sort()).toEqual(created.map((p) => `SuccessfulCreate Created pod: ${p.metadata.name}`).sort());
    expect(ds(c).status).toEqual({
      currentNumberScheduled: 3, desiredNumberScheduled: 3, numberMisscheduled: 0, numberReady: 3, numberAvailable: 3,
      observedGeneration: 1, updatedNumberScheduled: 3,
    });
  });

  it('replaces a deleted pod on the same node', () => {
    const c = setup();
    const victim = pods(c).find((p) => nodeOf(p) === 'k8s-worker-2')!;
    c.client().delete('/pods', 'default', victim.metadata.name!);
    c.runUntilIdle(60_000);
    const onWorker2 = pods(c).filter((p) => nodeOf(p) === 'k8s-worker-2');
    expect(onWorker2).toHaveLength(1);
    expect(onWorker2[0]!.metadata.name).not.toBe(victim.metadata.name);
  });

  it('follows node labels: a node that stops matching the nodeSelector loses its pod', () => {
    const c = setup({ template: { ...(filebeat().spec as { template: Record<string, unknown> }).template, spec: { nodeSelector: { logs: 'yes' }, containers: [{ name: 'filebeat', image: 'docker.elastic.co/beats/filebeat:8.4.3' }] } } });
    expect(pods(c)).toHaveLength(0);
    c.client().patch('/nodes', undefined, 'k8s-worker-1', 'merge', { metadata: { labels: { logs: 'yes' } } });
    c.runUntilIdle(60_000);
    expect(pods(c).map(nodeOf)).toEqual(['k8s-worker-1']);
    c.client().patch('/nodes', undefined, 'k8s-worker-1', 'merge', { metadata: { labels: { logs: null } } });
    c.runUntilIdle(60_000);
    expect(pods(c)).toHaveLength(0);
  });

  it('places a pod on a node that joins later once its kubelet reports Ready (the not-ready taint goes)', () => {
    const c = setup();
    c.client().create('/nodes', { apiVersion: 'v1', kind: 'Node', metadata: { name: 'k8s-worker-4', labels: { 'kubernetes.io/hostname': 'k8s-worker-4' } } });
    c.runUntilIdle(30_000);
    const pinned = pods(c).filter((p) => JSON.stringify((p.spec as { affinity?: unknown }).affinity).includes('"k8s-worker-4"'));
    expect(pinned).toHaveLength(1);
    expect(ds(c).status).toMatchObject({ desiredNumberScheduled: 4, currentNumberScheduled: 4 });
  });

  it('counts a pod left on a node that no longer accepts it (a NoSchedule taint) as misscheduled', () => {
    const c = setup();
    c.client().patch('/nodes', undefined, 'k8s-worker-1', 'merge', { spec: { taints: [{ key: 'maintenance', effect: 'NoSchedule' }] } });
    c.runUntilIdle(1_000);
    expect(pods(c).map(nodeOf).sort()).toEqual(WORKERS);
    expect(ds(c).status).toMatchObject({ desiredNumberScheduled: 2, currentNumberScheduled: 2, numberMisscheduled: 1 });
  });

  it('deletes a failed pod with a FailedDaemonPod warning and creates a new one', () => {
    const c = setup();
    const victim = pods(c).find((p) => nodeOf(p) === 'k8s-worker-3')!;
    c.client().updateStatus('/pods', { ...victim, status: { ...(victim.status as object), phase: 'Failed' } });
    c.runUntilIdle(60_000);
    expect(events(c)).toContain(`FailedDaemonPod Found failed daemon pod default/${victim.metadata.name} on node k8s-worker-3, will try to kill it`);
    const onWorker3 = pods(c).filter((p) => nodeOf(p) === 'k8s-worker-3' && !p.metadata.deletionTimestamp);
    expect(onWorker3.map((p) => p.metadata.name)).not.toContain(victim.metadata.name);
    expect(onWorker3).toHaveLength(1);
  });

  it('rolls a template change one node at a time, with a new revision and template generation', () => {
    const c = setup();
    const before = new Set(pods(c).map((p) => p.metadata.name));
    c.client().patch('apps/daemonsets', 'default', 'filebeat', 'merge', { spec: { template: { metadata: { labels: { agent: 'filebeat', v: '2' } } } } });
    let fewestReady = 3;
    for (let t = 0; t < 150; t++) {
      c.advance(200);
      const ready = pods(c).filter((p) => !p.metadata.deletionTimestamp && isPodReady(p)).length;
      fewestReady = Math.min(fewestReady, ready);
    }
    expect(fewestReady).toBe(2);
    const after = pods(c);
    expect(after.every((p) => !before.has(p.metadata.name) && p.metadata.labels!['pod-template-generation'] === '2')).toBe(true);
    expect(c.client().list('apps/controllerrevisions', 'default').map((r) => r.revision).sort()).toEqual([1, 2]);
    expect(ds(c).status).toMatchObject({ updatedNumberScheduled: 3, numberAvailable: 3, observedGeneration: 2 });
  });

  it('with maxSurge, starts each new pod before deleting the old one', () => {
    const c = setup({ updateStrategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 0, maxSurge: 1 } } });
    c.client().patch('apps/daemonsets', 'default', 'filebeat', 'merge', { spec: { template: { metadata: { labels: { agent: 'filebeat', v: '2' } } } } });
    let fewestReady = 3;
    let most = 3;
    for (let t = 0; t < 300; t++) {
      c.advance(200);
      const live = pods(c).filter((p) => !p.metadata.deletionTimestamp);
      fewestReady = Math.min(fewestReady, live.filter(isPodReady).length);
      most = Math.max(most, live.length);
    }
    expect([fewestReady, most]).toEqual([3, 4]);
    expect(pods(c).every((p) => p.metadata.labels!.v === '2')).toBe(true);
  });

  it('with OnDelete, leaves old pods alone', () => {
    const c = setup({ updateStrategy: { type: 'OnDelete' } });
    const before = pods(c).map((p) => p.metadata.name).sort();
    c.client().patch('apps/daemonsets', 'default', 'filebeat', 'merge', { spec: { template: { metadata: { labels: { agent: 'filebeat', v: '2' } } } } });
    c.runUntilIdle(60_000);
    expect(pods(c).map((p) => p.metadata.name).sort()).toEqual(before);
    expect(ds(c).status).toMatchObject({ currentNumberScheduled: 3, observedGeneration: 2 });
    expect((ds(c).status as { updatedNumberScheduled?: number }).updatedNumberScheduled).toBeUndefined();
  });
});

describe('the course cluster at rest', () => {
  const OWNED: readonly ResourceName[] = ['/pods', 'apps/daemonsets', 'apps/controllerrevisions'];

  it('keeps calico-node and kube-proxy as the profile wrote them (pods, revisions, status)', () => {
    const c = new Cluster({ seed: 2, profile: courseProfile });
    const snapshot = (): string[] => OWNED.flatMap((r) => c.client().list(r, 'kube-system')
      .map((o) => `${o.kind}/${o.metadata.name} ${o.metadata.uid} ${o.kind === 'Pod' ? '' : o.metadata.resourceVersion}`));
    const before = snapshot();
    c.runUntilIdle(3 * 60_000);
    expect(snapshot()).toEqual(before);
    for (const name of ['calico-node', 'kube-proxy']) {
      expect(c.client().get('apps/daemonsets', 'kube-system', name)!.status).toMatchObject({ desiredNumberScheduled: 4, numberReady: 4, updatedNumberScheduled: 4 });
    }
  });
});
