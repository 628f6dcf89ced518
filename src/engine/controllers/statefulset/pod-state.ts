// The pod states a StatefulSet waits on (stateful_set_utils.go predicates, v1.31): created (has a
// phase), running and ready, available after minReadySeconds, terminating.

import type { KubeObject } from '../../api/types.ts';
import { isPodAvailable, isPodReady, podStatus } from '../common/pod-utils.ts';

/** The API server gave it a phase: a pod object we built but did not create yet has none. */
export function isCreated(pod: KubeObject): boolean {
  return (podStatus(pod).phase ?? '') !== '';
}

export function isPending(pod: KubeObject): boolean {
  return podStatus(pod).phase === 'Pending';
}

export function isFailed(pod: KubeObject): boolean {
  return podStatus(pod).phase === 'Failed';
}

export function isSucceeded(pod: KubeObject): boolean {
  return podStatus(pod).phase === 'Succeeded';
}

export function isTerminating(pod: KubeObject): boolean {
  return pod.metadata.deletionTimestamp !== undefined;
}

export function isRunningAndReady(pod: KubeObject): boolean {
  return podStatus(pod).phase === 'Running' && isPodReady(pod);
}

export function isRunningAndAvailable(pod: KubeObject, minReadySeconds: number, nowMs: number): boolean {
  return isPodAvailable(pod, minReadySeconds, nowMs);
}

export function isHealthy(pod: KubeObject): boolean {
  return isRunningAndReady(pod) && !isTerminating(pod);
}

export function isUnavailable(pod: KubeObject, minReadySeconds: number, nowMs: number): boolean {
  return !isHealthy(pod) || !isRunningAndAvailable(pod, minReadySeconds, nowMs);
}
