import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../../api/types.ts';
import { emptyProfile } from '../../../profiles/empty/index.ts';
import { Cluster } from '../../../sim/cluster.ts';

const pv = (name: string, storage: string, extra: Record<string, unknown> = {}): KubeObject => ({
  apiVersion: 'v1', kind: 'PersistentVolume', metadata: { name },
  spec: { capacity: { storage }, accessModes: ['ReadWriteOnce'], hostPath: { path: `/mnt/${name}` }, storageClassName: 'manual', ...extra },
});

const pvc = (name: string, storage: string, extra: Record<string, unknown> = {}): KubeObject => ({
  apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: { name, namespace: 'default' },
  spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage } }, storageClassName: 'manual', ...extra },
});

function setup(): Cluster {
  return new Cluster({ seed: 3, profile: emptyProfile });
}

const phase = (obj: KubeObject | undefined): unknown => (obj?.status as { phase?: string } | undefined)?.phase;
const getPv = (c: Cluster, name: string): KubeObject | undefined => c.client().get('/persistentvolumes', undefined, name);
const getPvc = (c: Cluster, name: string): KubeObject | undefined => c.client().get('/persistentvolumeclaims', 'default', name);
const claimEvents = (c: Cluster, kind = 'PersistentVolumeClaim'): string[] => c.client().list('/events', 'default')
  .filter((e) => (e.involvedObject as { kind: string }).kind === kind)
  .map((e) => `${String(e.type)} ${String(e.reason)} ${String(e.message)}`);

