// The disruption controller: keeps each PodDisruptionBudget's status — expectedPods, currentHealthy,
// desiredHealthy, disruptionsAllowed, the DisruptionAllowed condition — from the pods it selects and
// their controllers' scale, and forgets the evictions of status.disruptedPods once their pods are
// going (or after 2 minutes). Mirrors pkg/controller/disruption (v1.31).

import type { PodDisruptionBudget, PodDisruptionBudgetStatus } from 'kubernetes-types/policy/v1';
import type { PodStatus } from 'kubernetes-types/core/v1';
import type { OwnerReference } from 'kubernetes-types/meta/v1';
import { isStatusError } from '../../api/errors.ts';
import { labelSelectorMatches } from '../../api/selectors.ts';
import type { KubeObject } from '../../api/types.ts';
import { deepEqual } from '../../base/json.ts';
import { parseTime, rfc3339 } from '../../base/time.ts';
import type { EventRecorder } from '../../client/events.ts';
import { namespacedKey, splitKey, WorkQueue } from '../../client/workqueue.ts';
import type { Controller, ControllerDeps } from '../controller.ts';
import { scaledValue } from '../deployment/replicas.ts';

const COMPONENT = 'disruption-controller';
const REACTION_MS = 5;
/** An eviction not yet seen as a deleted pod stops counting after this long (DeletionTimeout). */
const DELETION_TIMEOUT_MS = 2 * 60_000;
const PDBS = 'policy/poddisruptionbudgets';
const RESYNC_KEY = '~resync';

type Status = PodDisruptionBudgetStatus;

export class DisruptionController implements Controller {
  readonly name = COMPONENT;
  private readonly queue: WorkQueue;
  private readonly recorder: EventRecorder;

  /** `activeFromMs`: the profile has booted by then (the budgets' status it wrote is the history), all are checked once. */
  constructor(private readonly deps: ControllerDeps, activeFromMs: number) {
    this.recorder = deps.recorder('controllermanager');
    this.queue = new WorkQueue(deps.clock, COMPONENT, { sync: (key) => (key === RESYNC_KEY ? this.resync() : this.sync(key)) });
    this.queue.add(RESYNC_KEY, Math.max(0, activeFromMs - deps.clock.nowMs));
    const active = (): boolean => deps.clock.nowMs >= activeFromMs;
    deps.client.watch(PDBS, (e) => {
      if (e.type !== 'DELETED' && active()) this.queue.add(namespacedKey(e.object.metadata.namespace, e.object.metadata.name!), REACTION_MS);
    });
    const enqueueNamespace = (obj: KubeObject): void => {
      if (!active()) return;
      for (const pdb of deps.client.list(PDBS, obj.metadata.namespace)) this.queue.add(namespacedKey(pdb.metadata.namespace, pdb.metadata.name!), REACTION_MS);
    };
    for (const resource of ['/pods', 'apps/replicasets', 'apps/deployments', 'apps/statefulsets', '/replicationcontrollers'] as const) {
      deps.client.watch(resource, (e) => enqueueNamespace(e.object));
    }
  }

  private resync(): boolean {
    for (const pdb of this.deps.client.list(PDBS)) this.queue.add(namespacedKey(pdb.metadata.namespace, pdb.metadata.name!), REACTION_MS);
    return true;
  }

  sync(key: string): boolean {
    const { namespace, name } = splitKey(key);
    const pdb = this.deps.client.get(PDBS, namespace, name);
    if (!pdb || pdb.metadata.deletionTimestamp) return true;
    const spec = (pdb.spec ?? {}) as PodDisruptionBudget['spec'] & object;
    const pods = spec.selector ? this.deps.client.list('/pods', namespace).filter((p) => labelSelectorMatches(spec.selector, p.metadata.labels ?? {})) : [];
    if (pods.length === 0) this.recorder.record(pdb, 'Normal', 'NoPods', 'No matching pods found');
    const nowMs = this.deps.clock.nowMs;
    const { disrupted, recheckMs } = disruptedPods(pdb, pods, nowMs);
    const { expected, desired } = this.counts(spec, pods);
    const healthy = pods.filter((p) => !p.metadata.deletionTimestamp && !disrupted[p.metadata.name!] && isReady(p)).length;
    const allowed = Math.max(0, healthy - desired);
    const old = (pdb.status ?? {}) as Status;
    const status: Status = {
      ...(Object.keys(disrupted).length > 0 ? { disruptedPods: disrupted } : {}),
      disruptionsAllowed: allowed, currentHealthy: healthy, desiredHealthy: desired, expectedPods: expected,
      observedGeneration: pdb.metadata.generation ?? 0,
      conditions: [allowedCondition(old, allowed, pdb.metadata.generation ?? 0, nowMs)],
    };
    if (!deepEqual(status, old)) {
      try {
        this.deps.client.updateStatus(PDBS, { ...pdb, status: status as unknown as Record<string, unknown> });
      } catch (e) {
        if (!isStatusError(e)) throw e;
        return false;
      }
    }
    if (recheckMs !== undefined) this.queue.addAfter(key, recheckMs - nowMs);
    return true;
  }

