// Config and storage tables (printers.go): ConfigMap, Secret, PersistentVolume, PersistentVolumeClaim
// (both with VOLUMEATTRIBUTESCLASS), StorageClass, CSIDriver, CSINode, CSIStorageCapacity, VolumeAttachment.

import type { ConfigMap, PersistentVolume, PersistentVolumeClaim, Secret } from 'kubernetes-types/core/v1';
import type { CSIDriver, CSINode, CSIStorageCapacity, StorageClass, VolumeAttachment } from 'kubernetes-types/storage/v1';
import type { KubeObject } from '../../../../engine/index.ts';
import { canonicalQuantity } from '../quantity.ts';
import { accessModes, ageOf, as, storageClassOf } from './cells.ts';
import { AGE_COLUMN, col, NAME_COLUMN, wide, type TableHandler } from './types.ts';

const name = (obj: KubeObject): string => obj.metadata.name ?? '';
const storageOf = (list: Readonly<Record<string, string>> | undefined): string => canonicalQuantity(list?.storage ?? '0');

export const CONFIG_MAP_TABLE: TableHandler = {
  columns: [NAME_COLUMN, col('Data'), AGE_COLUMN],
  row(obj, { nowMs }) {
    const cm = as<ConfigMap>(obj);
    return [name(obj), Object.keys(cm.data ?? {}).length + Object.keys(cm.binaryData ?? {}).length, ageOf(obj, nowMs)];
  },
};

export const SECRET_TABLE: TableHandler = {
  columns: [NAME_COLUMN, col('Type'), col('Data'), AGE_COLUMN],
  row: (obj, { nowMs }) => [name(obj), as<Secret>(obj).type ?? '', Object.keys(as<Secret>(obj).data ?? {}).length, ageOf(obj, nowMs)],
};

export const PERSISTENT_VOLUME_TABLE: TableHandler = {
  columns: [NAME_COLUMN, col('Capacity'), col('Access Modes'), col('Reclaim Policy'), col('Status'), col('Claim'),
    col('StorageClass'), col('VolumeAttributesClass'), col('Reason'), AGE_COLUMN, wide('VolumeMode')],
  row(obj, { nowMs }) {
    const pv = as<PersistentVolume>(obj);
    const claim = pv.spec?.claimRef ? `${pv.spec.claimRef.namespace ?? ''}/${pv.spec.claimRef.name ?? ''}` : '';
    const phase = obj.metadata.deletionTimestamp ? 'Terminating' : pv.status?.phase ?? '';
    return [name(obj), storageOf(pv.spec?.capacity), accessModes(pv.spec?.accessModes), pv.spec?.persistentVolumeReclaimPolicy ?? '',
      phase, claim, storageClassOf(obj), pv.spec?.volumeAttributesClassName ?? '<unset>', pv.status?.reason ?? '',
      ageOf(obj, nowMs), pv.spec?.volumeMode ?? '<unset>'];
  },
};

export const PERSISTENT_VOLUME_CLAIM_TABLE: TableHandler = {
  columns: [NAME_COLUMN, col('Status'), col('Volume'), col('Capacity'), col('Access Modes'), col('StorageClass'),
    col('VolumeAttributesClass'), AGE_COLUMN, wide('VolumeMode')],
  row(obj, { nowMs }) {
    const pvc = as<PersistentVolumeClaim>(obj);
    const bound = (pvc.spec?.volumeName ?? '') !== '';
    const phase = obj.metadata.deletionTimestamp ? 'Terminating' : pvc.status?.phase ?? '';
    return [name(obj), phase, pvc.spec?.volumeName ?? '', bound ? storageOf(pvc.status?.capacity) : '',
      bound ? accessModes(pvc.status?.accessModes) : '', storageClassOf(obj), pvc.spec?.volumeAttributesClassName ?? '<unset>',
      ageOf(obj, nowMs), pvc.spec?.volumeMode ?? '<unset>'];
  },
};

/** storageutil.IsDefaultAnnotation. */
export function isDefaultStorageClass(obj: KubeObject): boolean {
  const a = obj.metadata.annotations ?? {};
  return a['storageclass.kubernetes.io/is-default-class'] === 'true' || a['storageclass.beta.kubernetes.io/is-default-class'] === 'true';
}

export const STORAGE_CLASS_TABLE: TableHandler = {
  columns: [NAME_COLUMN, col('Provisioner'), col('ReclaimPolicy'), col('VolumeBindingMode'), col('AllowVolumeExpansion'), AGE_COLUMN],
  row(obj, { nowMs }) {
    const sc = as<StorageClass>(obj);
    return [`${name(obj)}${isDefaultStorageClass(obj) ? ' (default)' : ''}`, sc.provisioner ?? '', sc.reclaimPolicy ?? 'Delete',
      sc.volumeBindingMode ?? 'Immediate', sc.allowVolumeExpansion ?? false, ageOf(obj, nowMs)];
  },
};

export const CSI_DRIVER_TABLE: TableHandler = {
  columns: [NAME_COLUMN, col('AttachRequired'), col('PodInfoOnMount'), col('StorageCapacity'), col('TokenRequests'),
    col('RequiresRepublish'), col('Modes'), AGE_COLUMN],
  row(obj, { nowMs }) {
    const spec = as<CSIDriver>(obj).spec ?? {};
    const tokens = spec.tokenRequests ? spec.tokenRequests.map((t) => t.audience).join(',') : '<unset>';
    return [name(obj), spec.attachRequired ?? true, spec.podInfoOnMount ?? false, spec.storageCapacity ?? false, tokens,
      spec.requiresRepublish ?? false, (spec.volumeLifecycleModes ?? []).join(',') || '<none>', ageOf(obj, nowMs)];
  },
};

export const CSI_NODE_TABLE: TableHandler = {
  columns: [NAME_COLUMN, col('Drivers'), AGE_COLUMN],
  row: (obj, { nowMs }) => [name(obj), as<CSINode>(obj).spec?.drivers?.length ?? 0, ageOf(obj, nowMs)],
};

export const CSI_STORAGE_CAPACITY_TABLE: TableHandler = {
  columns: [NAME_COLUMN, col('StorageClassName'), col('Capacity')],
  row(obj) {
    const c = as<CSIStorageCapacity>(obj);
    return [name(obj), c.storageClassName ?? '', c.capacity !== undefined ? canonicalQuantity(c.capacity) : '<unset>'];
  },
};

export const VOLUME_ATTACHMENT_TABLE: TableHandler = {
  columns: [NAME_COLUMN, { name: 'Attacher', format: 'name' }, col('PV'), col('Node'), col('Attached'), AGE_COLUMN],
  row(obj, { nowMs }) {
    const va = as<VolumeAttachment>(obj);
    return [name(obj), va.spec?.attacher ?? '', va.spec?.source?.persistentVolumeName ?? '', va.spec?.nodeName ?? '',
      va.status?.attached ?? false, ageOf(obj, nowMs)];
  },
};
