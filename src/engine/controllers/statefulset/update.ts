// updateStatefulSet (stateful_set_control.go, v1.31): one pass over the set's ordinals. OrderedReady
// creates, repairs and waits for one ordinal at a time; Parallel handles them all at once in
// slow-start batches. Out-of-range pods are deleted from the highest ordinal down; then a
// RollingUpdate deletes the highest pod (at or above the partition) not at the update revision.

import { isStatusError } from '../../api/errors.ts';
import type { KubeObject } from '../../api/types.ts';
import { slowStartBatch } from '../common/slow-start.ts';
import {
  endOrdinal, identityMatches, ordinalOf, persistentVolumeClaims, podInOrdinalRange, podRevision, setSpec, startOrdinal, storageMatches,
} from './identity.ts';
import { aggregate, type StatefulPodControl } from './pod-control.ts';
import {
  isCreated, isFailed, isPending, isRunningAndAvailable, isRunningAndReady, isSucceeded, isTerminating, isUnavailable,
} from './pod-state.ts';
import { applyRevision, newVersionedStatefulSetPod } from './revision.ts';
import { countReplicas, type SetStatus } from './status.ts';

export interface UpdateDeps {
  readonly pods: StatefulPodControl;
  readonly claimExists: (namespace: string, name: string) => KubeObject | undefined;
  readonly nowMs: number;
}

export interface UpdateResult {
  readonly status: SetStatus;
  readonly error?: Error | undefined;
}

/** [stop here, error] as each step of the pass reports it. */
type Step = readonly [boolean, Error | undefined];
const GO_ON: Step = [false, undefined];
const STOP: Step = [true, undefined];

/** runForAll: in order until a step stops (OrderedReady), or every step in slow-start batches (Parallel). */
function runForAll(count: number, fn: (i: number) => Step, monotonic: boolean): Step {
  if (monotonic) {
    for (let i = 0; i < count; i++) {
      const step = fn(i);
      if (step[0] || step[1]) return [true, step[1]];
    }
    return GO_ON;
  }
  const errors: Error[] = [];
  let next = 0;
  slowStartBatch(count, 1, () => {
    const error = fn(next++)[1];
    if (error) errors.push(error);
    return error === undefined;
  });
  return errors.length > 0 ? [true, aggregate(errors)] : GO_ON;
}

class SetPass {
  private readonly minReady: number;
  private readonly monotonic: boolean;
  readonly replicas: KubeObject[] = [];
  readonly condemned: KubeObject[] = [];
  firstUnavailable: KubeObject | undefined;

  constructor(private readonly deps: UpdateDeps, private readonly set: KubeObject, private readonly updateSet: KubeObject) {
    this.minReady = setSpec(set).minReadySeconds ?? 0;
    this.monotonic = setSpec(set).podManagementPolicy !== 'Parallel';
  }

  /** Places each pod at its ordinal or among the condemned, and builds the missing ones. */
  partition(pods: readonly KubeObject[], currentSet: KubeObject, currentRevision: string, updateRevision: string): void {
    const start = startOrdinal(this.set);
    const slots = new Map<number, KubeObject>();
    for (const pod of pods) {
      if (podInOrdinalRange(pod, this.set)) slots.set(ordinalOf(pod), pod);
      else if (ordinalOf(pod) >= 0) this.condemned.push(pod);
    }
    for (let ord = start; ord <= endOrdinal(this.set); ord++) {
      this.replicas.push(slots.get(ord) ?? newVersionedStatefulSetPod(currentSet, this.updateSet, currentRevision, updateRevision, ord));
    }
    this.condemned.sort((a, b) => ordinalOf(b) - ordinalOf(a));
    const unavailable = (p: KubeObject): boolean => isUnavailable(p, this.minReady, this.deps.nowMs);
    this.firstUnavailable = this.replicas.find(unavailable) ?? [...this.condemned].reverse().find(unavailable);
  }

  run(): Step {
    const monotonic = this.monotonic;
    let step = runForAll(this.replicas.length, (i) => this.processReplica(this.replicas[i]!), monotonic);
    if (step[0] || step[1]) return step;
    step = runForAll(this.condemned.length, (i) => this.fixPodClaim(this.condemned[i]!), monotonic);
    if (step[0] || step[1]) return step;
    return runForAll(this.condemned.length, (i) => this.processCondemned(this.condemned[i]!), monotonic);
  }

