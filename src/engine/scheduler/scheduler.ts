// kube-scheduler: follows nodes and pods through watches, keeps the scheduling queue, and runs one
// scheduling cycle at a time from clock events — a few virtual milliseconds per pod — binding the pod
// or reporting why it cannot run (and preempting lower-priority pods when that helps).
// Mirrors pkg/scheduler (scheduler.go, schedule_one.go, eventhandlers.go; v1.31, default profile).
// Determinism: the queue lives in clock events and everything else is rebuilt from the API on restore.

import type { Pod, PodSpec } from 'kubernetes-types/core/v1';
import type { PodDisruptionBudget } from 'kubernetes-types/policy/v1';
import type { KubeObject } from '../api/types.ts';
import type { WatchEvent } from '../apiserver/server.ts';
import type { ControllerDeps } from '../controllers/controller.ts';
import { SchedulerCache } from './cache/cache.ts';
import { ClusterLister } from './cache/cluster-lister.ts';
import { newPodInfo, type PodInfo } from './cache/pod-info.ts';
import {
  ASSIGNED_POD_ADD, ASSIGNED_POD_DELETE, NODE_ADD, POD_SCALE_DOWN, crossTopology, nodeUpdateEvents, podUpdateEvents, preCheckForNode, storageEvent,
} from './cluster-events.ts';
import { ExplanationStore, type AttemptSummary, type CycleTrace, type Outcome, type SchedulingExplanation } from './explain/explanation.ts';
import { ERR_NO_NODES_AVAILABLE, fitErrorMessage } from './framework/fit-error.ts';
import { PodNominator } from './framework/nominator.ts';
import { DEFAULT_SCHEDULER, Outcomes, REASON_SCHEDULER_ERROR, REASON_UNSCHEDULABLE, type Nomination } from './outcome.ts';
import { preempt } from './plugins/defaultpreemption/plugin.ts';
import { defaultProfile, type DefaultProfile } from './plugins/registry.ts';
import { NO_VOLUME_BINDING, type VolumeBinder } from './plugins/volumebinding/binder.ts';
import { SchedulingQueue, type QueuedPod } from './queue/scheduling-queue.ts';
import { schedulePod, type AlgorithmDeps, type Unfit } from './schedule-one.ts';
import { activityOf, type ActivityLog } from '../activity/log.ts';
import { recordSchedulingCycle } from '../activity/scheduling.ts';

export const SCHEDULER_TARGET = 'kube-scheduler';
/** Virtual time one scheduling cycle takes (and a newly queued pod waits before it starts). */
export const CYCLE_MS = 3;

export interface SchedulerOptions {
  /** Pods naming this scheduler are ours (default `default-scheduler`). */
  readonly schedulerName?: string;
  /** 0 (the default) is the adaptive rule. */
  readonly percentageOfNodesToScore?: number;
  /** The storage side of VolumeBinding. */
  readonly volumeBinder?: VolumeBinder;
}

const specOf = (pod: KubeObject): PodSpec => (pod.spec ?? {}) as PodSpec;
const isTerminal = (pod: KubeObject): boolean => {
  const phase = ((pod.status ?? {}) as NonNullable<Pod['status']>).phase;
  return phase === 'Succeeded' || phase === 'Failed';
};

export class Scheduler {
  readonly name: string;
  private readonly cache = new SchedulerCache();
  private readonly lister: ClusterLister;
  private readonly nominator = new PodNominator();
  private readonly explanations = new ExplanationStore();
  private readonly profile: DefaultProfile;
  private readonly queue: SchedulingQueue;
  private readonly outcomes: Outcomes;
  private readonly algorithm: AlgorithmDeps;
  private cycleArmed = false;
  private stopped = false;
  private nextStartIndex = 0;
  private readonly activity: ActivityLog;

  constructor(private readonly deps: ControllerDeps, options: SchedulerOptions = {}) {
    const { client, clock } = deps;
    this.name = options.schedulerName ?? DEFAULT_SCHEDULER;
    this.activity = activityOf(clock);
    this.lister = new ClusterLister(client);
    this.profile = defaultProfile({ client, cache: this.cache, lister: this.lister, volumeBinder: options.volumeBinder ?? NO_VOLUME_BINDING });
    this.algorithm = {
      profile: this.profile, cache: this.cache, nominator: this.nominator, rand: deps.rand,
      percentageOfNodesToScore: options.percentageOfNodesToScore ?? 0,
    };
    this.outcomes = new Outcomes(client, deps.recorder(this.name), () => clock.nowMs);
    this.queue = new SchedulingQueue({
      clock, events: this.profile.events, onActivated: () => this.armCycle(), pendingPods: () => this.pendingPods(),
    });
    clock.register(SCHEDULER_TARGET, (key) => this.runCycle(key));
    clock.onRestore(SCHEDULER_TARGET, (keys) => this.restore(keys));
    client.watch('/nodes', (e) => this.onNode(e));
    client.watch('/pods', (e) => this.onPod(e));
    client.watch('/persistentvolumeclaims', (e) => this.queue.moveAll(storageEvent('PersistentVolumeClaim', e.type)));
    client.watch('/persistentvolumes', (e) => this.queue.moveAll(storageEvent('PersistentVolume', e.type)));
    client.watch('storage.k8s.io/storageclasses', (e) => this.queue.moveAll(storageEvent('StorageClass', e.type)));
    this.resync();
    for (const pod of this.pendingPods()) this.queue.add(pod);
  }

