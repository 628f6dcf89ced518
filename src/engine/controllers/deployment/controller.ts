// The Deployment controller: watches Deployments, their ReplicaSets (adopting orphans by selector)
// and pod deletions (a Recreate rollout waits for the old pods to be gone), and rolls each
// Deployment toward its template and size through ReplicaSets. Mirrors
// pkg/controller/deployment/deployment_controller.go (v1.31).

import { isStatusError } from '../../api/errors.ts';
import { controllerOf } from '../../api/owners.ts';
import { labelSelectorMatcher, labelSelectorMatches } from '../../api/selectors.ts';
import type { KubeObject, OwnerReference } from '../../api/types.ts';
import { clone, deepEqual } from '../../base/json.ts';
import type { EventRecorder } from '../../client/events.ts';
import { namespacedKey, splitKey, WorkQueue } from '../../client/workqueue.ts';
import type { Controller, ControllerDeps } from '../controller.ts';
import { claimObjects } from '../common/claim.ts';
import type { Informers } from '../common/informers.ts';
import type { SyncContext } from './context.ts';
import { deploymentSpec } from './objects.ts';
import { rolloutRecreate, type PodMap } from './recreate.ts';
import { rolloutRolling } from './rolling.ts';
import { checkPausedConditions, isScalingEvent, sync, syncStatusOnly } from './sync.ts';

export const DEPLOYMENT_CONTROLLER = 'deployment-controller';
/** How soon a watched change is acted on (the informer's delivery and the queue's pick-up). */
const REACTION_MS = 5;
/** The rate limiter's first step (workqueue.DefaultControllerRateLimiter: 5 ms). */
const RATE_LIMITED_MS = 5;

export class DeploymentController implements Controller {
  readonly name = DEPLOYMENT_CONTROLLER;
  private readonly queue: WorkQueue;
  private readonly recorder: EventRecorder;

  constructor(private readonly deps: ControllerDeps, private readonly informers: Informers) {
    this.queue = new WorkQueue(deps.clock, this.name, { sync: (key) => this.sync(key) });
    this.recorder = deps.recorder(this.name);
    deps.client.watch('apps/deployments', (e) => this.enqueue(e.object));
    informers.replicaSets.subscribe((type, rs, previous) => this.onReplicaSet(type, rs, previous));
    informers.pods.subscribe((type, pod) => {
      if (type === 'DELETED') this.onPodDeleted(pod);
    });
  }

  private enqueue(d: KubeObject, delayMs = REACTION_MS): void {
    this.queue.add(namespacedKey(d.metadata.namespace, d.metadata.name!), delayMs);
  }

  /** The Deployment a controller reference points at, if it still is that object. */
  private resolve(namespace: string | undefined, ref: OwnerReference | undefined): KubeObject | undefined {
    if (ref?.kind !== 'Deployment') return undefined;
    const d = this.deps.client.get('apps/deployments', namespace, ref.name);
    return d?.metadata.uid === ref.uid ? d : undefined;
  }

  /** Deployments whose selector matches an orphan ReplicaSet (adoption candidates). */
  private selecting(rs: KubeObject): KubeObject[] {
    const labels = rs.metadata.labels ?? {};
    return this.deps.client.list('apps/deployments', rs.metadata.namespace)
      .filter((d) => deploymentSpec(d).selector !== undefined && labelSelectorMatches(deploymentSpec(d).selector, labels));
  }

  private onReplicaSet(type: 'ADDED' | 'MODIFIED' | 'DELETED', rs: KubeObject, previous: KubeObject | undefined): void {
    const ns = rs.metadata.namespace;
    const ref = controllerOf(rs);
    const wake = (d: KubeObject | undefined): void => {
      if (d) this.enqueue(d);
    };
    if (type === 'DELETED' || (type === 'ADDED' && rs.metadata.deletionTimestamp)) {
      wake(this.resolve(ns, ref));
      return;
    }
    const oldRef = previous ? controllerOf(previous) : undefined;
    const refChanged = type === 'MODIFIED' && !deepEqual(oldRef, ref);
    if (refChanged && oldRef) wake(this.resolve(ns, oldRef));
    if (ref) {
      wake(this.resolve(ns, ref));
      return;
    }
    const labelsChanged = type === 'ADDED' || !deepEqual(previous?.metadata.labels, rs.metadata.labels);
    if (labelsChanged || refChanged) for (const d of this.selecting(rs)) wake(d);
  }

  /** A Recreate Deployment whose last pod is gone may now create its new ReplicaSet. */
  private onPodDeleted(pod: KubeObject): void {
    const rs = this.informers.replicaSets.get(pod.metadata.namespace, controllerOf(pod)?.name ?? '');
    if (!rs || controllerOf(pod)?.uid !== rs.metadata.uid) return;
    const d = this.resolve(rs.metadata.namespace, controllerOf(rs));
    if (!d || deploymentSpec(d).strategy?.type !== 'Recreate') return;
    const rsList = this.informers.replicaSets.controlledBy(d.metadata.uid!);
    let pods = 0;
    for (const list of this.podMap(d, rsList).values()) pods += list.length;
    if (pods === 0) this.enqueue(d);
  }

  /** The pods of each of the Deployment's ReplicaSets that its selector still matches. */
  private podMap(d: KubeObject, rsList: readonly KubeObject[]): PodMap {
    const selects = labelSelectorMatcher(deploymentSpec(d).selector);
    return new Map(rsList.map((rs) => [
      rs.metadata.uid!,
      this.informers.pods.controlledBy(rs.metadata.uid!).filter((p) => selects(p.metadata.labels ?? {})),
    ]));
  }

  sync(key: string): boolean {
    const { namespace, name } = splitKey(key);
    const stored = this.deps.client.get('apps/deployments', namespace, name);
    if (!stored) return true;
    const d = clone(stored);
    const ctx: SyncContext = {
      client: this.deps.client,
      recorder: this.recorder,
      replicaSets: this.informers.replicaSets,
      nowMs: this.deps.clock.nowMs,
      requeueAfter: (delayMs) => this.queue.addAfter(key, delayMs),
      requeueRateLimited: () => this.queue.add(key, RATE_LIMITED_MS),
    };
    try {
      this.syncDeployment(ctx, d);
    } catch (e) {
      if (!isStatusError(e)) throw e;
      return false;
    }
    return true;
  }

  /** Order of precedence as upstream: deleted, paused, scaling event, then the strategy's rollout. */
  private syncDeployment(ctx: SyncContext, d: KubeObject): void {
    const rsList = claimObjects({
      client: this.deps.client, resource: 'apps/replicasets', index: this.informers.replicaSets, owner: d, selector: deploymentSpec(d).selector,
    });
    // Only Recreate reads the pods; taken before any write, as upstream lists them.
    const podMap = deploymentSpec(d).strategy?.type === 'Recreate' ? this.podMap(d, rsList) : undefined;
    if (d.metadata.deletionTimestamp) {
      syncStatusOnly(ctx, d, rsList);
      return;
    }
    checkPausedConditions(ctx, d);
    if (deploymentSpec(d).paused || isScalingEvent(ctx, d, rsList)) {
      sync(ctx, d, rsList);
      return;
    }
    if (podMap) rolloutRecreate(ctx, d, rsList, podMap);
    else rolloutRolling(ctx, d, rsList);
  }
}
