// The storage half of VolumeBinding, as an interface the storage work implements: which nodes can
// take a pod's unbound WaitForFirstConsumer claims and bound volumes, and the binding itself once
// a node is chosen. Mirrors the SchedulerVolumeBinder interface of plugins/volumebinding/binder.go.

import type { KubeObject } from '../../../api/types.ts';
import type { NodeInfo } from '../../cache/node-info.ts';
import type { PodInfo } from '../../cache/pod-info.ts';

/** GetPodVolumeClaims: the pod's claims sorted by what still has to happen to them. */
export interface PodVolumeClaims {
  readonly bound: readonly KubeObject[];
  /** Unbound claims whose class binds at first consumer: the scheduler's node choice decides. */
  readonly unboundDelayBinding: readonly KubeObject[];
}

export interface VolumeBinder {
  /** FindPodVolumes: why `node` cannot serve these claims (volume node affinity, capacity…); [] when it can. */
  findPodVolumes(pod: PodInfo, claims: PodVolumeClaims, node: NodeInfo): readonly string[];
  /** PreBind: bind or provision the claims for the chosen node, through the API. */
  bindPodVolumes(pod: PodInfo, claims: PodVolumeClaims, nodeName: string): void;
}

/** Until the storage controllers exist: every node fits and nothing needs binding. */
export const NO_VOLUME_BINDING: VolumeBinder = {
  findPodVolumes: () => [],
  bindPodVolumes: () => undefined,
};
