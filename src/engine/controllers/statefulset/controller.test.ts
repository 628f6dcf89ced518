import { describe, expect, it } from 'vitest';
import type { StatefulSetStatus } from 'kubernetes-types/apps/v1';
import type { KubeObject } from '../../api/types.ts';
import { rfc3339 } from '../../base/time.ts';
import { emptyProfile } from '../../profiles/empty/index.ts';
import { Cluster } from '../../sim/cluster.ts';

const TEMPLATE = {
  metadata: { labels: { app: 'nginx' } },
  spec: { containers: [{ name: 'nginx', image: 'registry.k8s.io/nginx-slim:0.8' }] },
};

function statefulSet(spec: Record<string, unknown> = {}): KubeObject {
  return {
    apiVersion: 'apps/v1', kind: 'StatefulSet', metadata: { name: 'web', namespace: 'default' },
    spec: { replicas: 3, serviceName: 'nginx', selector: { matchLabels: { app: 'nginx' } }, template: TEMPLATE, ...spec },
  };
}

function setup(spec: Record<string, unknown> = {}): Cluster {
  const c = new Cluster({ seed: 11, profile: emptyProfile });
  c.client().create('apps/statefulsets', statefulSet(spec));
  c.runUntilIdle(1_000);
  return c;
}

const pod = (c: Cluster, name: string): KubeObject | undefined => c.client().get('/pods', 'default', name);
const live = (c: Cluster): string[] => c.client().list('/pods', 'default').filter((p) => !p.metadata.deletionTimestamp).map((p) => p.metadata.name!);
const set = (c: Cluster): KubeObject => c.client().get('apps/statefulsets', 'default', 'web')!;
const status = (c: Cluster): StatefulSetStatus => set(c).status as StatefulSetStatus;
const events = (c: Cluster): string[] => c.client().list('/events', 'default')
  .filter((e) => (e.involvedObject as { kind: string }).kind === 'StatefulSet')
  .sort((a, b) => String(a.firstTimestamp).localeCompare(String(b.firstTimestamp)) || String(a.metadata.name).localeCompare(String(b.metadata.name)))
  .map((e) => `${String(e.reason)} ${String(e.message)}`);

/** What the scheduler and the kubelet would do: bind the pod and report it Running and Ready since `sinceMs`. */
function runReady(c: Cluster, name: string, sinceMs = c.nowMs): void {
  const client = c.client();
  if (!(pod(c, name)!.spec as { nodeName?: string }).nodeName) client.bind('default', name, 'node-1');
  client.updateStatus('/pods', {
    ...pod(c, name)!,
    status: { phase: 'Running', conditions: [{ type: 'Ready', status: 'True', lastTransitionTime: rfc3339(sinceMs) }] },
  });
  c.runUntilIdle(1_000);
}

/** The kubelet finishing a graceful deletion. */
function finishDeletion(c: Cluster, name: string): void {
  c.client().delete('/pods', 'default', name, { gracePeriodSeconds: 0 });
  c.runUntilIdle(1_000);
}

