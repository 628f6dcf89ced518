// The ReplicaSet controller: keeps `spec.replicas` active pods matching the selector — creating
// in slow-start batches, deleting the lowest-ranked pods first — adopts and releases pods by
// label, and writes the counts to status. The same manager serves ReplicationControllers, whose
// selector is a plain label map. Mirrors pkg/controller/replicaset and replication (v1.31).

import type { LabelSelector } from 'kubernetes-types/meta/v1';
import type { PodTemplateSpec } from 'kubernetes-types/core/v1';
import type { ReplicaSetSpec } from 'kubernetes-types/apps/v1';
import { isStatusError } from '../../api/errors.ts';
import { controllerOf } from '../../api/owners.ts';
import { labelSelectorMatcher, labelSelectorMatches } from '../../api/selectors.ts';
import type { KubeObject } from '../../api/types.ts';
import type { ResourceName } from '../../client/client.ts';
import type { EventRecorder } from '../../client/events.ts';
import { namespacedKey, splitKey, WorkQueue } from '../../client/workqueue.ts';
import type { Controller, ControllerDeps } from '../controller.ts';
import { claimObjects } from '../common/claim.ts';
import type { ControlledIndex } from '../common/controlled-index.ts';
import type { Informers } from '../common/informers.ts';
import { PodControl, podFromTemplate } from '../common/pod-control.ts';
import { rankPodsForDeletion } from '../common/pod-ranking.ts';
import { isPodActive, isPodReady, msUntilAvailable } from '../common/pod-utils.ts';
import { slowStartBatch } from '../common/slow-start.ts';
import { type PodCounts, PodTally } from './pod-tally.ts';
import { calculateStatus, countPods, statusChanged } from './status.ts';

/** At most this many pods created or deleted per sync (BurstReplicas). */
const BURST_REPLICAS = 500;
/** How soon a watched change is acted on (the informer's delivery and the queue's pick-up). */
const REACTION_MS = 5;

/** What differs between the two kinds the manager serves. */
export interface ReplicaKind {
  readonly kind: 'ReplicaSet' | 'ReplicationController';
  readonly resource: ResourceName;
  readonly component: 'replicaset-controller' | 'replication-controller';
  readonly index: (informers: Informers) => ControlledIndex;
}

export const REPLICA_SETS: ReplicaKind = {
  kind: 'ReplicaSet', resource: 'apps/replicasets', component: 'replicaset-controller', index: (i) => i.replicaSets,
};
export const REPLICATION_CONTROLLERS: ReplicaKind = {
  kind: 'ReplicationController', resource: '/replicationcontrollers', component: 'replication-controller', index: (i) => i.replicationControllers,
};

export class ReplicaSetController implements Controller {
  readonly name: string;
  private readonly owners: ControlledIndex;
  private readonly queue: WorkQueue;
  private readonly pods: PodControl;
  private readonly recorder: EventRecorder;
  private readonly tally: PodTally;

  constructor(private readonly deps: ControllerDeps, private readonly informers: Informers, private readonly kind: ReplicaKind = REPLICA_SETS) {
    this.name = kind.component;
    this.owners = kind.index(informers);
    this.queue = new WorkQueue(deps.clock, this.name, { sync: (key) => this.sync(key) });
    this.recorder = deps.recorder(this.name);
    this.pods = new PodControl(deps.client, this.recorder);
    this.tally = new PodTally(informers.pods, deps.clock, this.name);
    this.owners.subscribe((type, rs) => {
      if (type === 'DELETED') this.tally.forget(rs.metadata.uid!);
      this.enqueue(rs);
    });
    informers.pods.subscribe((type, pod, previous) => this.onPod(type, pod, previous));
  }

  private enqueue(rs: KubeObject, delayMs = REACTION_MS): void {
    this.queue.add(namespacedKey(rs.metadata.namespace, rs.metadata.name!), delayMs);
  }

  private onPod(type: string, pod: KubeObject, previous: KubeObject | undefined): void {
    const owners = new Set<KubeObject>();
    for (const p of previous ? [previous, pod] : [pod]) {
      const ref = controllerOf(p);
      const rs = ref ? this.ownerOf(p) : undefined;
      if (rs) owners.add(rs);
      if (!ref && type !== 'DELETED') for (const m of this.matchingReplicaSets(p)) owners.add(m);
    }
    for (const rs of owners) this.enqueue(rs);
    if (type !== 'MODIFIED' || !previous || isPodReady(previous) || !isPodReady(pod)) return;
    const rs = this.ownerOf(pod);
    const minReady = (rs?.spec as ReplicaSetSpec | undefined)?.minReadySeconds ?? 0;
    if (rs && minReady > 0) this.queue.addAfter(namespacedKey(rs.metadata.namespace, rs.metadata.name!), minReady * 1000 + 1);
  }

  private ownerOf(pod: KubeObject): KubeObject | undefined {
    const ref = controllerOf(pod);
    if (ref?.kind !== this.kind.kind) return undefined;
    const rs = this.owners.get(pod.metadata.namespace, ref.name);
    return rs?.metadata.uid === ref.uid ? rs : undefined;
  }

  private matchingReplicaSets(pod: KubeObject): KubeObject[] {
    const labels = pod.metadata.labels ?? {};
    return this.owners.inNamespace(pod.metadata.namespace ?? '').filter((rs) => labelSelectorMatches(selectorOf(rs), labels));
  }

