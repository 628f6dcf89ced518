// The DaemonSet controller: one pod per node that should run it, created with the node's name as a
// required node affinity (the scheduler binds it); revisions of the template, rolling updates,
// and the per-node counts in status. Watches DaemonSets, their pods and revisions, and nodes.
// Mirrors pkg/controller/daemon/daemon_controller.go (v1.31).

import { controllerOf } from '../../api/owners.ts';
import { labelSelectorMatches } from '../../api/selectors.ts';
import type { KubeObject } from '../../api/types.ts';
import type { EventRecorder } from '../../client/events.ts';
import { namespacedKey, splitKey, WorkQueue } from '../../client/workqueue.ts';
import type { Controller, ControllerDeps } from '../controller.ts';
import { claimObjects } from '../common/claim.ts';
import type { Informers } from '../common/informers.ts';
import { PodControl } from '../common/pod-control.ts';
import { msUntilAvailable, podStatus } from '../common/pod-utils.ts';
import { History } from '../history/control.ts';
import { FailedPodsBackoff } from './backoff.ts';
import { DaemonRevisions } from './history.ts';
import { podsShouldBeOnNode, syncNodes, unscheduledPodsWithoutNode, type ManageContext } from './manage.ts';
import { nodeShouldRunDaemonPod } from './node-should-run.ts';
import { countDaemonPods, nextStatus } from './status.ts';
import { rollingUpdate } from './update.ts';
import { REVISION_HASH_LABEL, dsSpec, targetNodeName } from './util.ts';

const COMPONENT = 'daemonset-controller';
/** How soon a watched change is acted on (the informer's delivery and the queue's pick-up). */
const REACTION_MS = 5;

const isPodTerminal = (pod: KubeObject): boolean => ['Failed', 'Succeeded'].includes(podStatus(pod).phase ?? '');

export class DaemonSetsController implements Controller {
  readonly name = COMPONENT;
  private readonly queue: WorkQueue;
  private readonly recorder: EventRecorder;
  private readonly pods: PodControl;
  private readonly revisions: DaemonRevisions;
  private readonly backoff = new FailedPodsBackoff();

  constructor(private readonly deps: ControllerDeps, private readonly informers: Informers) {
    this.queue = new WorkQueue(deps.clock, COMPONENT, { sync: (key) => this.sync(key) });
    this.recorder = deps.recorder(COMPONENT);
    this.pods = new PodControl(deps.client, this.recorder);
    this.revisions = new DaemonRevisions(deps.client, new History(deps.client));
    deps.clock.onRestore(`${COMPONENT}/backoff`, () => this.backoff.clear());
    informers.daemonSets.subscribe((_type, ds) => this.enqueue(ds));
    informers.pods.subscribe((type, pod, previous) => this.onOwned(type, pod, previous));
    informers.controllerRevisions.subscribe((type, rev, previous) => this.onOwned(type, rev, previous));
    informers.nodes.subscribe((type, node, previous) => this.onNode(type, node, previous));
  }

  private enqueue(ds: KubeObject): void {
    this.queue.add(namespacedKey(ds.metadata.namespace, ds.metadata.name!), REACTION_MS);
  }

  /** A pod or revision changed: sync its DaemonSet, or those that may adopt an orphan. */
  private onOwned(type: string, obj: KubeObject, previous: KubeObject | undefined): void {
    const owners = new Set<KubeObject>();
    for (const o of previous ? [previous, obj] : [obj]) {
      const owner = this.ownerOf(o);
      if (owner) owners.add(owner);
      if (!controllerOf(o) && type !== 'DELETED') for (const ds of this.selecting(o)) owners.add(ds);
    }
    for (const ds of owners) this.enqueue(ds);
  }

  /** addNode / updateNode: the DaemonSets whose placement the change may alter. */
  private onNode(type: string, node: KubeObject, previous: KubeObject | undefined): void {
    if (type === 'DELETED') return;
    for (const ds of this.allDaemonSets()) {
      const now = nodeShouldRunDaemonPod(node, ds);
      if (!previous) {
        if (now.shouldRun) this.enqueue(ds);
        continue;
      }
      const before = nodeShouldRunDaemonPod(previous, ds);
      if (before.shouldRun !== now.shouldRun || before.shouldContinueRunning !== now.shouldContinueRunning) this.enqueue(ds);
    }
  }

  private allDaemonSets(): KubeObject[] {
    return this.deps.client.list('apps/daemonsets');
  }