describe('StatefulSet controller: OrderedReady', () => {
  it('creates web-0 only, with its identity, and waits for it to be Running and Ready', () => {
    const c = setup();
    expect(live(c)).toEqual(['web-0']);
    const p = pod(c, 'web-0')!;
    expect(p.metadata.generateName).toBe('web-');
    expect(p.metadata.labels).toEqual({
      app: 'nginx', 'apps.kubernetes.io/pod-index': '0', 'controller-revision-hash': status(c).updateRevision,
      'statefulset.kubernetes.io/pod-name': 'web-0',
    });
    expect(p.spec).toMatchObject({ hostname: 'web-0', subdomain: 'nginx' });
    expect(p.metadata.ownerReferences).toEqual([{ apiVersion: 'apps/v1', kind: 'StatefulSet', name: 'web', uid: set(c).metadata.uid, controller: true, blockOwnerDeletion: true }]);
    runReady(c, 'web-0');
    expect(live(c)).toEqual(['web-0', 'web-1']);
    runReady(c, 'web-1');
    runReady(c, 'web-2');
    expect(events(c)).toEqual([0, 1, 2].map((i) => `SuccessfulCreate create Pod web-${i} in StatefulSet web successful`));
  });

  it('writes the revision and the counts to status', () => {
    const c = setup({ replicas: 2 });
    runReady(c, 'web-0');
    runReady(c, 'web-1');
    const revisions = c.client().list('apps/controllerrevisions', 'default');
    expect(revisions.map((r) => [r.metadata.name, r.revision])).toEqual([[status(c).currentRevision, 1]]);
    expect(revisions[0]!.metadata.labels).toEqual({ app: 'nginx', 'controller-revision-hash': String(revisions[0]!.metadata.name).slice(4) });
    expect(set(c).status).toEqual({
      observedGeneration: 1, replicas: 2, readyReplicas: 2, currentReplicas: 2, updatedReplicas: 2,
      currentRevision: revisions[0]!.metadata.name, updateRevision: revisions[0]!.metadata.name, collisionCount: 0, availableReplicas: 2,
    });
  });

  it('creates the next pod only once the previous one has been ready for minReadySeconds', () => {
    const c = setup({ minReadySeconds: 10 });
    runReady(c, 'web-0');
    expect(live(c)).toEqual(['web-0']);
    c.advance(9_000);
    expect(live(c)).toEqual(['web-0']);
    c.advance(1_100);
    expect(live(c)).toEqual(['web-0', 'web-1']);
    expect(set(c).status).toMatchObject({ readyReplicas: 1, availableReplicas: 1 });
  });

  it('scales down from the highest ordinal, one pod at a time', () => {
    const c = setup();
    for (const i of [0, 1, 2]) runReady(c, `web-${i}`);
    c.client().patch('apps/statefulsets', 'default', 'web', 'merge', { spec: { replicas: 1 } });
    c.runUntilIdle(1_000);
    expect(live(c)).toEqual(['web-0', 'web-1']);
    expect(pod(c, 'web-2')!.metadata.deletionTimestamp).toBeDefined();
    finishDeletion(c, 'web-2');
    expect(live(c)).toEqual(['web-0']);
    finishDeletion(c, 'web-1');
    expect(events(c).slice(3)).toEqual(['SuccessfulDelete delete Pod web-2 in StatefulSet web successful', 'SuccessfulDelete delete Pod web-1 in StatefulSet web successful']);
  });

  it('recreates a deleted pod with the same name, and replaces a failed one', () => {
    const c = setup({ replicas: 1 });
    runReady(c, 'web-0');
    const first = pod(c, 'web-0')!.metadata.uid;
    finishDeletion(c, 'web-0');
    expect(live(c)).toEqual(['web-0']);
    expect(pod(c, 'web-0')!.metadata.uid).not.toBe(first);
    runReady(c, 'web-0');
    c.client().updateStatus('/pods', { ...pod(c, 'web-0')!, status: { phase: 'Failed' } });
    c.runUntilIdle(1_000);
    expect(events(c).at(-1)).toBe('SuccessfulDelete delete Pod web-0 in StatefulSet web successful');
    finishDeletion(c, 'web-0');
    expect(live(c)).toEqual(['web-0']);
  });
});

describe('StatefulSet controller: ordinals', () => {
  it('numbers the pods from spec.ordinals.start', () => {
    const c = setup({ replicas: 2, ordinals: { start: 5 } });
    runReady(c, 'web-5');
    expect(live(c)).toEqual(['web-5', 'web-6']);
    expect(pod(c, 'web-6')!.metadata.labels!['apps.kubernetes.io/pod-index']).toBe('6');
  });
});

describe('StatefulSet controller: Parallel', () => {
  it('creates and deletes every pod at once', () => {
    const c = setup({ podManagementPolicy: 'Parallel' });
    expect(live(c)).toEqual(['web-0', 'web-1', 'web-2']);
    c.client().patch('apps/statefulsets', 'default', 'web', 'merge', { spec: { replicas: 0 } });
    c.runUntilIdle(1_000);
    expect(live(c)).toEqual([]);
  });
});

