// Pod predicates the controllers share (pkg/api/v1/pod and pkg/controller/controller_utils).

import type { PodCondition, PodStatus } from 'kubernetes-types/core/v1';
import type { KubeObject } from '../../api/types.ts';
import { parseTime } from '../../base/time.ts';

export function podStatus(pod: KubeObject): PodStatus {
  return (pod.status ?? {}) as PodStatus;
}

export function podCondition(pod: KubeObject, type: string): PodCondition | undefined {
  return podStatus(pod).conditions?.find((c) => c.type === type);
}

/** Not finished and not being deleted (controller.IsPodActive). */
export function isPodActive(pod: KubeObject): boolean {
  const phase = podStatus(pod).phase;
  return phase !== 'Succeeded' && phase !== 'Failed' && !pod.metadata.deletionTimestamp;
}

export function isPodTerminating(pod: KubeObject): boolean {
  const phase = podStatus(pod).phase;
  return phase !== 'Succeeded' && phase !== 'Failed' && pod.metadata.deletionTimestamp !== undefined;
}

export function isPodReady(pod: KubeObject): boolean {
  return podCondition(pod, 'Ready')?.status === 'True';
}

/** When the pod last became Ready, or undefined when it is not. */
export function podReadySinceMs(pod: KubeObject): number | undefined {
  const c = podCondition(pod, 'Ready');
  return c?.status === 'True' ? parseTime(c.lastTransitionTime) : undefined;
}

/** Ready for at least minReadySeconds (podutil.IsPodAvailable). */
export function isPodAvailable(pod: KubeObject, minReadySeconds: number, nowMs: number): boolean {
  const since = podReadySinceMs(pod);
  if (since === undefined) return false;
  return minReadySeconds === 0 || since + minReadySeconds * 1000 <= nowMs;
}

/** How long until a Ready pod becomes available, or undefined when it already is or is not Ready. */
export function msUntilAvailable(pod: KubeObject, minReadySeconds: number, nowMs: number): number | undefined {
  const since = podReadySinceMs(pod);
  if (since === undefined || minReadySeconds === 0) return undefined;
  const due = since + minReadySeconds * 1000;
  return due > nowMs ? due - nowMs : undefined;
}

/** The highest restart count among the pod's containers. */
export function maxContainerRestarts(pod: KubeObject): number {
  return Math.max(0, ...(podStatus(pod).containerStatuses ?? []).map((c) => c.restartCount ?? 0));
}
