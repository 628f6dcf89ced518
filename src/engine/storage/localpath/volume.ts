// The PersistentVolume local-path-provisioner v0.0.30 creates for a claim: named pvc-<claim uid>, a
// hostPath directory <root>/pvc-<uid>_<namespace>_<name> (DirectoryOrCreate) pinned to its node by
// node affinity, the class's reclaim policy, the claim's size and access modes, pre-bound to the claim.

import type { PersistentVolumeClaimSpec } from 'kubernetes-types/core/v1';
import type { KubeObject } from '../../api/types.ts';
import { ANN_DYNAMICALLY_PROVISIONED } from '../../controllers/volume/persistentvolume/util.ts';

export const LOCAL_PATH_ROOT = '/opt/local-path-provisioner';
const ANN_LOCAL_PATH_NODE = 'local.path.provisioner/selected-node';

export function localPathVolume(pvc: KubeObject, sc: KubeObject, node: string, hostname: string): KubeObject {
  const spec = pvc.spec as PersistentVolumeClaimSpec;
  const { uid, namespace, name } = pvc.metadata;
  return {
    apiVersion: 'v1',
    kind: 'PersistentVolume',
    metadata: {
      name: `pvc-${uid}`,
      annotations: { [ANN_LOCAL_PATH_NODE]: node, [ANN_DYNAMICALLY_PROVISIONED]: String(sc.provisioner) },
    },
    spec: {
      accessModes: spec.accessModes ?? ['ReadWriteOnce'],
      capacity: { storage: spec.resources?.requests?.storage ?? '0' },
      claimRef: { apiVersion: 'v1', kind: 'PersistentVolumeClaim', name, namespace, resourceVersion: pvc.metadata.resourceVersion, uid },
      hostPath: { path: `${LOCAL_PATH_ROOT}/pvc-${uid}_${namespace}_${name}`, type: 'DirectoryOrCreate' },
      nodeAffinity: { required: { nodeSelectorTerms: [{ matchExpressions: [{ key: 'kubernetes.io/hostname', operator: 'In', values: [hostname] }] }] } },
      persistentVolumeReclaimPolicy: String(sc.reclaimPolicy ?? 'Delete'),
      storageClassName: sc.metadata.name,
      volumeMode: spec.volumeMode ?? 'Filesystem',
    },
  };
}
