// The PV controller's writes: phases (with lastPhaseTransitionTime), the two halves of a binding and
// the claim's status. Each write goes through the API; a conflict or a vanished object ends the sync
// (the next resync retries). Mirrors pv_controller.go (bind, bindVolumeToClaim, bindClaimToVolume,
// updateClaimStatus, updateVolumePhase, unbindVolume; v1.31).

import type { ObjectReference } from 'kubernetes-types/core/v1';
import { isStatusError } from '../../../api/errors.ts';
import type { KubeObject } from '../../../api/types.ts';
import { clone, deepEqual } from '../../../base/json.ts';
import { rfc3339 } from '../../../base/time.ts';
import type { ApiClient } from '../../../client/client.ts';
import type { EventRecorder, EventType } from '../../../client/events.ts';
import { ANN_BIND_COMPLETED, ANN_BOUND_BY_CONTROLLER, claimSpec, isVolumeBoundToClaim, phaseOf, volumeSpec } from './util.ts';

const PVS = '/persistentvolumes';
const PVCS = '/persistentvolumeclaims';

export class VolumeOps {
  constructor(private readonly client: ApiClient, private readonly recorder: EventRecorder, private readonly nowMs: () => number) {}

  event(obj: KubeObject, type: EventType, reason: string, message: string): void {
    this.recorder.record(obj, type, reason, message);
  }

  /** Runs a write; false when the server refused it (conflict, gone): the sync stops there. */
  private write(fn: () => KubeObject): KubeObject | undefined {
    try {
      return fn();
    } catch (e) {
      if (!isStatusError(e)) throw e;
      return undefined;
    }
  }

  updateVolumePhase(pv: KubeObject, phase: string, message = ''): KubeObject | undefined {
    const status = (pv.status ?? {}) as { phase?: string; message?: string; lastPhaseTransitionTime?: string };
    if (status.phase === phase && (status.message ?? '') === message) return pv;
    const next = clone(pv);
    next.status = {
      ...status, phase, ...(message ? { message } : { message: undefined }),
      lastPhaseTransitionTime: status.phase === phase ? status.lastPhaseTransitionTime : rfc3339(this.nowMs()),
    };
    if (!message) delete (next.status as { message?: string }).message;
    return this.write(() => this.client.updateStatus(PVS, next));
  }

  failVolume(pv: KubeObject, reason: string, message: string): void {
    if (phaseOf(pv) === 'Failed' && (pv.status as { message?: string }).message === message) return;
    if (this.updateVolumePhase(pv, 'Failed', message)) this.event(pv, 'Warning', reason, message);
  }

  updateClaimStatus(pvc: KubeObject, phase: string, pv: KubeObject | undefined): KubeObject | undefined {
    const status: Record<string, unknown> = { ...((pvc.status ?? {}) as Record<string, unknown>), phase };
    if (pv) {
      status.accessModes = volumeSpec(pv).accessModes;
      status.capacity = volumeSpec(pv).capacity;
    } else if (phase !== 'Bound') {
      delete status.accessModes;
      delete status.capacity;
    }
    if (deepEqual(status, pvc.status ?? {})) return pvc;
    return this.write(() => this.client.updateStatus(PVCS, { ...clone(pvc), status }));
  }

  /** bind: the volume's claimRef and phase, then the claim's volumeName and annotations, then its status. */
  bind(pv: KubeObject, pvc: KubeObject): boolean {
    const boundPv = this.bindVolumeToClaim(pv, pvc);
    const phased = boundPv && this.updateVolumePhase(boundPv, 'Bound');
    const boundPvc = phased && this.bindClaimToVolume(pvc, phased);
    return !!(boundPvc && this.updateClaimStatus(boundPvc, 'Bound', phased));
  }

  private bindVolumeToClaim(pv: KubeObject, pvc: KubeObject): KubeObject | undefined {
    const ref = volumeSpec(pv).claimRef;
    if (ref && ref.uid === pvc.metadata.uid && ref.name === pvc.metadata.name) return pv;
    const next = clone(pv);
    const claimRef: ObjectReference = {
      kind: 'PersistentVolumeClaim', namespace: pvc.metadata.namespace!, name: pvc.metadata.name!, uid: pvc.metadata.uid!,
      apiVersion: 'v1', resourceVersion: pvc.metadata.resourceVersion!,
    };
    (next.spec as { claimRef?: ObjectReference }).claimRef = claimRef;
    if (!isVolumeBoundToClaim(pv, pvc)) next.metadata.annotations = { ...next.metadata.annotations, [ANN_BOUND_BY_CONTROLLER]: 'yes' };
    return this.write(() => this.client.update(PVS, next));
  }

  private bindClaimToVolume(pvc: KubeObject, pv: KubeObject): KubeObject | undefined {
    const annotations = pvc.metadata.annotations ?? {};
    const named = claimSpec(pvc).volumeName === pv.metadata.name;
    if (named && annotations[ANN_BIND_COMPLETED] === 'yes') return pvc;
    const next = clone(pvc);
    const added: Record<string, string> = { [ANN_BIND_COMPLETED]: 'yes' };
    if (!named) {
      (next.spec as { volumeName?: string }).volumeName = pv.metadata.name!;
      added[ANN_BOUND_BY_CONTROLLER] = 'yes';
    }
    next.metadata.annotations = { ...annotations, ...added };
    return this.write(() => this.client.update(PVCS, next));
  }

  /** unbindVolume: a claimRef the controller set is removed; a user's pre-binding loses only the uid. */
  unbindVolume(pv: KubeObject): void {
    const next = clone(pv);
    const spec = next.spec as { claimRef?: ObjectReference };
    if (next.metadata.annotations?.[ANN_BOUND_BY_CONTROLLER]) {
      delete spec.claimRef;
      delete next.metadata.annotations[ANN_BOUND_BY_CONTROLLER];
    } else if (spec.claimRef) {
      delete spec.claimRef.uid;
    }
    const updated = this.write(() => this.client.update(PVS, next));
    if (updated) this.updateVolumePhase(updated, 'Available');
  }
}