  /** The latest scheduling attempt of a pod, as plain data ("why Pending / why this node"). */
  explain(namespace: string, name: string): SchedulingExplanation | undefined {
    return this.explanations.explain(namespace, name);
  }

  /** Pods this scheduler must place: ours, unbound, not being deleted, not gated. */
  private responsibleFor(pod: KubeObject): boolean {
    const spec = specOf(pod);
    return (spec.schedulerName ?? DEFAULT_SCHEDULER) === this.name && !spec.nodeName && !pod.metadata.deletionTimestamp &&
      (spec.schedulingGates ?? []).length === 0;
  }

  private pendingPods(): KubeObject[] {
    return this.deps.client.list('/pods').filter((p) => this.responsibleFor(p));
  }

  /** Rebuilds the cache, the listers and the nominations from the API. */
  private resync(): void {
    const { client } = this.deps;
    this.cache.clear();
    this.nominator.clear();
    this.lister.resync();
    for (const node of client.list('/nodes')) this.cache.setNode(node);
    for (const pod of client.list('/pods')) {
      if (specOf(pod).nodeName) {
        if (!isTerminal(pod)) this.cache.setPod(pod);
      } else if (this.responsibleFor(pod)) {
        this.nominator.set(pod);
      }
    }
  }

  private restore(keys: readonly string[]): void {
    this.resync();
    this.explanations.clear();
    const cycle = keys.find((k) => k.startsWith('cycle|'));
    this.cycleArmed = cycle !== undefined;
    this.nextStartIndex = cycle ? Number(cycle.slice('cycle|'.length)) : 0;
    if (this.queue.hasActive()) this.armCycle();
  }

  /**
   * The kube-scheduler process stops (its static pod's manifest is gone) or runs again: while stopped
   * no cycle runs and pods wait in the queue, as they wait Pending with no scheduler at all.
   */
  setRunning(running: boolean): void {
    this.stopped = !running;
    if (running && this.queue.hasActive()) this.armCycle();
  }

  private armCycle(): void {
    if (this.cycleArmed || this.stopped) return;
    this.cycleArmed = true;
    this.deps.clock.schedule(SCHEDULER_TARGET, `cycle|${this.nextStartIndex}`, CYCLE_MS);
  }

  /** scheduleOne, then the next cycle while activeQ holds pods (the search start resets when it empties). */
  private runCycle(key: string): void {
    this.cycleArmed = false;
    this.nextStartIndex = Number(key.slice('cycle|'.length));
    if (this.stopped) return;
    const qp = this.queue.pop();
    if (qp) this.scheduleOne(qp);
    if (this.queue.hasActive()) this.armCycle();
    else this.nextStartIndex = 0;
  }

  private scheduleOne(qp: QueuedPod): void {
    const pod = newPodInfo(qp.pod);
    const attempt = schedulePod(this.algorithm, pod, this.nextStartIndex);
    this.nextStartIndex = attempt.nextStartIndex;
    const { result, trace } = attempt;
    if (this.activity.enabled) recordSchedulingCycle(this.activity, qp.pod, attempt, this.cache.nodes.length);
    if (result.kind === 'fit') {
      this.profile.volumeBinding.bind(pod, result.node);
      const error = this.outcomes.bind(qp.pod, result.node);
      this.queue.done();
      if (error === undefined) this.record(qp, trace, 'Scheduled', { nodeName: result.node });
      else this.fail(qp, trace, REASON_SCHEDULER_ERROR, error, [], 'keep');
      return;
    }
    if (result.kind === 'noNodes') {
      this.fail(qp, trace, REASON_UNSCHEDULABLE, ERR_NO_NODES_AVAILABLE, [], 'clear');
      return;
    }
    const { message, nomination } = this.postFilter(pod, result);
    this.fail(qp, trace, REASON_UNSCHEDULABLE, message, [...result.unschedulablePlugins], nomination);
  }