describe('StatefulSet controller: volumeClaimTemplates', () => {
  const claims = { volumeClaimTemplates: [{ metadata: { name: 'www', labels: { tier: 'data' } }, spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } } }] };

  it('creates the claim before the pod and mounts it', () => {
    const c = setup({ replicas: 1, ...claims });
    const pvc = c.client().get('/persistentvolumeclaims', 'default', 'www-web-0')!;
    expect(pvc.metadata.labels).toEqual({ app: 'nginx', tier: 'data' });
    expect(pvc.metadata.ownerReferences).toBeUndefined();
    expect((pod(c, 'web-0')!.spec as { volumes: unknown[] }).volumes[0]).toEqual({ name: 'www', persistentVolumeClaim: { claimName: 'www-web-0' } });
    expect(events(c)).toEqual([
      'SuccessfulCreate create Claim www-web-0 Pod web-0 in StatefulSet web success',
      'SuccessfulCreate create Pod web-0 in StatefulSet web successful',
    ]);
  });

  it('lets the set own the claims when whenDeleted is Delete', () => {
    const c = setup({ replicas: 1, ...claims, persistentVolumeClaimRetentionPolicy: { whenDeleted: 'Delete', whenScaled: 'Retain' } });
    const pvc = c.client().get('/persistentvolumeclaims', 'default', 'www-web-0')!;
    expect(pvc.metadata.ownerReferences).toEqual([{ apiVersion: 'apps/v1', kind: 'StatefulSet', name: 'web', uid: set(c).metadata.uid }]);
  });
});

describe('StatefulSet controller: updates', () => {
  const newImage = { spec: { template: { spec: { containers: [{ name: 'nginx', image: 'registry.k8s.io/nginx-slim:0.24' }] } } } };

  it('rolls from the highest ordinal down, respecting the partition', () => {
    const c = setup({ updateStrategy: { type: 'RollingUpdate', rollingUpdate: { partition: 1 } } });
    for (const i of [0, 1, 2]) runReady(c, `web-${i}`);
    const oldRevision = status(c).currentRevision;
    c.client().patch('apps/statefulsets', 'default', 'web', 'merge', newImage);
    c.runUntilIdle(1_000);
    const newRevision = status(c).updateRevision;
    expect(newRevision).not.toBe(oldRevision);
    expect(pod(c, 'web-2')!.metadata.deletionTimestamp).toBeDefined();
    finishDeletion(c, 'web-2');
    expect(pod(c, 'web-2')!.metadata.labels!['controller-revision-hash']).toBe(newRevision);
    runReady(c, 'web-2');
    finishDeletion(c, 'web-1');
    runReady(c, 'web-1');
    expect(pod(c, 'web-0')!.metadata.deletionTimestamp).toBeUndefined();
    expect(pod(c, 'web-0')!.metadata.labels!['controller-revision-hash']).toBe(oldRevision);
    expect(set(c).status).toMatchObject({ currentRevision: oldRevision, updateRevision: newRevision, currentReplicas: 1, updatedReplicas: 2 });
    expect(c.client().list('apps/controllerrevisions', 'default').map((r) => r.revision).sort()).toEqual([1, 2]);
  });

  it('with OnDelete, only recreates deleted pods at the update revision', () => {
    const c = setup({ replicas: 2, updateStrategy: { type: 'OnDelete' } });
    runReady(c, 'web-0');
    runReady(c, 'web-1');
    c.client().patch('apps/statefulsets', 'default', 'web', 'merge', newImage);
    c.runUntilIdle(1_000);
    expect(live(c)).toEqual(['web-0', 'web-1']);
    finishDeletion(c, 'web-0');
    expect(pod(c, 'web-0')!.metadata.labels!['controller-revision-hash']).toBe(status(c).updateRevision);
  });

  it('rolls back to an equal older revision by renumbering it, and keeps revisionHistoryLimit old ones', () => {
    const c = setup({ replicas: 0, revisionHistoryLimit: 1 });
    const images = ['0.24', '0.8', '0.20', '0.22'];
    for (const tag of images) {
      c.client().patch('apps/statefulsets', 'default', 'web', 'merge', { spec: { template: { spec: { containers: [{ name: 'nginx', image: `registry.k8s.io/nginx-slim:${tag}` }] } } } });
      c.runUntilIdle(1_000);
    }
    const revisions = c.client().list('apps/controllerrevisions', 'default').map((r) => r.revision).sort();
    expect(revisions).toEqual([4, 5]);
  });
});
