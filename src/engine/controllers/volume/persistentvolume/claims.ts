// syncClaim: an unbound claim is matched to the smallest fitting volume, waits for its first consumer,
// is handed to its class's provisioner, or stays Pending with the reason as an event; a bound claim
// keeps its status in step with its volume. Mirrors pv_controller.go (syncUnboundClaim,
// syncBoundClaim, provisionClaim, emitEventForUnboundDelayBindingClaim; v1.31).

import type { PodSpec } from 'kubernetes-types/core/v1';
import type { KubeObject } from '../../../api/types.ts';
import { clone } from '../../../base/json.ts';
import type { ApiClient } from '../../../client/client.ts';
import * as ev from './events.ts';
import type { VolumeOps } from './ops.ts';
import {
  ANN_BETA_STORAGE_PROVISIONER, ANN_BIND_COMPLETED, ANN_BOUND_BY_CONTROLLER, ANN_SELECTED_NODE, ANN_STORAGE_PROVISIONER, NO_PROVISIONER,
  claimClass, claimSpec, findMatchingVolume, hasClass, isVolumeBoundToClaim, volumeMismatch, volumeSpec,
} from './util.ts';

const CLASSES = 'storage.k8s.io/storageclasses';
const DEFAULT_CLASS_ANNOTATIONS = ['storageclass.kubernetes.io/is-default-class', 'storageclass.beta.kubernetes.io/is-default-class'];

export class ClaimSync {
  constructor(private readonly client: ApiClient, private readonly ops: VolumeOps) {}

  sync(pvc: KubeObject): void {
    if (pvc.metadata.annotations?.[ANN_BIND_COMPLETED] === undefined) this.syncUnbound(pvc);
    else this.syncBound(pvc);
  }

  private syncUnbound(original: KubeObject): void {
    const pvc = this.assignDefaultClass(original);
    if (!pvc) return;
    const volumeName = claimSpec(pvc).volumeName;
    if (volumeName) {
      this.syncRequestedVolume(pvc, volumeName);
      return;
    }
    const delay = this.delaysBinding(pvc);
    const pv = findMatchingVolume(pvc, this.client.list('/persistentvolumes'), undefined, delay);
    if (pv) {
      this.ops.bind(pv, pvc);
      return;
    }
    if (delay && pvc.metadata.annotations?.[ANN_SELECTED_NODE] === undefined) this.emitWaitingForConsumer(pvc);
    else if (claimClass(pvc) !== '') {
      this.provision(pvc);
      return;
    } else this.ops.event(pvc, 'Normal', ev.FAILED_BINDING, ev.NO_VOLUMES_NO_CLASS);
    this.ops.updateClaimStatus(pvc, 'Pending', undefined);
  }

  /** The claim names its volume (spec.volumeName): bind to it when it is free or already ours. */
  private syncRequestedVolume(pvc: KubeObject, volumeName: string): void {
    const pv = this.client.get('/persistentvolumes', undefined, volumeName);
    if (!pv) {
      this.ops.updateClaimStatus(pvc, 'Pending', undefined);
      return;
    }
    if (!volumeSpec(pv).claimRef || isVolumeBoundToClaim(pv, pvc)) {
      const why = volumeMismatch(pv, pvc);
      if (why) {
        this.ops.event(pvc, 'Warning', ev.VOLUME_MISMATCH, ev.cannotBindRequested(volumeName, why));
        this.ops.updateClaimStatus(pvc, 'Pending', undefined);
        return;
      }
      this.ops.bind(pv, pvc);
      return;
    }
    if (pvc.metadata.annotations?.[ANN_BOUND_BY_CONTROLLER]) return;
    this.ops.updateClaimStatus(pvc, 'Pending', undefined);
    this.ops.event(pvc, 'Warning', ev.FAILED_BINDING, ev.alreadyBoundElsewhere(volumeName));
  }