  /** RunPostFilterPlugins (DefaultPreemption) and the FitError text that results. */
  private postFilter(pod: PodInfo, unfit: Unfit): { message: string; nomination: Nomination } {
    const pdbs = this.deps.client.list('policy/poddisruptionbudgets') as unknown as PodDisruptionBudget[];
    const p = preempt({
      pod, statuses: unfit.statuses, filters: unfit.filters, nodes: this.cache.nodes, nominator: this.nominator, pdbs,
      rand: this.deps.rand, nowMs: this.deps.clock.nowMs,
    });
    const diagnosis = { statuses: unfit.statuses, ...(unfit.preFilterMsg ? { preFilterMsg: unfit.preFilterMsg } : {}) };
    if (p.kind !== 'preempt') {
      const message = fitErrorMessage(unfit.numAllNodes, { ...diagnosis, postFilterMsg: `preemption: ${p.message}` });
      return { message, nomination: p.kind === 'ineligible' ? 'keep' : 'clear' };
    }
    const lower = this.nominator.nominatedPods(p.node).filter((n) => n.priority < pod.priority);
    this.outcomes.preempt(pod, p.node, p.victims, lower);
    return { message: fitErrorMessage(unfit.numAllNodes, diagnosis), nomination: { set: p.node } };
  }

  /** handleSchedulingFailure: back to the queue, then the event and the pod's condition. */
  private fail(qp: QueuedPod, trace: CycleTrace, reason: string, message: string, plugins: readonly string[], nomination: Nomination): void {
    const current = this.deps.client.get('/pods', qp.record.namespace, qp.record.name);
    if (!current || current.metadata.uid !== qp.record.uid || !this.responsibleFor(current)) {
      this.queue.done();
      return;
    }
    this.queue.requeueFailed(qp, current, plugins);
    this.outcomes.failed(current, reason, message, nomination);
    const nominated = nomination === 'keep' ? undefined : nomination === 'clear' ? undefined : nomination.set;
    this.record(qp, trace, reason === REASON_UNSCHEDULABLE ? 'Unschedulable' : 'SchedulerError', { message, ...(nominated ? { nominatedNodeName: nominated } : {}) });
  }

  private record(qp: QueuedPod, trace: CycleTrace, outcome: Outcome, extra: Partial<AttemptSummary>): void {
    const r = qp.record;
    this.explanations.record({
      namespace: r.namespace, name: r.name, uid: r.uid, atMs: this.deps.clock.nowMs, attempt: r.attempts, outcome,
      totalNodes: this.cache.nodes.length, ...extra,
    }, trace);
  }

  private onNode(e: WatchEvent): void {
    const name = e.object.metadata.name!;
    if (e.type === 'DELETED') {
      this.cache.removeNode(name);
      return;
    }
    const before = this.cache.node(name)?.node;
    const info = this.cache.setNode(e.object);
    const events = before ? nodeUpdateEvents(before, e.object) : [NODE_ADD];
    for (const event of events) this.queue.moveAll(event, preCheckForNode(info));
  }

  private onPod(e: WatchEvent): void {
    const pod = e.object;
    const uid = pod.metadata.uid!;
    if (e.type === 'DELETED') {
      this.queue.delete(uid);
      this.nominator.delete(uid);
      this.explanations.drop(pod.metadata.namespace!, pod.metadata.name!);
      this.unbindFromCache(uid);
      return;
    }
    if (specOf(pod).nodeName) {
      this.queue.delete(uid);
      this.nominator.delete(uid);
      if (isTerminal(pod)) this.unbindFromCache(uid);
      else this.boundPodChanged(pod);
      return;
    }
    if (!this.responsibleFor(pod)) {
      this.queue.delete(uid);
      this.nominator.delete(uid);
      return;
    }
    this.nominator.set(pod);
    if (e.type === 'ADDED') this.queue.add(pod);
    else this.queue.update(pod);
  }

  private unbindFromCache(uid: string): void {
    if (this.cache.removePod(uid)) this.queue.moveAll(ASSIGNED_POD_DELETE);
  }

  /** addPodToCache / updatePodInCache, and the queue moves they trigger. */
  private boundPodChanged(pod: KubeObject): void {
    const before = this.cache.pod(pod.metadata.uid!);
    const after = this.cache.setPod(pod);
    const nsLabels = this.lister.namespaceLabels(after.namespace);
    if (!before) {
      this.queue.moveAll(ASSIGNED_POD_ADD, crossTopology(after, nsLabels));
      return;
    }
    for (const event of podUpdateEvents(before, after)) {
      this.queue.moveAll(event, event === POD_SCALE_DOWN ? undefined : crossTopology(after, nsLabels));
    }
  }
}
