import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../../api/types.ts';
import { clone } from '../../../base/json.ts';
import { courseProfile } from '../../../profiles/course/index.ts';
import { Cluster } from '../../../sim/cluster.ts';
import { EXTERNAL_EXPANDING, WAITING_FOR_EXTERNAL_RESIZER } from './controller.ts';

function boundClaim(): Cluster {
  const c = new Cluster({ seed: 5, profile: courseProfile });
  const client = c.client();
  client.create('storage.k8s.io/storageclasses', {
    apiVersion: 'storage.k8s.io/v1', kind: 'StorageClass', metadata: { name: 'manual' },
    provisioner: 'kubernetes.io/no-provisioner', allowVolumeExpansion: true,
  } as KubeObject);
  client.create('/persistentvolumes', {
    apiVersion: 'v1', kind: 'PersistentVolume', metadata: { name: 'pv1' },
    spec: { storageClassName: 'manual', capacity: { storage: '1Gi' }, accessModes: ['ReadWriteOnce'], hostPath: { path: '/mnt/data' } },
  });
  client.create('/persistentvolumeclaims', {
    apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: { name: 'data', namespace: 'default' },
    spec: { storageClassName: 'manual', accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } },
  });
  c.advance(5000);
  return c;
}

const claim = (c: Cluster): KubeObject => c.client().get('/persistentvolumeclaims', 'default', 'data')!;
const expandEvents = (c: Cluster): KubeObject[] => c.client().list('/events', 'default').filter((e) => e.reason === EXTERNAL_EXPANDING);

function resize(c: Cluster, storage: string): void {
  const next = clone(claim(c));
  (next.spec as { resources: { requests: Record<string, string> } }).resources.requests.storage = storage;
  c.client().update('/persistentvolumeclaims', next);
}

describe('volume expand controller', () => {
  it('leaves a grown claim to an external resizer: a Warning event, and the capacity stays', () => {
    const c = boundClaim();
    expect(claim(c).status).toMatchObject({ phase: 'Bound', capacity: { storage: '1Gi' } });
    resize(c, '2Gi');
    c.advance(1000);
    const events = expandEvents(c);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ type: 'Warning', message: WAITING_FOR_EXTERNAL_RESIZER, source: { component: 'volume_expand' } });
    expect(claim(c).status).toMatchObject({ capacity: { storage: '1Gi' } });
    expect(c.client().get('/persistentvolumes', undefined, 'pv1')!.spec).toMatchObject({ capacity: { storage: '1Gi' } });
  });

  it('says nothing for changes that do not grow the claim', () => {
    const c = boundClaim();
    const next = clone(claim(c));
    next.metadata.labels = { app: 'db' };
    c.client().update('/persistentvolumeclaims', next);
    c.advance(1000);
    expect(expandEvents(c)).toHaveLength(0);
  });
});