  /** getExpectedPodCount: an integer minAvailable counts the pods; otherwise their controllers' scale. */
  private counts(spec: NonNullable<PodDisruptionBudget['spec']>, pods: readonly KubeObject[]): { expected: number; desired: number } {
    if (spec.maxUnavailable !== undefined) {
      const expected = this.expectedScale(pods);
      return { expected, desired: Math.max(0, expected - scaledValue(spec.maxUnavailable, expected, true)) };
    }
    if (typeof spec.minAvailable === 'number') return { expected: pods.length, desired: spec.minAvailable };
    if (typeof spec.minAvailable === 'string') {
      const expected = this.expectedScale(pods);
      return { expected, desired: scaledValue(spec.minAvailable, expected, true) };
    }
    return { expected: pods.length, desired: 0 };
  }

  /** The scale of every distinct controller of the pods (a Deployment's for its ReplicaSets' pods). */
  private expectedScale(pods: readonly KubeObject[]): number {
    const scales = new Map<string, number>();
    for (const pod of pods) {
      const owner = controllerOf(pod);
      if (!owner) continue;
      const found = this.scaleOf(pod.metadata.namespace!, owner);
      if (found) scales.set(found.uid, found.replicas);
    }
    return [...scales.values()].reduce((a, b) => a + b, 0);
  }

  private scaleOf(namespace: string, owner: OwnerReference): { uid: string; replicas: number } | undefined {
    const resource = owner.kind === 'ReplicaSet' ? 'apps/replicasets' : owner.kind === 'StatefulSet' ? 'apps/statefulsets'
      : owner.kind === 'ReplicationController' ? '/replicationcontrollers' : undefined;
    const obj = resource ? this.deps.client.get(resource, namespace, owner.name) : undefined;
    if (!obj || obj.metadata.uid !== owner.uid) return undefined;
    const deploymentRef = owner.kind === 'ReplicaSet' ? controllerOf(obj) : undefined;
    const deployment = deploymentRef?.kind === 'Deployment' ? this.deps.client.get('apps/deployments', namespace, deploymentRef.name) : undefined;
    const scaled = deployment && deployment.metadata.uid === deploymentRef!.uid ? deployment : obj;
    return { uid: scaled.metadata.uid!, replicas: (scaled.spec as { replicas?: number }).replicas ?? 1 };
  }
}

function controllerOf(obj: KubeObject): OwnerReference | undefined {
  return (obj.metadata.ownerReferences as OwnerReference[] | undefined)?.find((r) => r.controller);
}

function isReady(pod: KubeObject): boolean {
  return ((pod.status as PodStatus | undefined)?.conditions ?? []).some((c) => c.type === 'Ready' && c.status === 'True');
}

/** buildDisruptedPodMap: evictions still pending (pod neither gone nor terminating, under 2 min old). */
function disruptedPods(pdb: KubeObject, pods: readonly KubeObject[], nowMs: number): { disrupted: Record<string, string>; recheckMs?: number } {
  const recorded = ((pdb.status as Status | undefined)?.disruptedPods ?? {}) as Record<string, string>;
  const disrupted: Record<string, string> = {};
  let recheckMs: number | undefined;
  for (const pod of pods) {
    const at = recorded[pod.metadata.name!];
    if (at === undefined || pod.metadata.deletionTimestamp) continue;
    const expiresMs = (parseTime(at) ?? nowMs) + DELETION_TIMEOUT_MS;
    if (expiresMs < nowMs) continue;
    disrupted[pod.metadata.name!] = at;
    recheckMs = recheckMs === undefined ? expiresMs : Math.min(recheckMs, expiresMs);
  }
  return { disrupted, ...(recheckMs !== undefined ? { recheckMs } : {}) };
}

/** UpdateDisruptionAllowedCondition: SufficientPods or InsufficientPods, its time moving on a change. */
function allowedCondition(old: Status, allowed: number, generation: number, nowMs: number): NonNullable<Status['conditions']>[number] {
  const status = allowed > 0 ? 'True' : 'False';
  const previous = (old.conditions ?? []).find((c) => c.type === 'DisruptionAllowed');
  return {
    type: 'DisruptionAllowed', status, reason: allowed > 0 ? 'SufficientPods' : 'InsufficientPods', message: '',
    observedGeneration: generation, lastTransitionTime: previous && previous.status === status ? previous.lastTransitionTime : rfc3339(nowMs),
  };
}
