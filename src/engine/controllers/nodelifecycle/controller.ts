// The node lifecycle controller: every 5 s it checks each node's Lease and heartbeat; a kubelet
// silent for 40 s gets its conditions set Unknown ("Kubelet stopped posting node status."), a
// NodeNotReady event and its pods marked not Ready; the not-ready/unreachable taints follow the Ready
// condition (NoSchedule at once, NoExecute from the next pass on) and cordoned nodes get the
// unschedulable taint. Mirrors pkg/controller/nodelifecycle (v1.31, taint-based eviction).

import type { PodCondition, PodStatus, Taint } from 'kubernetes-types/core/v1';
import { isStatusError } from '../../api/errors.ts';
import type { KubeObject } from '../../api/types.ts';
import { clone } from '../../base/json.ts';
import { rfc3339 } from '../../base/time.ts';
import type { EventRecorder } from '../../client/events.ts';
import { WorkQueue } from '../../client/workqueue.ts';
import type { Controller, ControllerDeps } from '../controller.ts';
import type { Informers } from '../common/informers.ts';
import {
  desiredNoExecuteKey, desiredNoScheduleTaints, lastProbeMs, NODE_MONITOR_GRACE_MS, NODE_MONITOR_PERIOD_MS,
  nodeTaints, readyStatus, replaceControllerTaints, unknownStatus,
} from './health.ts';

const COMPONENT = 'node-lifecycle-controller';
/** The events' source, as kube-controller-manager names this controller's recorder. */
const EVENT_SOURCE = 'node-controller';
const MONITOR_KEY = 'monitor';
const NO_SCHEDULE_PREFIX = 'noschedule/';
const NO_EXECUTE_PREFIX = 'noexecute/';
/** How soon a watched change is acted on. */
const REACTION_MS = 5;
/** doNoExecuteTaintingPass runs every 100 ms. */
const NO_EXECUTE_PASS_MS = 100;
const NODE_LEASE_NAMESPACE = 'kube-node-lease';

export class NodeLifecycleController implements Controller {
  readonly name = COMPONENT;
  private readonly queue: WorkQueue;
  private readonly recorder: EventRecorder;

  /** `activeFromMs`: the profile has booted by then (its nodes' history is written, not lived). */
  constructor(private readonly deps: ControllerDeps, private readonly informers: Informers, private readonly activeFromMs: number) {
    this.recorder = deps.recorder(EVENT_SOURCE);
    this.queue = new WorkQueue(deps.clock, COMPONENT, { sync: (key) => this.sync(key) });
    this.queue.add(MONITOR_KEY, Math.max(0, activeFromMs - deps.clock.nowMs));
    informers.nodes.subscribe((type, node) => {
      if (type !== 'DELETED' && this.active()) this.queue.add(NO_SCHEDULE_PREFIX + node.metadata.name!, REACTION_MS);
    });
  }

  private active(): boolean {
    return this.deps.clock.nowMs >= this.activeFromMs;
  }

  sync(key: string): boolean {
    if (key === MONITOR_KEY) {
      for (const node of this.informers.nodes.all()) this.monitorNode(node.metadata.name!);
      this.queue.addAfter(MONITOR_KEY, NODE_MONITOR_PERIOD_MS);
      return true;
    }
    const node = this.deps.client.get('/nodes', undefined, key.slice(key.indexOf('/') + 1));
    if (!node) return true;
    if (key.startsWith(NO_SCHEDULE_PREFIX)) return this.syncNoScheduleTaints(node);
    if (key.startsWith(NO_EXECUTE_PREFIX)) return this.syncNoExecuteTaint(node);
    return true;
  }