  private syncBound(pvc: KubeObject): void {
    const volumeName = claimSpec(pvc).volumeName;
    if (!volumeName) {
      this.lose(pvc, ev.CLAIM_LOST, ev.CLAIM_LOST_REFERENCE);
      return;
    }
    const pv = this.client.get('/persistentvolumes', undefined, volumeName);
    if (!pv) this.lose(pvc, ev.CLAIM_LOST, ev.CLAIM_LOST_VOLUME);
    else if (!volumeSpec(pv).claimRef || isVolumeBoundToClaim(pv, pvc)) this.ops.bind(pv, pvc);
    else this.lose(pvc, ev.CLAIM_MISBOUND, ev.CLAIM_MISBOUND_MESSAGE);
  }

  private lose(pvc: KubeObject, reason: string, message: string): void {
    if ((pvc.status as { phase?: string } | undefined)?.phase === 'Lost') return;
    if (this.ops.updateClaimStatus(pvc, 'Lost', undefined)) this.ops.event(pvc, 'Warning', reason, message);
  }

  /** A claim without a class takes the default class created after it (retroactive assignment). */
  private assignDefaultClass(pvc: KubeObject): KubeObject | undefined {
    if (hasClass(pvc)) return pvc;
    const defaults = this.client.list(CLASSES).filter((sc) => DEFAULT_CLASS_ANNOTATIONS.some((a) => sc.metadata.annotations?.[a] === 'true'));
    if (defaults.length === 0) return pvc;
    const newest = defaults.reduce((a, b) => ((a.metadata.creationTimestamp ?? '') >= (b.metadata.creationTimestamp ?? '') ? a : b));
    const next = clone(pvc);
    (next.spec as { storageClassName?: string }).storageClassName = newest.metadata.name!;
    return this.client.update('/persistentvolumeclaims', next);
  }

  /** IsDelayBindingMode: the claim's class exists and binds at first consumer. */
  private delaysBinding(pvc: KubeObject): boolean {
    const name = claimClass(pvc);
    return name !== '' && this.client.get(CLASSES, undefined, name)?.volumeBindingMode === 'WaitForFirstConsumer';
  }

  private emitWaitingForConsumer(pvc: KubeObject): void {
    const pods = this.client.list('/pods', pvc.metadata.namespace)
      .filter((p) => !(p.spec as PodSpec).nodeName && ((p.spec as PodSpec).volumes ?? []).some((v) => v.persistentVolumeClaim?.claimName === pvc.metadata.name))
      .map((p) => p.metadata.name!);
    if (pods.length === 0) this.ops.event(pvc, 'Normal', ev.WAIT_FOR_FIRST_CONSUMER, ev.WAITING_FOR_CONSUMER);
    else this.ops.event(pvc, 'Normal', ev.WAIT_FOR_POD_SCHEDULED, ev.waitingForPods(pods));
  }

  /** provisionClaim: every provisioner is external in v1.31; the claim is annotated for it to act. */
  private provision(pvc: KubeObject): void {
    const name = claimClass(pvc);
    const sc = this.client.get(CLASSES, undefined, name);
    if (!sc) {
      this.ops.event(pvc, 'Warning', ev.PROVISIONING_FAILED, ev.classNotFound(name));
      return;
    }
    const provisioner = String(sc.provisioner ?? '');
    if (provisioner.startsWith('kubernetes.io/') || provisioner === NO_PROVISIONER) {
      this.ops.event(pvc, 'Warning', ev.PROVISIONING_FAILED, ev.noPluginMatched(provisioner));
      return;
    }
    const annotations = pvc.metadata.annotations ?? {};
    if (annotations[ANN_STORAGE_PROVISIONER] !== provisioner || annotations[ANN_BETA_STORAGE_PROVISIONER] !== provisioner) {
      const next = clone(pvc);
      next.metadata.annotations = { ...annotations, [ANN_BETA_STORAGE_PROVISIONER]: provisioner, [ANN_STORAGE_PROVISIONER]: provisioner };
      this.client.update('/persistentvolumeclaims', next);
    }
    this.ops.event(pvc, 'Normal', ev.EXTERNAL_PROVISIONING, ev.externalProvisioning(provisioner));
  }
}