  private processReplica(pod: KubeObject): Step {
    const { pods, nowMs } = this.deps;
    if (isFailed(pod) || isSucceeded(pod)) {
      if (!isTerminating(pod)) {
        const error = pods.delete(this.set, pod);
        if (error) return [true, error];
      }
      return STOP;
    }
    if (!isCreated(pod)) {
      if (this.claimIsStale(pod)) return STOP;
      const error = pods.create(this.set, pod);
      if (error) return [true, error];
      if (this.monotonic) return STOP;
    }
    if (isPending(pod)) {
      const error = pods.createMissingClaims(this.set, pod);
      if (error) return [true, error];
    }
    if (this.monotonic && (isTerminating(pod) || !isRunningAndReady(pod) || !isRunningAndAvailable(pod, this.minReady, nowMs))) return STOP;
    const retentionMatch = pods.claimsMatchRetentionPolicy(this.updateSet, pod);
    if (identityMatches(this.set, pod) && storageMatches(this.set, pod) && retentionMatch) return GO_ON;
    const error = pods.update(this.updateSet, pod);
    return error ? [true, error] : GO_ON;
  }

  /** PodClaimIsStale: with whenScaled Delete, a claim still owned by an earlier pod of this name blocks creation. */
  private claimIsStale(pod: KubeObject): boolean {
    if (setSpec(this.set).persistentVolumeClaimRetentionPolicy?.whenScaled !== 'Delete') return false;
    for (const claim of persistentVolumeClaims(this.set, ordinalOf(pod)).values()) {
      const existing = this.deps.claimExists(claim.metadata.namespace!, claim.metadata.name!);
      const ref = existing?.metadata.ownerReferences?.find((r) => r.kind === 'Pod' && r.apiVersion === 'v1' && r.name === pod.metadata.name);
      if (ref && ref.uid !== pod.metadata.uid) return true;
    }
    return false;
  }

  private fixPodClaim(pod: KubeObject): Step {
    const { pods } = this.deps;
    if (pods.claimsMatchRetentionPolicy(this.updateSet, pod)) return GO_ON;
    const error = pods.updateClaimsForRetentionPolicy(this.updateSet, pod);
    return error ? [true, error] : GO_ON;
  }

  private processCondemned(pod: KubeObject): Step {
    if (isTerminating(pod)) return this.monotonic ? STOP : GO_ON;
    const healthy = isRunningAndReady(pod) && isRunningAndAvailable(pod, this.minReady, this.deps.nowMs);
    if (this.monotonic && !healthy && pod !== this.firstUnavailable) return STOP;
    return [true, this.deps.pods.delete(this.set, pod)];
  }
}

/**
 * One reconciliation of `set` towards its spec at the given revisions; the status counts what it saw
 * (minus a pod it deleted for the rolling update). Nothing but the status while the set is deleted.
 */
export function updateStatefulSet(
  deps: UpdateDeps, set: KubeObject, currentRevision: KubeObject, updateRevision: KubeObject, collisionCount: number, pods: readonly KubeObject[],
): UpdateResult {
  const currentSet = applyRevision(set, currentRevision);
  const updateSet = applyRevision(set, updateRevision);
  const spec = setSpec(set);
  const minReady = spec.minReadySeconds ?? 0;
  const status: SetStatus = {
    observedGeneration: set.metadata.generation ?? 0, replicas: 0, readyReplicas: 0, currentReplicas: 0, updatedReplicas: 0,
    currentRevision: currentRevision.metadata.name!, updateRevision: updateRevision.metadata.name!, collisionCount, availableReplicas: 0,
  };
  countReplicas(status, minReady, deps.nowMs, pods);
  const pass = new SetPass(deps, set, updateSet);
  pass.partition(pods, currentSet, status.currentRevision, status.updateRevision);
  if (set.metadata.deletionTimestamp) return { status };
  const [stopped, error] = pass.run();
  countReplicas(status, minReady, deps.nowMs, pass.replicas, pass.condemned);
  if (stopped || error || spec.updateStrategy?.type === 'OnDelete') return { status, error };
  const updateMin = spec.updateStrategy?.rollingUpdate?.partition ?? 0;
  for (let target = pass.replicas.length - 1; target >= updateMin; target--) {
    const pod = pass.replicas[target]!;
    if (podRevision(pod) !== status.updateRevision && !isTerminating(pod)) {
      const deleteError = deps.pods.delete(set, pod);
      if (deleteError && !(isStatusError(deleteError) && deleteError.reason === 'NotFound')) return { status, error: deleteError };
      status.currentReplicas--;
      return { status };
    }
    if (isUnavailable(pod, minReady, deps.nowMs)) return { status };
  }
  return { status };
}