  /** monitorNodeHealth for one node: Unknown after the grace period, then the taint-based eviction step. */
  private monitorNode(name: string): void {
    let node = this.deps.client.get('/nodes', undefined, name);
    if (!node) return;
    const observed = readyStatus(node);
    const lease = this.deps.client.get('coordination.k8s.io/leases', NODE_LEASE_NAMESPACE, name);
    const probeMs = lastProbeMs(node, lease);
    const nowMs = this.deps.clock.nowMs;
    if (probeMs !== undefined && nowMs > this.observedAtMs(probeMs) + NODE_MONITOR_GRACE_MS) {
      const status = unknownStatus(node, nowMs);
      if (status) {
        node = this.write(() => this.deps.client.updateStatus('/nodes', { ...node!, status })) ?? node;
        if (observed === 'True') {
          this.recorder.record(node, 'Normal', 'NodeNotReady', `Node ${name} status is now: NodeNotReady`);
          this.markPodsNotReady(name);
        }
      }
    }
    this.syncNoScheduleTaints(node);
    const fresh = this.deps.client.get('/nodes', undefined, name);
    if (fresh) this.processTaintBasedEviction(fresh, observed);
  }

  /**
   * The controller notices a renewal at its next pass (its probeTimestamp is that pass's time, not
   * the renewal's); renewals from before it started count from its first pass.
   */
  private observedAtMs(renewMs: number): number {
    if (renewMs <= this.activeFromMs) return this.activeFromMs;
    return this.activeFromMs + Math.ceil((renewMs - this.activeFromMs) / NODE_MONITOR_PERIOD_MS) * NODE_MONITOR_PERIOD_MS;
  }

  /** processTaintBaseEviction: it acts on the Ready status the pass started from. */
  private processTaintBasedEviction(node: KubeObject, observed: string | undefined): void {
    const key = desiredNoExecuteKey(observed);
    if (key) {
      if (!nodeTaints(node).some((t) => t.key === key && t.effect === 'NoExecute')) this.queue.add(NO_EXECUTE_PREFIX + node.metadata.name!, NO_EXECUTE_PASS_MS);
      return;
    }
    if (observed !== 'True') return;
    const next = replaceControllerTaints(nodeTaints(node), 'NoExecute', []);
    if (next) this.writeTaints(node, next);
  }

  /** doNoExecuteTaintingPass: swap in the NoExecute taint the node's Ready status calls for, stamped now. */
  private syncNoExecuteTaint(node: KubeObject): boolean {
    const key = desiredNoExecuteKey(readyStatus(node));
    if (!key) return true;
    const taint: Taint = { key, effect: 'NoExecute', timeAdded: rfc3339(this.deps.clock.nowMs) };
    const next = replaceControllerTaints(nodeTaints(node), 'NoExecute', [taint]);
    if (next) this.writeTaints(node, next);
    return true;
  }

  /** doNoScheduleTaintingPass. */
  private syncNoScheduleTaints(node: KubeObject): boolean {
    const next = replaceControllerTaints(nodeTaints(node), 'NoSchedule', desiredNoScheduleTaints(node));
    if (next) this.writeTaints(node, next);
    return true;
  }

  private writeTaints(node: KubeObject, taints: Taint[]): void {
    const next = clone(node);
    const spec = (next.spec ??= {}) as { taints?: Taint[] };
    if (taints.length > 0) spec.taints = taints;
    else delete spec.taints;
    this.write(() => this.deps.client.update('/nodes', next));
  }

  /** MarkPodsNotReady: each pod's Ready condition turns False (its transition time now), with an event. */
  private markPodsNotReady(nodeName: string): void {
    for (const pod of this.deps.client.list('/pods', undefined, { fieldSelector: `spec.nodeName=${nodeName}` })) {
      const status = clone((pod.status ?? {}) as PodStatus);
      const ready = (status.conditions ?? []).find((c: PodCondition) => c.type === 'Ready');
      if (!ready || ready.status === 'False') continue;
      ready.status = 'False';
      ready.lastTransitionTime = rfc3339(this.deps.clock.nowMs);
      if (this.write(() => this.deps.client.updateStatus('/pods', { ...pod, status: status as Record<string, unknown> }))) {
        this.recorder.record(pod, 'Warning', 'NodeNotReady', 'Node is not ready');
      }
    }
  }

  private write(fn: () => KubeObject): KubeObject | undefined {
    try {
      return fn();
    } catch (e) {
      if (!isStatusError(e)) throw e;
      return undefined;
    }
  }
}
