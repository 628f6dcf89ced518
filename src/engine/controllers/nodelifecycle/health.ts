// What the node lifecycle controller decides from a Node and its Lease, as pure functions: whether
// the kubelet went silent past the grace period, the conditions it then marks Unknown, and the
// taints a node's Ready condition and spec.unschedulable call for.
// Mirrors node_lifecycle_controller.go tryUpdateNodeHealth and the taint templates (v1.31).

import type { Node, NodeCondition, Taint } from 'kubernetes-types/core/v1';
import type { KubeObject } from '../../api/types.ts';
import { clone } from '../../base/json.ts';
import { parseTime, rfc3339 } from '../../base/time.ts';

/** --node-monitor-grace-period: 40 s in v1.31 (50 s from v1.32). */
export const NODE_MONITOR_GRACE_MS = 40_000;
/** --node-monitor-period. */
export const NODE_MONITOR_PERIOD_MS = 5_000;

export const NOT_READY_TAINT_KEY = 'node.kubernetes.io/not-ready';
export const UNREACHABLE_TAINT_KEY = 'node.kubernetes.io/unreachable';
export const UNSCHEDULABLE_TAINT_KEY = 'node.kubernetes.io/unschedulable';
const CONTROLLER_TAINT_KEYS: ReadonlySet<string> = new Set([NOT_READY_TAINT_KEY, UNREACHABLE_TAINT_KEY, UNSCHEDULABLE_TAINT_KEY]);

export const STATUS_UNKNOWN_REASON = 'NodeStatusUnknown';
export const STATUS_UNKNOWN_MESSAGE = 'Kubelet stopped posting node status.';
/** The conditions the controller turns Unknown (NetworkUnavailable is the CNI's, left alone). */
const KUBELET_CONDITIONS: readonly string[] = ['Ready', 'MemoryPressure', 'DiskPressure', 'PIDPressure'];

export function nodeConditions(node: KubeObject): NodeCondition[] {
  return (node as unknown as Node).status?.conditions ?? [];
}

export function readyStatus(node: KubeObject): string | undefined {
  return nodeConditions(node).find((c) => c.type === 'Ready')?.status;
}

/** When the controller last heard from the kubelet: its Lease renewal or its Ready heartbeat. */
export function lastProbeMs(node: KubeObject, lease: KubeObject | undefined): number | undefined {
  const ready = nodeConditions(node).find((c) => c.type === 'Ready');
  if (!ready) return undefined;
  const renew = parseTime((lease?.spec as { renewTime?: string } | undefined)?.renewTime);
  const beat = parseTime(ready.lastHeartbeatTime);
  const times = [renew, beat].filter((t): t is number => t !== undefined);
  return times.length > 0 ? Math.max(...times) : undefined;
}

/** The node's status with the kubelet's conditions Unknown, or undefined when they already are. */
export function unknownStatus(node: KubeObject, nowMs: number): Record<string, unknown> | undefined {
  const status = clone((node.status ?? {}) as Record<string, unknown>);
  let changed = false;
  for (const c of (status.conditions ?? []) as NodeCondition[]) {
    if (!KUBELET_CONDITIONS.includes(c.type) || c.status === 'Unknown') continue;
    Object.assign(c, { status: 'Unknown', reason: STATUS_UNKNOWN_REASON, message: STATUS_UNKNOWN_MESSAGE, lastTransitionTime: rfc3339(nowMs) });
    changed = true;
  }
  return changed ? status : undefined;
}

/** doNoScheduleTaintingPass: the NoSchedule taints the Ready condition and spec.unschedulable call for. */
export function desiredNoScheduleTaints(node: KubeObject): Taint[] {
  const taints: Taint[] = [];
  const ready = readyStatus(node);
  if (ready === 'False') taints.push({ key: NOT_READY_TAINT_KEY, effect: 'NoSchedule' });
  if (ready === 'Unknown') taints.push({ key: UNREACHABLE_TAINT_KEY, effect: 'NoSchedule' });
  if ((node as unknown as Node).spec?.unschedulable) taints.push({ key: UNSCHEDULABLE_TAINT_KEY, effect: 'NoSchedule' });
  return taints;
}

/** The NoExecute taint an observed Ready status calls for (none when Ready). */
export function desiredNoExecuteKey(ready: string | undefined): string | undefined {
  if (ready === 'False') return NOT_READY_TAINT_KEY;
  if (ready === 'Unknown') return UNREACHABLE_TAINT_KEY;
  return undefined;
}

export function nodeTaints(node: KubeObject): Taint[] {
  return (node as unknown as Node).spec?.taints ?? [];
}

/**
 * The node's taints with the controller's own of `effect` replaced by `wanted` (others untouched,
 * existing ones kept as they are so their timeAdded stays); undefined when nothing changes.
 */
export function replaceControllerTaints(current: readonly Taint[], effect: string, wanted: readonly Taint[]): Taint[] | undefined {
  const ours = (t: Taint): boolean => t.effect === effect && CONTROLLER_TAINT_KEYS.has(t.key);
  const kept = current.filter((t) => !ours(t) || wanted.some((w) => w.key === t.key));
  const added = wanted.filter((w) => !current.some((t) => ours(t) && t.key === w.key));
  if (added.length === 0 && kept.length === current.length) return undefined;
  return [...kept, ...added];
}