describe('PersistentVolume controller', () => {
  it('binds a claim to the smallest Available volume that fits, both ways', () => {
    const c = setup();
    for (const v of [pv('big', '10Gi'), pv('small', '2Gi'), pv('tiny', '1Gi')]) c.client().create('/persistentvolumes', v);
    c.runUntilIdle(1_000);
    expect(phase(getPv(c, 'small'))).toBe('Available');
    c.client().create('/persistentvolumeclaims', pvc('data', '1500Mi'));
    c.runUntilIdle(1_000);
    const claim = getPvc(c, 'data')!;
    expect(phase(claim)).toBe('Bound');
    expect(claim.spec).toMatchObject({ volumeName: 'small' });
    expect(claim.status).toMatchObject({ capacity: { storage: '2Gi' }, accessModes: ['ReadWriteOnce'] });
    expect(claim.metadata.annotations).toEqual({ 'pv.kubernetes.io/bind-completed': 'yes', 'pv.kubernetes.io/bound-by-controller': 'yes' });
    expect(getPv(c, 'small')!.spec).toMatchObject({ claimRef: { name: 'data', namespace: 'default', uid: claim.metadata.uid } });
    expect(phase(getPv(c, 'small'))).toBe('Bound');
  });

  it('honours the selector, the class and the access modes', () => {
    const c = setup();
    c.client().create('/persistentvolumes', pv('fast', '5Gi', { accessModes: ['ReadWriteMany'] }));
    c.client().create('/persistentvolumes', { ...pv('labelled', '5Gi'), metadata: { name: 'labelled', labels: { tier: 'db' } } });
    c.client().create('/persistentvolumes', pv('other', '1Gi', { storageClassName: 'slow' }));
    c.client().create('/persistentvolumeclaims', pvc('db', '1Gi', { selector: { matchLabels: { tier: 'db' } } }));
    c.client().create('/persistentvolumeclaims', pvc('shared', '1Gi', { accessModes: ['ReadWriteMany'] }));
    c.runUntilIdle(1_000);
    expect(getPvc(c, 'db')!.spec).toMatchObject({ volumeName: 'labelled' });
    expect(getPvc(c, 'shared')!.spec).toMatchObject({ volumeName: 'fast' });
    expect(phase(getPv(c, 'other'))).toBe('Available');
  });

  it('leaves a claim without class or volume Pending, saying so every 15 s', () => {
    const c = setup();
    c.client().create('/persistentvolumeclaims', pvc('orphan', '1Gi', { storageClassName: '' }));
    c.runUntilIdle(31_000);
    expect(phase(getPvc(c, 'orphan'))).toBe('Pending');
    const event = c.client().list('/events', 'default').find((e) => e.reason === 'FailedBinding')!;
    expect(event.message).toBe('no persistent volumes available for this claim and no storage class is set');
    expect(event.count).toBe(3);
  });

  it('reports a class that does not exist', () => {
    const c = setup();
    c.client().create('/persistentvolumeclaims', pvc('data', '1Gi', { storageClassName: 'fast' }));
    c.runUntilIdle(1_000);
    expect(claimEvents(c)).toEqual(['Warning ProvisioningFailed storageclass.storage.k8s.io "fast" not found']);
  });

  it('waits for the first consumer of a WaitForFirstConsumer class, and hands others to their provisioner', () => {
    const c = setup();
    c.client().create('storage.k8s.io/storageclasses', { apiVersion: 'storage.k8s.io/v1', kind: 'StorageClass', metadata: { name: 'late' }, provisioner: 'example.com/disk', volumeBindingMode: 'WaitForFirstConsumer' });
    c.client().create('storage.k8s.io/storageclasses', { apiVersion: 'storage.k8s.io/v1', kind: 'StorageClass', metadata: { name: 'now' }, provisioner: 'example.com/disk' });
    c.client().create('/persistentvolumeclaims', pvc('late', '1Gi', { storageClassName: 'late' }));
    c.client().create('/persistentvolumeclaims', pvc('now', '1Gi', { storageClassName: 'now' }));
    c.runUntilIdle(1_000);
    expect(claimEvents(c).sort()).toEqual([
      "Normal ExternalProvisioning Waiting for a volume to be created either by the external provisioner 'example.com/disk' or manually by the system administrator. If volume creation is delayed, please verify that the provisioner is running and correctly registered.",
      'Normal WaitForFirstConsumer waiting for first consumer to be created before binding',
    ]);
    expect(getPvc(c, 'now')!.metadata.annotations).toMatchObject({ 'volume.kubernetes.io/storage-provisioner': 'example.com/disk' });
  });

  it('releases a Retain volume when its claim goes, and makes it Available once its claimRef is cleared', () => {
    const c = setup();
    c.client().create('/persistentvolumes', pv('keep', '1Gi'));
    c.client().create('/persistentvolumeclaims', pvc('data', '1Gi'));
    c.runUntilIdle(1_000);
    c.client().delete('/persistentvolumeclaims', 'default', 'data');
    c.runUntilIdle(1_000);
    expect(phase(getPv(c, 'keep'))).toBe('Released');
    c.client().patch('/persistentvolumes', undefined, 'keep', 'merge', { spec: { claimRef: null } });
    c.runUntilIdle(1_000);
    expect(phase(getPv(c, 'keep'))).toBe('Available');
  });

  it('fails to delete a hostPath volume outside /tmp, and deletes one under it', () => {
    const c = setup();
    c.client().create('/persistentvolumes', pv('mnt', '1Gi', { persistentVolumeReclaimPolicy: 'Delete' }));
    c.client().create('/persistentvolumes', pv('tmp', '1Gi', { persistentVolumeReclaimPolicy: 'Delete', hostPath: { path: '/tmp/data' }, storageClassName: 'scratch' }));
    c.client().create('/persistentvolumeclaims', pvc('a', '1Gi'));
    c.client().create('/persistentvolumeclaims', pvc('b', '1Gi', { storageClassName: 'scratch' }));
    c.runUntilIdle(1_000);
    c.client().delete('/persistentvolumeclaims', 'default', 'a');
    c.client().delete('/persistentvolumeclaims', 'default', 'b');
    c.runUntilIdle(1_000);
    expect(getPv(c, 'mnt')!.status).toMatchObject({ phase: 'Failed', message: 'host_path deleter only supports /tmp/.+ but received provided /mnt/mnt' });
    expect(claimEvents(c, 'PersistentVolume')).toEqual(['Warning VolumeFailedDelete host_path deleter only supports /tmp/.+ but received provided /mnt/mnt']);
    expect(getPv(c, 'tmp')).toBeUndefined();
  });
});
