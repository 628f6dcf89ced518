// persistentVolumeClaimRetentionPolicy (StatefulSetAutoDeletePVC, beta and on in v1.31): which of
// the set and the pod a claim names as owner, so that the garbage collector deletes the claim with
// the set (whenDeleted: Delete) or with a scaled-down pod (whenScaled: Delete). Retain/Retain
// leaves the claims unowned. Mirrors stateful_set_utils.go claimOwnerMatchesSetAndPod (v1.31).

import type { KubeObject, OwnerReference } from '../../api/types.ts';
import { podInOrdinalRange, setSpec } from './identity.ts';

interface WantedOwners {
  readonly set: boolean;
  readonly pod: boolean;
}

/** Which owner references the policy asks for; an unknown policy counts as Retain. */
function wantedOwners(set: KubeObject, pod: KubeObject): WantedOwners {
  const policy = setSpec(set).persistentVolumeClaimRetentionPolicy ?? {};
  const scaledDelete = policy.whenScaled === 'Delete';
  const deletedDelete = policy.whenDeleted === 'Delete';
  const scaledDown = !podInOrdinalRange(pod, set);
  if (scaledDelete && deletedDelete) return { set: !scaledDown, pod: scaledDown };
  if (scaledDelete) return { set: false, pod: scaledDown };
  if (deletedDelete) return { set: true, pod: false };
  return { set: false, pod: false };
}

function hasOwnerRef(target: KubeObject, owner: KubeObject): boolean {
  return (target.metadata.ownerReferences ?? []).some((r) => r.uid === owner.metadata.uid);
}

/** claimOwnerMatchesSetAndPod. */
export function claimOwnerMatchesSetAndPod(claim: KubeObject, set: KubeObject, pod: KubeObject): boolean {
  const wanted = wantedOwners(set, pod);
  return hasOwnerRef(claim, set) === wanted.set && hasOwnerRef(claim, pod) === wanted.pod;
}

/** updateClaimOwnerRefForSetAndPod: the claim's owner references for the policy, or undefined when they already fit. */
export function claimWithPolicyOwners(claim: KubeObject, set: KubeObject, pod: KubeObject): KubeObject | undefined {
  if (claimOwnerMatchesSetAndPod(claim, set, pod)) return undefined;
  const wanted = wantedOwners(set, pod);
  let refs: OwnerReference[] = [...(claim.metadata.ownerReferences ?? [])];
  const place = (owner: KubeObject, want: boolean, apiVersion: string, kind: string): void => {
    const has = refs.some((r) => r.uid === owner.metadata.uid);
    if (want && !has) refs.push({ apiVersion, kind, name: owner.metadata.name!, uid: owner.metadata.uid ?? '' });
    if (!want && has) refs = refs.filter((r) => r.uid !== owner.metadata.uid);
  };
  place(set, wanted.set, 'apps/v1', 'StatefulSet');
  place(pod, wanted.pod, 'v1', 'Pod');
  const metadata = { ...claim.metadata, ownerReferences: refs };
  if (refs.length === 0) delete (metadata as { ownerReferences?: unknown }).ownerReferences;
  return { ...claim, metadata };
}
