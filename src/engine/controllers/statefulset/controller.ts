// The StatefulSet controller: watches sets, their pods and revisions, and syncs a set by adopting
// its orphaned revisions and pods (pods only when their name is of the set) before handing them to
// StatefulSetControl. Mirrors pkg/controller/statefulset/stateful_set.go (v1.31).

import type { KubeObject } from '../../api/types.ts';
import { controllerOf } from '../../api/owners.ts';
import { labelSelectorMatches } from '../../api/selectors.ts';
import { namespacedKey, splitKey, WorkQueue } from '../../client/workqueue.ts';
import type { Controller, ControllerDeps } from '../controller.ts';
import { claimObjects } from '../common/claim.ts';
import type { ControlledIndex } from '../common/controlled-index.ts';
import type { Informers } from '../common/informers.ts';
import { msUntilAvailable } from '../common/pod-utils.ts';
import { History } from '../history/control.ts';
import { StatefulSetControl } from './control.ts';
import { isMemberOf, setSpec } from './identity.ts';
import { StatefulPodControl } from './pod-control.ts';

const COMPONENT = 'statefulset-controller';
/** How soon a watched change is acted on (the informer's delivery and the queue's pick-up). */
const REACTION_MS = 5;

export class StatefulSetController implements Controller {
  readonly name = COMPONENT;
  private readonly sets: ControlledIndex;
  private readonly queue: WorkQueue;
  private readonly control: StatefulSetControl;

  constructor(private readonly deps: ControllerDeps, private readonly informers: Informers) {
    this.sets = informers.statefulSets;
    this.queue = new WorkQueue(deps.clock, COMPONENT, { sync: (key) => this.sync(key) });
    const recorder = deps.recorder(COMPONENT);
    this.control = new StatefulSetControl(deps.client, new StatefulPodControl(deps.client, recorder), new History(deps.client));
    this.sets.subscribe((_type, set) => this.enqueue(set));
    informers.pods.subscribe((type, pod, previous) => this.onOwned(type, pod, previous));
    informers.controllerRevisions.subscribe((type, rev, previous) => this.onOwned(type, rev, previous));
  }

  private enqueue(set: KubeObject): void {
    this.queue.add(namespacedKey(set.metadata.namespace, set.metadata.name!), REACTION_MS);
  }

  /** A pod or revision changed: sync its set, or the sets that may adopt an orphan. */
  private onOwned(type: string, obj: KubeObject, previous: KubeObject | undefined): void {
    const sets = new Set<KubeObject>();
    for (const o of previous ? [previous, obj] : [obj]) {
      const owner = this.ownerOf(o);
      if (owner) sets.add(owner);
      if (!controllerOf(o) && type !== 'DELETED') for (const s of this.setsSelecting(o)) sets.add(s);
    }
    for (const set of sets) this.enqueue(set);
  }

  private ownerOf(obj: KubeObject): KubeObject | undefined {
    const ref = controllerOf(obj);
    if (ref?.kind !== 'StatefulSet') return undefined;
    const set = this.sets.get(obj.metadata.namespace, ref.name);
    return set?.metadata.uid === ref.uid ? set : undefined;
  }

  private setsSelecting(obj: KubeObject): KubeObject[] {
    const labels = obj.metadata.labels ?? {};
    return this.sets.orphansIn(obj.metadata.namespace ?? '').filter((s) => labelSelectorMatches(setSpec(s).selector, labels));
  }

  sync(key: string): boolean {
    const { namespace, name } = splitKey(key);
    const set = this.sets.get(namespace, name);
    if (!set) return true;
    const selector = setSpec(set).selector;
    const client = this.deps.client;
    const revisions = claimObjects({ client, resource: 'apps/controllerrevisions', index: this.informers.controllerRevisions, owner: set, selector });
    const pods = claimObjects({
      client, resource: '/pods', index: this.informers.pods, owner: set, selector, filter: (p) => isMemberOf(set, p),
    });
    const nowMs = this.deps.clock.nowMs;
    const { error } = this.control.update(set, pods, revisions, nowMs);
    this.requeueForAvailability(key, set);
    return error === undefined;
  }

  /** Deviation from upstream: instead of a resync every minReadySeconds, one when the next ready pod turns available. */
  private requeueForAvailability(key: string, set: KubeObject): void {
    const minReady = setSpec(set).minReadySeconds ?? 0;
    if (minReady <= 0) return;
    const nowMs = this.deps.clock.nowMs;
    const waits = this.informers.pods.controlledBy(set.metadata.uid!)
      .map((p) => msUntilAvailable(p, minReady, nowMs)).filter((ms) => ms !== undefined);
    if (waits.length > 0) this.queue.addAfter(key, Math.min(...waits));
  }
}