  sync(key: string): boolean {
    const { namespace, name } = splitKey(key);
    const rs = this.owners.get(namespace, name);
    if (!rs) return true;
    const spec = rs.spec as ReplicaSetSpec;
    const nowMs = this.deps.clock.nowMs;
    const claimFree = this.claimFreeCounts(rs);
    // With minReadySeconds, available differs from Ready: only a visit of the pods tells.
    const tallied = claimFree && (spec.minReadySeconds ?? 0) === 0 ? claimFree : undefined;
    let pods: KubeObject[] = [];
    let manageError: Error | undefined;
    if (tallied && tallied.replicas <= (spec.replicas ?? 1)) {
      manageError = this.createPods(rs, (spec.replicas ?? 1) - tallied.replicas);
    } else {
      // With nothing to adopt or release, the claim would return exactly the pods the index holds.
      pods = (claimFree ? this.informers.pods.controlledBy(rs.metadata.uid!) : claimObjects({
        client: this.deps.client, resource: '/pods', index: this.informers.pods, owner: rs, selector: selectorOf(rs),
        filter: isPodActive,
      })).filter(isPodActive);
      manageError = rs.metadata.deletionTimestamp ? undefined : this.manageReplicas(rs, pods);
    }
    // The tally was read before any deletion, as upstream counts the pods it filtered.
    const status = calculateStatus(rs, tallied ? { ...tallied, available: tallied.ready } : countPods(rs, pods, nowMs), manageError, nowMs);
    if (statusChanged(rs, status)) {
      try {
        this.deps.client.updateStatus(this.kind.resource, { ...rs, status });
      } catch (e) {
        if (!isStatusError(e)) throw e;
        return false;
      }
    }
    const minReady = spec.minReadySeconds ?? 0;
    if (!manageError && minReady > 0) {
      const waits = pods.map((p) => msUntilAvailable(p, minReady, nowMs)).filter((ms) => ms !== undefined);
      if (waits.length > 0) this.queue.addAfter(key, Math.min(...waits));
    }
    return manageError === undefined;
  }

  /**
   * The counts from the tally when the claim has nothing to do: nothing to release or adopt. The sync
   * then needs no pod one by one unless it deletes some or available differs from Ready
   * (minReadySeconds).
   */
  private claimFreeCounts(rs: KubeObject): PodCounts | undefined {
    const spec = rs.spec as ReplicaSetSpec;
    if (rs.metadata.deletionTimestamp) return undefined;
    const selector = selectorOf(rs);
    const counts = this.tally.counts(rs, selector, spec.template?.metadata?.labels ?? {});
    if (!counts) return undefined;
    const selects = labelSelectorMatcher(selector);
    const adoptable = this.informers.pods.orphansIn(rs.metadata.namespace!)
      .some((o) => !o.metadata.deletionTimestamp && selects(o.metadata.labels ?? {}) && isPodActive(o));
    return adoptable ? undefined : counts;
  }

  /** Creates or deletes pods towards spec.replicas; returns the first error. */
  private manageReplicas(rs: KubeObject, pods: readonly KubeObject[]): Error | undefined {
    const spec = rs.spec as ReplicaSetSpec;
    const diff = pods.length - (spec.replicas ?? 1);
    if (diff < 0) return this.createPods(rs, -diff);
    if (diff === 0) return undefined;
    const victims = diff < pods.length
      ? rankPodsForDeletion(pods, this.relatedPods(rs, pods), this.deps.clock.nowMs, Math.min(diff, BURST_REPLICAS))
      : pods.slice(0, BURST_REPLICAS);
    let error: Error | undefined;
    for (const pod of victims) if (!this.pods.delete(rs, pod)) error ??= new Error(`unable to delete pod ${pod.metadata.name}`);
    return error;
  }

  /** Creates `missing` pods (none when not positive) in slow-start batches; returns the first error. */
  private createPods(rs: KubeObject, missing: number): Error | undefined {
    if (missing <= 0) return undefined;
    let error: Error | undefined;
    const template = (rs.spec as ReplicaSetSpec).template as PodTemplateSpec;
    slowStartBatch(Math.min(missing, BURST_REPLICAS), 1, () => {
      const result = this.pods.create(rs, podFromTemplate(template, rs));
      if (result instanceof Error) error ??= result;
      return !(result instanceof Error);
    });
    return error;
  }

  /** The pods of every ReplicaSet sharing this one's controller (its Deployment's other revisions). */
  private relatedPods(rs: KubeObject, own: readonly KubeObject[]): KubeObject[] {
    const owner = controllerOf(rs);
    if (!owner) return [...own];
    return this.owners.controlledBy(owner.uid)
      .flatMap((sibling) => this.informers.pods.controlledBy(sibling.metadata.uid!));
  }
}

/** A ReplicaSet's LabelSelector; a ReplicationController's label map (its template's labels when unset). */
function selectorOf(owner: KubeObject): LabelSelector | undefined {
  const selector = (owner.spec as { selector?: unknown } | undefined)?.selector;
  if (owner.kind === 'ReplicaSet') return selector as LabelSelector | undefined;
  return selector ? { matchLabels: selector as Record<string, string> } : undefined;
}
