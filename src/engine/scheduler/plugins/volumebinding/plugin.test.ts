import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../../api/types.ts';
import { createCluster, emptyProfile } from '../../../index.ts';
import { nodeInfo, podInfo } from '../../testing.ts';
import type { VolumeBinder } from './binder.ts';
import { ERR_REASON_NODE_CONFLICT, ERR_REASON_UNBOUND_IMMEDIATE, VolumeBinding } from './plugin.ts';

function setup(binder: VolumeBinder): { plugin: VolumeBinding; create: (obj: KubeObject) => void } {
  const cluster = createCluster({ seed: 1, profile: emptyProfile });
  const client = cluster.client();
  return {
    plugin: new VolumeBinding(client, binder),
    create: (obj) => {
      client.create(obj.kind === 'StorageClass' ? 'storage.k8s.io/storageclasses' : '/persistentvolumeclaims', obj);
    },
  };
}

const claim = (name: string, storageClassName: string, volumeName?: string): KubeObject => ({
  apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: { name, namespace: 'default' },
  spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } }, storageClassName, ...(volumeName ? { volumeName } : {}) },
});

const storageClass = (name: string, volumeBindingMode: string): KubeObject => ({
  apiVersion: 'storage.k8s.io/v1', kind: 'StorageClass', metadata: { name }, provisioner: 'example.com/disk', volumeBindingMode,
});

const usingClaim = (claimName: string) => podInfo('p', undefined, { spec: { volumes: [{ name: 'data', persistentVolumeClaim: { claimName } }] } });

const none: VolumeBinder = { findPodVolumes: () => [], bindPodVolumes: () => undefined };

describe('VolumeBinding', () => {
  it('is skipped for pods without claims', () => {
    expect(setup(none).plugin.preFilter(podInfo('p'))).toEqual({ kind: 'skip' });
  });

  it('rejects a pod whose claim does not exist', () => {
    expect(setup(none).plugin.preFilter(usingClaim('data'))).toEqual({
      kind: 'reject', status: { code: 'UnschedulableAndUnresolvable', reasons: ['persistentvolumeclaim "data" not found'] },
    });
  });

  it('rejects an unbound claim of an Immediate class', () => {
    const { plugin, create } = setup(none);
    create(storageClass('fast', 'Immediate'));
    create(claim('data', 'fast'));
    expect(plugin.preFilter(usingClaim('data'))).toEqual({
      kind: 'reject', status: { code: 'UnschedulableAndUnresolvable', reasons: [ERR_REASON_UNBOUND_IMMEDIATE] },
    });
  });

  it('asks the binder about WaitForFirstConsumer claims on each node', () => {
    const seen: string[] = [];
    const binder: VolumeBinder = {
      findPodVolumes: (_pod, claims, node) => {
        seen.push(`${node.name}:${claims.unboundDelayBinding.map((c) => c.metadata.name).join()}`);
        return node.name === 'far' ? [ERR_REASON_NODE_CONFLICT] : [];
      },
      bindPodVolumes: () => undefined,
    };
    const { plugin, create } = setup(binder);
    create(storageClass('local', 'WaitForFirstConsumer'));
    create(claim('data', 'local'));
    const r = plugin.preFilter(usingClaim('data'));
    if (r.kind !== 'filter') throw new Error('expected a filter');
    expect(r.filter.filter(nodeInfo('near'))).toBeUndefined();
    expect(r.filter.filter(nodeInfo('far'))).toEqual({ code: 'UnschedulableAndUnresolvable', reasons: [ERR_REASON_NODE_CONFLICT] });
    expect(seen).toEqual(['near:data', 'far:data']);
  });
});
