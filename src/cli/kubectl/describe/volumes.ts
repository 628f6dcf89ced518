// Volumes in describe (describe.go describeVolumes and the print*VolumeSource helpers) for pods,
// pod templates and persistent volume sources.

import type { Volume } from 'kubernetes-types/core/v1';
import { canonicalQuantity } from '../printers/quantity.ts';
import { compareStrings } from '../printers/go-format.ts';
import { LEVEL_0, LEVEL_1, LEVEL_2, LEVEL_3, type PrefixWriter } from './prefix-writer.ts';

type Source = Record<string, unknown> & Partial<Omit<Volume, 'name'>>;

/** %v of an unset pointer is `<nil>`. */
const ptr = (v: unknown): string => (v === undefined || v === null ? '<nil>' : String(v));

export function describeVolumes(w: PrefixWriter, volumes: readonly Volume[] | undefined, space: string): void {
  if ((volumes ?? []).length === 0) {
    w.write(LEVEL_0, `${space}Volumes:\t<none>\n`);
    return;
  }
  w.write(LEVEL_0, `${space}Volumes:\n`);
  for (const v of volumes!) {
    w.write(LEVEL_1, `${space ? ' ' : ''}${v.name}:\n`);
    describeVolumeSource(w, v as unknown as Source);
  }
}

/** The details of one source, at level 2 (shared with PersistentVolume's `Source:`). */
export function describeVolumeSource(w: PrefixWriter, s: Source): void {
  if (s.hostPath) {
    w.write(LEVEL_2, `Type:\tHostPath (bare host directory volume)\n    Path:\t${s.hostPath.path}\n    HostPathType:\t${s.hostPath.type ?? '<none>'}\n`);
  } else if (s.emptyDir) {
    const limit = s.emptyDir.sizeLimit !== undefined && canonicalQuantity(s.emptyDir.sizeLimit) !== '0' ? canonicalQuantity(s.emptyDir.sizeLimit) : '<unset>';
    w.write(LEVEL_2, `Type:\tEmptyDir (a temporary directory that shares a pod's lifetime)\n    Medium:\t${s.emptyDir.medium ?? ''}\n    SizeLimit:\t${limit}\n`);
  } else if (s.secret) {
    w.write(LEVEL_2, `Type:\tSecret (a volume populated by a Secret)\n    SecretName:\t${s.secret.secretName ?? ''}\n    Optional:\t${s.secret.optional === true}\n`);
  } else if (s.configMap) {
    w.write(LEVEL_2, `Type:\tConfigMap (a volume populated by a ConfigMap)\n    Name:\t${s.configMap.name ?? ''}\n    Optional:\t${s.configMap.optional === true}\n`);
  } else if (s.nfs) {
    w.write(LEVEL_2, `Type:\tNFS (an NFS mount that lasts the lifetime of a pod)\n    Server:\t${s.nfs.server}\n    Path:\t${s.nfs.path}\n    ReadOnly:\t${s.nfs.readOnly === true}\n`);
  } else if (s.persistentVolumeClaim) {
    w.write(LEVEL_2, `Type:\tPersistentVolumeClaim (a reference to a PersistentVolumeClaim in the same namespace)\n    ClaimName:\t${s.persistentVolumeClaim.claimName}\n    ReadOnly:\t${s.persistentVolumeClaim.readOnly === true}\n`);
  } else if (s.ephemeral) {
    w.write(LEVEL_2, 'Type:\tEphemeralVolume (an inline specification for a volume that gets created and deleted with the pod)\n');
  } else if (s.downwardAPI) {
    w.write(LEVEL_2, 'Type:\tDownwardAPI (a volume populated by information about the pod)\n    Items:\n');
    for (const item of s.downwardAPI.items ?? []) {
      if (item.fieldRef) w.write(LEVEL_3, `${item.fieldRef.fieldPath} -> ${item.path}\n`);
      if (item.resourceFieldRef) w.write(LEVEL_3, `${item.resourceFieldRef.resource} -> ${item.path}\n`);
    }
  } else if (s.projected) {
    describeProjected(w, s.projected);
  } else if (s.csi) {
    w.write(LEVEL_2, `Type:\tCSI (a Container Storage Interface (CSI) volume source)\n    Driver:\t${s.csi.driver}\n    FSType:\t${s.csi.fsType ?? ''}\n    ReadOnly:\t${s.csi.readOnly === true}\n`);
    printAttributes(w, s.csi.volumeAttributes);
  } else if (isLocal(s.local)) {
    w.write(LEVEL_2, `Type:\tLocalVolume (a persistent volume backed by local storage on a node)\n    Path:\t${s.local.path}\n`);
  } else {
    w.write(LEVEL_1, '<unknown>\n');
  }
}

function isLocal(local: unknown): local is { path: string } {
  return typeof local === 'object' && local !== null && typeof (local as { path?: unknown }).path === 'string';
}

function describeProjected(w: PrefixWriter, projected: NonNullable<Source['projected']>): void {
  w.write(LEVEL_2, 'Type:\tProjected (a volume that contains injected data from multiple sources)\n');
  for (const src of projected.sources ?? []) {
    if (src.secret) w.write(LEVEL_2, `SecretName:\t${src.secret.name ?? ''}\n    SecretOptionalName:\t${ptr(src.secret.optional)}\n`);
    else if (src.downwardAPI) w.write(LEVEL_2, 'DownwardAPI:\ttrue\n');
    else if (src.configMap) w.write(LEVEL_2, `ConfigMapName:\t${src.configMap.name ?? ''}\n    ConfigMapOptional:\t${ptr(src.configMap.optional)}\n`);
    else if (src.serviceAccountToken) w.write(LEVEL_2, `TokenExpirationSeconds:\t${src.serviceAccountToken.expirationSeconds ?? 0}\n`);
  }
}

/** printCSIPersistentVolumeAttributesMultiline (each piece is written at level 2, indent included). */
function printAttributes(w: PrefixWriter, attributes: Readonly<Record<string, string>> | undefined): void {
  w.write(LEVEL_2, 'VolumeAttributes:\t');
  const keys = Object.keys(attributes ?? {}).sort(compareStrings);
  if (keys.length === 0) {
    w.writeLine('<none>');
    return;
  }
  keys.forEach((k, i) => {
    if (i !== 0) {
      w.write(LEVEL_2, '');
      w.write(LEVEL_2, '\t');
    }
    w.write(LEVEL_2, `${k}=${attributes![k]}\n`);
  });
}
