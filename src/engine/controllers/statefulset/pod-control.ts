// Creating, updating and deleting a StatefulSet's pods and claims (stateful_pod_control.go, v1.31):
// a pod's claims are created before the pod; every outcome is an event on the set
// (`create Pod web-0 in StatefulSet web successful`, `create Claim www-web-0 Pod web-0 in StatefulSet web success`).

import { isStatusError } from '../../api/errors.ts';
import type { KubeObject } from '../../api/types.ts';
import { clone } from '../../base/json.ts';
import type { ApiClient } from '../../client/client.ts';
import type { EventRecorder } from '../../client/events.ts';
import { identityMatches, ordinalOf, persistentVolumeClaims, storageMatches, updateIdentity, updateStorage } from './identity.ts';
import { claimOwnerMatchesSetAndPod, claimWithPolicyOwners } from './retention.ts';

type Verb = 'create' | 'update' | 'delete';

const CLAIMS = '/persistentvolumeclaims';

/** utilerrors.NewAggregate: one error prints as itself, several as `[a, b]`. */
export function aggregate(errors: readonly Error[]): Error | undefined {
  if (errors.length === 0) return undefined;
  return errors.length === 1 ? errors[0] : new Error(`[${errors.map((e) => e.message).join(', ')}]`);
}

function capitalized(verb: Verb): string {
  return verb[0]!.toUpperCase() + verb.slice(1);
}

export class StatefulPodControl {
  constructor(private readonly client: ApiClient, private readonly recorder: EventRecorder) {}

  /** CreateStatefulPod: its claims first, then the pod. An AlreadyExists pod is returned silently. */
  create(set: KubeObject, pod: KubeObject): Error | undefined {
    const claimsError = this.createClaims(set, pod);
    if (claimsError) {
      this.recordPodEvent('create', set, pod, claimsError);
      return claimsError;
    }
    let error: Error | undefined;
    try {
      this.client.create('/pods', pod);
    } catch (e) {
      if (!isStatusError(e)) throw e;
      if (e.reason === 'AlreadyExists') return e;
      error = e;
    }
    const policyError = this.updateClaimsForRetentionPolicy(set, pod);
    if (policyError) {
      this.recordPodEvent('update', set, pod, policyError);
      return policyError;
    }
    this.recordPodEvent('create', set, pod, error);
    return error;
  }

  /** UpdateStatefulPod: restores the pod's identity, storage and claim owners; records an event when it wrote. */
  update(set: KubeObject, current: KubeObject): Error | undefined {
    const pod = clone(current);
    let consistent = true;
    if (!identityMatches(set, pod)) {
      updateIdentity(set, pod);
      consistent = false;
    }
    if (!storageMatches(set, pod)) {
      updateStorage(set, pod);
      consistent = false;
      const claimsError = this.createClaims(set, pod);
      if (claimsError) {
        this.recordPodEvent('update', set, pod, claimsError);
        return claimsError;
      }
    }
    if (!this.claimsMatchRetentionPolicy(set, pod)) {
      const policyError = this.updateClaimsForRetentionPolicy(set, pod);
      if (policyError) {
        this.recordPodEvent('update', set, pod, policyError);
        return policyError;
      }
      consistent = false;
    }
    if (consistent) return undefined;
    const error = this.write(() => this.client.update('/pods', pod));
    this.recordPodEvent('update', set, pod, error);
    return error;
  }

  /** DeleteStatefulPod: a pod already gone is still an error here (callers decide). */
  delete(set: KubeObject, pod: KubeObject): Error | undefined {
    const error = this.write(() => this.client.delete('/pods', pod.metadata.namespace, pod.metadata.name!));
    this.recordPodEvent('delete', set, pod, error);
    return error;
  }

  /** createMissingPersistentVolumeClaims: for a pending pod whose claims went missing. */
  createMissingClaims(set: KubeObject, pod: KubeObject): Error | undefined {
    const error = this.createClaims(set, pod);
    if (error) return error;
    const policyError = this.updateClaimsForRetentionPolicy(set, pod);
    if (policyError) this.recordPodEvent('update', set, pod, policyError);
    return policyError;
  }

  /** ClaimsMatchRetentionPolicy: every existing claim of the pod has the owners the policy wants. */
  claimsMatchRetentionPolicy(set: KubeObject, pod: KubeObject): boolean {
    for (const claim of persistentVolumeClaims(set, ordinalOf(pod)).values()) {
      const existing = this.client.get(CLAIMS, claim.metadata.namespace, claim.metadata.name!);
      if (existing && !claimOwnerMatchesSetAndPod(existing, set, pod)) return false;
    }
    return true;
  }

  /** UpdatePodClaimForRetentionPolicy. */
  updateClaimsForRetentionPolicy(set: KubeObject, pod: KubeObject): Error | undefined {
    for (const claim of persistentVolumeClaims(set, ordinalOf(pod)).values()) {
      const existing = this.client.get(CLAIMS, claim.metadata.namespace, claim.metadata.name!);
      const updated = existing ? claimWithPolicyOwners(existing, set, pod) : undefined;
      if (!updated) continue;
      const error = this.write(() => this.client.update(CLAIMS, updated));
      if (error) return new Error(`Could not update claim ${claim.metadata.name} for delete policy ownerRefs: ${error.message}`);
    }
    return undefined;
  }

  /** createPersistentVolumeClaims: creates the claims that do not exist; one that is being deleted is an error. */
  private createClaims(set: KubeObject, pod: KubeObject): Error | undefined {
    const errors: Error[] = [];
    for (const claim of persistentVolumeClaims(set, ordinalOf(pod)).values()) {
      const name = claim.metadata.name!;
      const existing = this.client.get(CLAIMS, claim.metadata.namespace, name);
      if (existing) {
        if (existing.metadata.deletionTimestamp) errors.push(new Error(`pvc ${name} is being deleted`));
        continue;
      }
      const error = this.write(() => this.client.create(CLAIMS, claim));
      if (error) errors.push(new Error(`failed to create PVC ${name}: ${error.message}`));
      if (!error || !(isStatusError(error) && error.reason === 'AlreadyExists')) this.recordClaimEvent(set, pod, name, error);
    }
    return aggregate(errors);
  }

  private write(fn: () => unknown): Error | undefined {
    try {
      fn();
      return undefined;
    } catch (e) {
      if (!isStatusError(e)) throw e;
      return e;
    }
  }

  private recordPodEvent(verb: Verb, set: KubeObject, pod: KubeObject, error: Error | undefined): void {
    const subject = `Pod ${pod.metadata.name} in StatefulSet ${set.metadata.name}`;
    if (!error) this.recorder.record(set, 'Normal', `Successful${capitalized(verb)}`, `${verb} ${subject} successful`);
    else this.recorder.record(set, 'Warning', `Failed${capitalized(verb)}`, `${verb} ${subject} failed error: ${error.message}`);
  }

  private recordClaimEvent(set: KubeObject, pod: KubeObject, claim: string, error: Error | undefined): void {
    const where = `Pod ${pod.metadata.name} in StatefulSet ${set.metadata.name}`;
    if (!error) this.recorder.record(set, 'Normal', 'SuccessfulCreate', `create Claim ${claim} ${where} success`);
    else this.recorder.record(set, 'Warning', 'FailedCreate', `create Claim ${claim} for ${where} failed error: ${error.message}`);
  }
}
