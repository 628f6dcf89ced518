// Volume defaulting: a volume without a source becomes an emptyDir; secret, configMap, downwardAPI
// and projected volumes get defaultMode 0644 (420); token projections expire after an hour.
// Mirrors SetDefaults_Volume / _SecretVolumeSource / _ProjectedVolumeSource / _HostPathVolumeSource.

import type { Volume } from 'kubernetes-types/core/v1';
import type { KubeObject } from '../../../api/types.ts';
import { asDict, canonicalizeQuantity, canonicalizeResourceList, type Dict } from '../common/objects.ts';

export const DEFAULT_MODE = 420;
const TOKEN_EXPIRATION_SECONDS = 3600;

/** Every volume source field of core/v1 VolumeSource. */
export const VOLUME_SOURCES = [
  'hostPath', 'emptyDir', 'gcePersistentDisk', 'awsElasticBlockStore', 'gitRepo', 'secret', 'nfs', 'iscsi',
  'glusterfs', 'persistentVolumeClaim', 'rbd', 'flexVolume', 'cinder', 'cephfs', 'flocker', 'downwardAPI', 'fc',
  'azureFile', 'configMap', 'vsphereVolume', 'quobyte', 'azureDisk', 'photonPersistentDisk', 'projected',
  'portworxVolume', 'scaleIO', 'storageos', 'csi', 'ephemeral', 'image',
] as const;

export function defaultVolumes(obj: KubeObject, volumes: readonly Volume[]): void {
  for (const volume of volumes) defaultVolume(obj, volume as unknown as Dict);
}

function defaultVolume(obj: KubeObject, v: Dict): void {
  if (!VOLUME_SOURCES.some((k) => v[k] !== undefined && v[k] !== null)) v.emptyDir = {};
  const emptyDir = asDict(v.emptyDir);
  if (emptyDir) canonicalizeQuantity(obj, emptyDir, 'sizeLimit');
  for (const key of ['secret', 'configMap', 'projected'] as const) {
    const source = asDict(v[key]);
    if (source && source.defaultMode === undefined) source.defaultMode = DEFAULT_MODE;
  }
  const downward = asDict(v.downwardAPI);
  if (downward) {
    if (downward.defaultMode === undefined) downward.defaultMode = DEFAULT_MODE;
    defaultDownwardItems(obj, downward.items);
  }
  for (const source of arrayOf(asDict(v.projected)?.sources)) {
    const token = asDict(source.serviceAccountToken);
    if (token && token.expirationSeconds === undefined) token.expirationSeconds = TOKEN_EXPIRATION_SECONDS;
    defaultDownwardItems(obj, asDict(source.downwardAPI)?.items);
  }
  const hostPath = asDict(v.hostPath);
  if (hostPath && hostPath.type === undefined) hostPath.type = '';
  const claimSpec = asDict(asDict(asDict(v.ephemeral)?.volumeClaimTemplate)?.spec);
  if (claimSpec) defaultClaimSpec(obj, claimSpec);
}

function defaultDownwardItems(obj: KubeObject, items: unknown): void {
  for (const item of arrayOf(items)) {
    const fieldRef = asDict(item.fieldRef);
    if (fieldRef && !fieldRef.apiVersion) fieldRef.apiVersion = 'v1';
    const resourceRef = asDict(item.resourceFieldRef);
    if (resourceRef) defaultResourceFieldRef(obj, resourceRef);
  }
}

/** SetDefaults_PersistentVolumeClaimSpec plus resource list canonicalisation. */
export function defaultClaimSpec(obj: KubeObject, spec: Dict): void {
  if (!spec.volumeMode) spec.volumeMode = 'Filesystem';
  const resources = asDict(spec.resources);
  canonicalizeResourceList(obj, resources?.requests);
  canonicalizeResourceList(obj, resources?.limits);
}

/** ResourceFieldSelector.divisor is a Quantity struct: its zero value serializes as "0". */
export function defaultResourceFieldRef(obj: KubeObject, ref: { divisor?: string | number | null }): void {
  if (ref.divisor === undefined || ref.divisor === null) ref.divisor = '0';
  canonicalizeQuantity(obj, ref, 'divisor');
}

export function arrayOf(value: unknown): Dict[] {
  return Array.isArray(value) ? value.filter((x): x is Dict => asDict(x) !== undefined) : [];
}
