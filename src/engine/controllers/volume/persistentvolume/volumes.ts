// syncVolume: a volume without a claim is Available; one whose claim is gone is Released and then
// reclaimed by its policy — Retain keeps it (and its data) until an administrator clears its claimRef,
// Delete removes it (its external provisioner does, for provisioned volumes; the in-tree hostPath
// deleter accepts only /tmp paths, anything else fails the volume). Mirrors pv_controller.go
// (syncVolume, reclaimVolume, deleteVolumeOperation; v1.31). Deviation from upstream: Recycle leaves
// the volume Released.

import type { KubeObject } from '../../../api/types.ts';
import type { ApiClient } from '../../../client/client.ts';
import * as ev from './events.ts';
import type { VolumeOps } from './ops.ts';
import { ANN_BOUND_BY_CONTROLLER, ANN_DYNAMICALLY_PROVISIONED, claimSpec, phaseOf, volumeSpec } from './util.ts';

const HOST_PATH_DELETABLE = /\/tmp\/.+/;

export class VolumeSync {
  constructor(private readonly client: ApiClient, private readonly ops: VolumeOps, private readonly enqueueClaim: (namespace: string, name: string) => void) {}

  sync(pv: KubeObject): void {
    const ref = volumeSpec(pv).claimRef;
    if (!ref || !ref.uid) {
      this.ops.updateVolumePhase(pv, 'Available');
      return;
    }
    const found = this.client.get('/persistentvolumeclaims', ref.namespace, ref.name ?? '');
    const pvc = found?.metadata.uid === ref.uid ? found : undefined;
    if (!pvc) {
      this.release(pv);
      return;
    }
    const volumeName = claimSpec(pvc).volumeName;
    if (!volumeName) {
      this.enqueueClaim(pvc.metadata.namespace!, pvc.metadata.name!);
    } else if (volumeName === pv.metadata.name) {
      this.ops.updateVolumePhase(pv, 'Bound');
    } else if (pv.metadata.annotations?.[ANN_BOUND_BY_CONTROLLER]) {
      this.ops.unbindVolume(pv);
    } else {
      this.release(pv);
    }
  }

  private release(pv: KubeObject): void {
    const phase = phaseOf(pv);
    if (phase === 'Failed') return;
    const released = phase === 'Released' ? pv : this.ops.updateVolumePhase(pv, 'Released');
    if (released) this.reclaim(released);
  }

  private reclaim(pv: KubeObject): void {
    if (volumeSpec(pv).persistentVolumeReclaimPolicy !== 'Delete') return;
    if (pv.metadata.annotations?.[ANN_DYNAMICALLY_PROVISIONED] !== undefined || pv.metadata.deletionTimestamp) return;
    const hostPath = volumeSpec(pv).hostPath?.path;
    if (hostPath === undefined) {
      this.ops.failVolume(pv, ev.VOLUME_FAILED_DELETE, ev.noDeletablePlugin(pv.metadata.name!));
      return;
    }
    if (!HOST_PATH_DELETABLE.test(hostPath)) {
      this.ops.failVolume(pv, ev.VOLUME_FAILED_DELETE, ev.hostPathDeleteRefused(hostPath));
      return;
    }
    this.client.delete('/persistentvolumes', undefined, pv.metadata.name!);
  }
}