  private ownerOf(obj: KubeObject): KubeObject | undefined {
    const ref = controllerOf(obj);
    if (ref?.kind !== 'DaemonSet') return undefined;
    const ds = this.informers.daemonSets.get(obj.metadata.namespace, ref.name);
    return ds?.metadata.uid === ref.uid ? ds : undefined;
  }

  private selecting(obj: KubeObject): KubeObject[] {
    const labels = obj.metadata.labels ?? {};
    return this.informers.daemonSets.orphansIn(obj.metadata.namespace ?? '').filter((ds) => labelSelectorMatches(dsSpec(ds).selector, labels));
  }

  /**
   * getNodesToDaemonPods: the claimed pods by the node they run on or are pinned to; finished pods
   * already being deleted only when asked for (history cleanup).
   */
  private nodeToPods(ds: KubeObject, includeDeletedTerminal = false): Map<string, KubeObject[]> {
    const pods = claimObjects({ client: this.deps.client, resource: '/pods', index: this.informers.pods, owner: ds, selector: dsSpec(ds).selector });
    const byNode = new Map<string, KubeObject[]>();
    for (const pod of pods) {
      if (!includeDeletedTerminal && pod.metadata.deletionTimestamp && isPodTerminal(pod)) continue;
      const node = targetNodeName(pod);
      if (node === undefined) continue;
      byNode.set(node, [...(byNode.get(node) ?? []), pod]);
    }
    return byNode;
  }

  /** syncDaemonSet. API errors propagate: the queue retries the key with back-off. */
  sync(key: string): boolean {
    const { namespace, name } = splitKey(key);
    const ds = this.informers.daemonSets.get(namespace, name);
    if (!ds || ds.metadata.deletionTimestamp) return true;
    const client = this.deps.client;
    const nodes = client.list('/nodes');
    const owned = claimObjects({ client, resource: 'apps/controllerrevisions', index: this.informers.controllerRevisions, owner: ds, selector: dsSpec(ds).selector });
    const history = this.revisions.construct(ds, owned, () => [...this.nodeToPods(ds).values()].flat());
    const hash = history.current.metadata.labels?.[REVISION_HASH_LABEL] ?? '';
    const errors = this.updateDaemonSet(ds, nodes, hash);
    this.revisions.cleanup(ds, history.old, [...this.nodeToPods(ds, true).values()].flat());
    const nodeToPods = this.nodeToPods(ds);
    const nowMs = this.deps.clock.nowMs;
    const status = nextStatus(ds, countDaemonPods(ds, nodes, nodeToPods, hash, nowMs));
    if (status) client.updateStatus('apps/daemonsets', { ...ds, status });
    this.requeueForAvailability(key, ds, nodeToPods, nowMs);
    return errors.length === 0;
  }

  /** manage, then (when manage wrote nothing, as expectations would have it) the rolling update. */
  private updateDaemonSet(ds: KubeObject, nodes: readonly KubeObject[], hash: string): Error[] {
    const ctx: ManageContext = {
      ds, hash, nowMs: this.deps.clock.nowMs, backoff: this.backoff, recorder: this.recorder,
      requeueAfter: (ms) => this.queue.addAfter(namespacedKey(ds.metadata.namespace, ds.metadata.name!), ms),
    };
    const nodeToPods = this.nodeToPods(ds);
    const create: string[] = [];
    const remove: string[] = [];
    for (const node of nodes) {
      const plan = podsShouldBeOnNode(ctx, node, nodeToPods.get(node.metadata.name!));
      create.push(...plan.create);
      remove.push(...plan.remove);
    }
    remove.push(...unscheduledPodsWithoutNode(nodes, nodeToPods));
    const errors = syncNodes(ctx, this.pods, remove, create);
    if (create.length + remove.length > 0 || dsSpec(ds).updateStrategy?.type !== 'RollingUpdate') return errors;
    const rolling = rollingUpdate(ds, nodes, this.nodeToPods(ds), hash, ctx.nowMs);
    return [...errors, ...syncNodes(ctx, this.pods, rolling.remove, rolling.create)];
  }

  /** Deviation from upstream: a resync when the next ready pod turns available, not every minReadySeconds. */
  private requeueForAvailability(key: string, ds: KubeObject, nodeToPods: ReadonlyMap<string, readonly KubeObject[]>, nowMs: number): void {
    const minReady = dsSpec(ds).minReadySeconds ?? 0;
    if (minReady <= 0) return;
    const waits = [...nodeToPods.values()].flat().map((p) => msUntilAvailable(p, minReady, nowMs)).filter((ms) => ms !== undefined);
    if (waits.length > 0) this.queue.addAfter(key, Math.min(...waits));
  }
}
