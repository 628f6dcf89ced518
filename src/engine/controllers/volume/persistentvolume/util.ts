// What the PV controller and the scheduler's volume binder share: the binding annotations, a claim's
// and a volume's class, and FindMatchingVolume (the smallest Available volume that satisfies a claim).
// Mirrors component-helpers/storage/volume and pkg/controller/volume/persistentvolume/util (v1.31).

import type { PersistentVolumeClaimSpec, PersistentVolumeSpec } from 'kubernetes-types/core/v1';
import { labelSelectorMatches } from '../../../api/selectors.ts';
import { compareQuantities, tryParseQuantity, type Quantity } from '../../../api/quantity.ts';
import type { KubeObject } from '../../../api/types.ts';
import { termsMatch, type NodeView } from '../../../scheduler/util/node-selector.ts';

export const ANN_BIND_COMPLETED = 'pv.kubernetes.io/bind-completed';
export const ANN_BOUND_BY_CONTROLLER = 'pv.kubernetes.io/bound-by-controller';
export const ANN_SELECTED_NODE = 'volume.kubernetes.io/selected-node';
export const ANN_STORAGE_PROVISIONER = 'volume.kubernetes.io/storage-provisioner';
export const ANN_BETA_STORAGE_PROVISIONER = 'volume.beta.kubernetes.io/storage-provisioner';
export const ANN_DYNAMICALLY_PROVISIONED = 'pv.kubernetes.io/provisioned-by';
const ANN_BETA_CLASS = 'volume.beta.kubernetes.io/storage-class';
export const NO_PROVISIONER = 'kubernetes.io/no-provisioner';

export const claimSpec = (pvc: KubeObject): PersistentVolumeClaimSpec => (pvc.spec ?? {}) as PersistentVolumeClaimSpec;
export const volumeSpec = (pv: KubeObject): PersistentVolumeSpec => (pv.spec ?? {}) as PersistentVolumeSpec;
export const phaseOf = (obj: KubeObject): string | undefined => (obj.status as { phase?: string } | undefined)?.phase;

/** GetPersistentVolumeClaimClass: the beta annotation wins over spec.storageClassName; "" when neither. */
export function claimClass(pvc: KubeObject): string {
  return pvc.metadata.annotations?.[ANN_BETA_CLASS] ?? claimSpec(pvc).storageClassName ?? '';
}

export function volumeClass(pv: KubeObject): string {
  return pv.metadata.annotations?.[ANN_BETA_CLASS] ?? volumeSpec(pv).storageClassName ?? '';
}

export function hasClass(pvc: KubeObject): boolean {
  return pvc.metadata.annotations?.[ANN_BETA_CLASS] !== undefined || claimSpec(pvc).storageClassName != null;
}

/** IsVolumeBoundToClaim: the volume's claimRef names this claim (and its uid, when the ref has one). */
export function isVolumeBoundToClaim(pv: KubeObject, pvc: KubeObject): boolean {
  const ref = volumeSpec(pv).claimRef;
  if (!ref || ref.name !== pvc.metadata.name || ref.namespace !== pvc.metadata.namespace) return false;
  return !ref.uid || ref.uid === pvc.metadata.uid;
}

/** The volume's node affinity admits the node (no affinity admits every node). */
export function volumeFitsNode(pv: KubeObject, node: NodeView): boolean {
  const terms = volumeSpec(pv).nodeAffinity?.required?.nodeSelectorTerms;
  return terms === undefined || termsMatch(terms, node);
}

function storageOf(list: Readonly<Record<string, string | number>> | undefined): Quantity | undefined {
  return tryParseQuantity(list?.storage);
}

/** CheckAccessModes: every mode the claim asks for is one the volume offers. */
function offersModes(pv: KubeObject, pvc: KubeObject): boolean {
  const offered = volumeSpec(pv).accessModes ?? [];
  return (claimSpec(pvc).accessModes ?? []).every((m) => offered.includes(m));
}

const modeOf = (mode: string | undefined): string => mode ?? 'Filesystem';

/**
 * FindMatchingVolume: a volume pre-bound to the claim, else the smallest Available one that fits its
 * size, class, selector, volume mode and access modes (and `node`, when given). Claims that bind at
 * first consumer are not matched without a node: the scheduler binds them.
 */
export function findMatchingVolume(pvc: KubeObject, volumes: readonly KubeObject[], node: NodeView | undefined, delayBinding: boolean, excluded: ReadonlySet<string> = new Set()): KubeObject | undefined {
  const spec = claimSpec(pvc);
  const requested = storageOf(spec.resources?.requests as Record<string, string> | undefined);
  const className = claimClass(pvc);
  let best: KubeObject | undefined;
  let bestSize: Quantity | undefined;
  for (const pv of [...volumes].sort((a, b) => (a.metadata.name! < b.metadata.name! ? -1 : 1))) {
    if (excluded.has(pv.metadata.name!) || !offersModes(pv, pvc)) continue;
    const size = storageOf(volumeSpec(pv).capacity as Record<string, string> | undefined);
    if (!size || (requested && compareQuantities(size, requested) < 0)) continue;
    if (modeOf(volumeSpec(pv).volumeMode) !== modeOf(spec.volumeMode) || pv.metadata.deletionTimestamp) continue;
    if (node && !volumeFitsNode(pv, node)) continue;
    if (isVolumeBoundToClaim(pv, pvc)) return pv;
    if (node === undefined && delayBinding) continue;
    if (volumeSpec(pv).claimRef || volumeClass(pv) !== className) continue;
    if (spec.selector && !labelSelectorMatches(spec.selector, pv.metadata.labels ?? {})) continue;
    if (phaseOf(pv) !== 'Available') continue;
    if (!bestSize || compareQuantities(bestSize, size) > 0) {
      best = pv;
      bestSize = size;
    }
  }
  return best;
}

/** checkVolumeSatisfyClaim: why a volume the claim names cannot serve it ('' when it can). */
export function volumeMismatch(pv: KubeObject, pvc: KubeObject): string {
  const requested = storageOf(claimSpec(pvc).resources?.requests as Record<string, string> | undefined);
  const size = storageOf(volumeSpec(pv).capacity as Record<string, string> | undefined);
  if (pv.metadata.deletionTimestamp) return `the volume is marked for deletion "${pv.metadata.name}"`;
  if (requested && (!size || compareQuantities(size, requested) < 0)) return 'requested PV is too small';
  if (volumeClass(pv) !== claimClass(pvc)) return 'storageClassName does not match';
  if (modeOf(volumeSpec(pv).volumeMode) !== modeOf(claimSpec(pvc).volumeMode)) return 'incompatible volumeMode';
  if (!offersModes(pv, pvc)) return 'incompatible accessMode';
  return '';
}
