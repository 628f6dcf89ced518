// VolumeBinding: a pod's PersistentVolumeClaims must exist and not be going away; an unbound claim
// of an Immediate class blocks scheduling until the claim is bound. Claims that bind at first
// consumer and bound volumes are judged per node by the VolumeBinder. Mirrors
// plugins/volumebinding/volume_binding.go (PreFilter, Filter, PreBind; v1.31).

import type { PersistentVolumeClaimSpec, Volume } from 'kubernetes-types/core/v1';
import type { KubeObject } from '../../../api/types.ts';
import type { ApiClient } from '../../../client/client.ts';
import type { PodInfo } from '../../cache/pod-info.ts';
import { SKIP, unresolvable, type FilterPlugin, type PreFilterResult } from '../../framework/types.ts';
import type { PodVolumeClaims, VolumeBinder } from './binder.ts';

export const NAME = 'VolumeBinding';
export const ERR_REASON_BIND_CONFLICT = "node(s) didn't find available persistent volumes to bind";
export const ERR_REASON_NODE_CONFLICT = 'node(s) had volume node affinity conflict';
export const ERR_REASON_NOT_ENOUGH_SPACE = 'node(s) did not have enough free storage';
export const ERR_REASON_UNBOUND_IMMEDIATE = 'pod has unbound immediate PersistentVolumeClaims';

export const pvcNotFound = (name: string): string => `persistentvolumeclaim "${name}" not found`;
export const pvcBeingDeleted = (name: string): string => `persistentvolumeclaim "${name}" is being deleted`;

const BETA_CLASS_ANNOTATION = 'volume.beta.kubernetes.io/storage-class';

/** The claim a volume uses: its claimName, or `<pod>-<volume>` for a generic ephemeral volume. */
function claimNameOf(pod: PodInfo, v: Volume): string | undefined {
  if (v.persistentVolumeClaim) return v.persistentVolumeClaim.claimName;
  if (v.ephemeral) return `${pod.name}-${v.name}`;
  return undefined;
}

function isOwnedBy(pvc: KubeObject, pod: PodInfo): boolean {
  return (pvc.metadata.ownerReferences ?? []).some((r) => r.controller === true && r.uid === pod.uid);
}

export class VolumeBinding implements FilterPlugin {
  readonly name = NAME;
  readonly hasPreFilter = true;

  constructor(private readonly client: ApiClient, private readonly binder: VolumeBinder) {}

  preFilter(pod: PodInfo): PreFilterResult {
    const claims: KubeObject[] = [];
    for (const v of pod.spec.volumes ?? []) {
      const name = claimNameOf(pod, v);
      if (name === undefined) continue;
      const pvc = this.client.get('/persistentvolumeclaims', pod.namespace, name);
      if (!pvc) return { kind: 'reject', status: unresolvable(pvcNotFound(name)) };
      if (pvc.metadata.deletionTimestamp) return { kind: 'reject', status: unresolvable(pvcBeingDeleted(name)) };
      if (v.ephemeral && !isOwnedBy(pvc, pod)) {
        return { kind: 'reject', status: unresolvable(`PVC ${pod.namespace}/${name} was not created for pod ${pod.namespace}/${pod.name} (pod is not owner)`) };
      }
      claims.push(pvc);
    }
    if (claims.length === 0) return SKIP;
    const sorted = this.sortClaims(claims);
    if (sorted === 'immediate') return { kind: 'reject', status: unresolvable(ERR_REASON_UNBOUND_IMMEDIATE) };
    return {
      kind: 'filter',
      filter: {
        filter: (node) => {
          const reasons = this.binder.findPodVolumes(pod, sorted, node);
          return reasons.length === 0 ? undefined : unresolvable(...reasons);
        },
      },
    };
  }

  /** PreBind for the chosen node. */
  bind(pod: PodInfo, nodeName: string): void {
    const claims = (pod.spec.volumes ?? []).flatMap((v) => {
      const name = claimNameOf(pod, v);
      const pvc = name === undefined ? undefined : this.client.get('/persistentvolumeclaims', pod.namespace, name);
      return pvc ? [pvc] : [];
    });
    if (claims.length === 0) return;
    const sorted = this.sortClaims(claims);
    if (sorted !== 'immediate') this.binder.bindPodVolumes(pod, sorted, nodeName);
  }

  private sortClaims(claims: readonly KubeObject[]): PodVolumeClaims | 'immediate' {
    const bound: KubeObject[] = [];
    const delayed: KubeObject[] = [];
    for (const pvc of claims) {
      const spec = (pvc.spec ?? {}) as PersistentVolumeClaimSpec;
      if (spec.volumeName) bound.push(pvc);
      else if (this.delaysBinding(pvc, spec)) delayed.push(pvc);
      else return 'immediate';
    }
    return { bound, unboundDelayBinding: delayed };
  }

  /** IsDelayBindingMode: the claim's class binds at WaitForFirstConsumer. */
  private delaysBinding(pvc: KubeObject, spec: PersistentVolumeClaimSpec): boolean {
    const className = pvc.metadata.annotations?.[BETA_CLASS_ANNOTATION] ?? spec.storageClassName ?? '';
    if (className === '') return false;
    const sc = this.client.get('storage.k8s.io/storageclasses', undefined, className);
    return sc?.volumeBindingMode === 'WaitForFirstConsumer';
  }
}
