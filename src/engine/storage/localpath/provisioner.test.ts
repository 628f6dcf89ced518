import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import type { KubeObject } from '../../api/types.ts';
import type { ResourceName } from '../../client/client.ts';
import { courseProfile } from '../../profiles/course/index.ts';
import { Cluster } from '../../sim/cluster.ts';
import { LOCAL_PATH_STORAGE_MANIFEST } from './manifest.ts';

const RESOURCES: Readonly<Record<string, ResourceName>> = {
  Namespace: '/namespaces', ServiceAccount: '/serviceaccounts', Role: 'rbac.authorization.k8s.io/roles',
  ClusterRole: 'rbac.authorization.k8s.io/clusterroles', RoleBinding: 'rbac.authorization.k8s.io/rolebindings',
  ClusterRoleBinding: 'rbac.authorization.k8s.io/clusterrolebindings', Deployment: 'apps/deployments',
  StorageClass: 'storage.k8s.io/storageclasses', ConfigMap: '/configmaps',
};

function install(c: Cluster): void {
  for (const doc of parseAllDocuments(LOCAL_PATH_STORAGE_MANIFEST)) {
    const obj = doc.toJS() as KubeObject;
    c.client().create(RESOURCES[obj.kind!]!, obj);
  }
  c.runUntilIdle(60_000);
}

const claim: KubeObject = {
  apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: { name: 'data', namespace: 'default' },
  spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '128Mi' } }, storageClassName: 'local-path' },
};

const consumer: KubeObject = {
  apiVersion: 'v1', kind: 'Pod', metadata: { name: 'consumer', namespace: 'default' },
  spec: {
    containers: [{ name: 'c', image: 'busybox', command: ['sleep', '3600'], volumeMounts: [{ name: 'v', mountPath: '/data' }] }],
    volumes: [{ name: 'v', persistentVolumeClaim: { claimName: 'data' } }],
  },
};

describe('local-path provisioner', () => {
  it('provisions on the consumer\'s node after it is scheduled, and deletes the volume and its directory after the claim', () => {
    const c = new Cluster({ seed: 5, profile: courseProfile });
    install(c);
    c.client().create('/persistentvolumeclaims', claim);
    c.runUntilIdle(20_000);
    expect(c.client().list('/persistentvolumes')).toEqual([]);
    c.client().create('/pods', consumer);
    c.runUntilIdle(20_000);
    const pvc = c.client().get('/persistentvolumeclaims', 'default', 'data')!;
    const node = pvc.metadata.annotations!['volume.kubernetes.io/selected-node']!;
    expect((c.client().get('/pods', 'default', 'consumer')!.spec as { nodeName: string }).nodeName).toBe(node);
    const pv = c.client().get('/persistentvolumes', undefined, `pvc-${pvc.metadata.uid}`)!;
    const path = `/opt/local-path-provisioner/pvc-${pvc.metadata.uid}_default_data`;
    expect(pv.spec).toMatchObject({ hostPath: { path, type: 'DirectoryOrCreate' }, persistentVolumeReclaimPolicy: 'Delete', storageClassName: 'local-path' });
    expect((pvc.status as { phase: string }).phase).toBe('Bound');
    expect(c.kubelets.kubelet(node)!.runtime.hostPaths[path]).toBeDefined();
    c.client().delete('/pods', 'default', 'consumer', { gracePeriodSeconds: 0 });
    c.client().delete('/persistentvolumeclaims', 'default', 'data');
    c.runUntilIdle(20_000);
    expect(c.client().list('/persistentvolumes')).toEqual([]);
    expect(c.kubelets.kubelet(node)!.runtime.hostPaths[path]).toBeUndefined();
  });
});
