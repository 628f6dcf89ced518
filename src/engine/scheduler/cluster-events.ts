// Which cluster events a watch event amounts to, and which unschedulable pods each may help:
// node changes classified by what changed (and pre-checked against the basic node fit), bound pods
// added, updated (labels, scale-down) or deleted. Mirrors eventhandlers.go, internal/queue/events.go
// and preCheckForNode / AdmissionCheck (v1.31, without queueing hints).

import type { NodeCondition, PodSpec } from 'kubernetes-types/core/v1';
import type { KubeObject } from '../api/types.ts';
import { deepEqual } from '../base/json.ts';
import type { NodeInfo } from './cache/node-info.ts';
import { affinityTermMatches, newPodInfo, type PodInfo } from './cache/pod-info.ts';
import { ActionType as A, UPDATE, type ClusterEvent, type EventResource } from './framework/types.ts';
import { fitsNodeName } from './plugins/nodename/plugin.ts';
import { fitsPorts } from './plugins/nodeports/plugin.ts';
import { insufficientResources } from './plugins/noderesources/fit.ts';
import { NAME as POD_TOPOLOGY_SPREAD } from './plugins/podtopologyspread/plugin.ts';
import type { QueuedPod } from './queue/scheduling-queue.ts';
import { RequiredNodeAffinity } from './util/node-selector.ts';
import { NO_SCHEDULE, firstUntoleratedTaint } from './util/tolerations.ts';

const event = (resource: EventResource, action: number, label: string): ClusterEvent => ({ resource, action, label });

export const NODE_ADD = event('Node', A.Add, 'NodeAdd');
export const ASSIGNED_POD_ADD = event('Pod', A.Add, 'AssignedPodAdd');
export const ASSIGNED_POD_DELETE = event('Pod', A.Delete, 'AssignedPodDelete');
export const POD_LABEL_CHANGE = event('Pod', A.UpdatePodLabel, 'AssignedPodUpdate');
export const POD_SCALE_DOWN = event('Pod', A.UpdatePodScaleDown, 'AssignedPodUpdate');
export const POD_OTHER_CHANGE = event('Pod', A.UpdatePodOther, 'AssignedPodUpdate');

export function storageEvent(resource: 'PersistentVolumeClaim' | 'PersistentVolume' | 'StorageClass', type: string): ClusterEvent {
  return event(resource, type === 'ADDED' ? A.Add : type === 'DELETED' ? A.Delete : UPDATE, `${resource}${type}`);
}

interface NodeParts {
  readonly unschedulable: boolean;
  readonly allocatable: unknown;
  readonly taints: unknown;
  readonly conditions: Record<string, string>;
}

function partsOf(node: KubeObject): NodeParts {
  const spec = (node.spec ?? {}) as { unschedulable?: boolean; taints?: unknown };
  const status = (node.status ?? {}) as { allocatable?: unknown; conditions?: NodeCondition[] };
  return {
    unschedulable: spec.unschedulable === true,
    allocatable: status.allocatable,
    taints: spec.taints ?? [],
    conditions: Object.fromEntries((status.conditions ?? []).map((c) => [c.type, c.status])),
  };
}

/** nodeSchedulingPropertiesChange: one event per kind of change that can matter to scheduling. */
export function nodeUpdateEvents(before: KubeObject, after: KubeObject): ClusterEvent[] {
  const b = partsOf(before);
  const a = partsOf(after);
  const out: ClusterEvent[] = [];
  if (b.unschedulable && !a.unschedulable) out.push(event('Node', A.UpdateNodeTaint, 'NodeSpecUnschedulableChange'));
  if (!deepEqual(b.allocatable, a.allocatable)) out.push(event('Node', A.UpdateNodeAllocatable, 'NodeAllocatableChange'));
  if (!deepEqual(before.metadata.labels ?? {}, after.metadata.labels ?? {})) out.push(event('Node', A.UpdateNodeLabel, 'NodeLabelChange'));
  if (!deepEqual(b.taints, a.taints)) out.push(event('Node', A.UpdateNodeTaint, 'NodeTaintChange'));
  if (!deepEqual(b.conditions, a.conditions)) out.push(event('Node', A.UpdateNodeCondition, 'NodeConditionChange'));
  if (!deepEqual(before.metadata.annotations ?? {}, after.metadata.annotations ?? {})) out.push(event('Node', A.UpdateNodeAnnotation, 'NodeAnnotationChange'));
  return out;
}

/** preCheckForNode: only pods that would pass the basic checks on this node are worth moving. */
export function preCheckForNode(node: NodeInfo): (qp: QueuedPod) => boolean {
  return (qp) => {
    const pod = newPodInfo(qp.pod);
    if (insufficientResources(pod.requests, node).length > 0) return false;
    if (!new RequiredNodeAffinity(pod.spec).matches(node) || !fitsNodeName(pod, node) || !fitsPorts(pod.hostPorts, node)) return false;
    return !firstUntoleratedTaint(node.taints, pod.spec.tolerations ?? [], [NO_SCHEDULE]);
  };
}

const hasRequiredPodAffinity = (spec: PodSpec | undefined): boolean =>
  (spec?.affinity?.podAffinity?.requiredDuringSchedulingIgnoredDuringExecution ?? []).length > 0;

/**
 * getUnschedulablePodsWithCrossTopologyTerm: pods PodTopologySpread rejected in the same namespace,
 * and pods with a required affinity term the changed pod matches.
 */
export function crossTopology(changed: PodInfo, nsLabels: Readonly<Record<string, string>> | undefined): (qp: QueuedPod) => boolean {
  return (qp) => {
    if (qp.record.unschedulablePlugins.includes(POD_TOPOLOGY_SPREAD) && qp.record.namespace === changed.namespace) return true;
    if (!hasRequiredPodAffinity(qp.pod.spec as PodSpec | undefined)) return false;
    return newPodInfo(qp.pod).requiredAffinityTerms.some((t) => affinityTermMatches(t, changed, nsLabels));
  };
}

/** PodSchedulingPropertiesChange for a bound pod. */
export function podUpdateEvents(before: PodInfo, after: PodInfo): ClusterEvent[] {
  const out: ClusterEvent[] = [];
  if (!deepEqual(before.labels, after.labels)) out.push(POD_LABEL_CHANGE);
  const b = before.requests;
  const a = after.requests;
  const scaledDown = a.milliCpu < b.milliCpu || a.memory < b.memory || a.ephemeralStorage < b.ephemeralStorage ||
    [...b.scalars].some(([k, v]) => (a.scalars.get(k) ?? 0) < v);
  if (scaledDown) out.push(POD_SCALE_DOWN);
  return out.length > 0 ? out : [POD_OTHER_CHANGE];
}
