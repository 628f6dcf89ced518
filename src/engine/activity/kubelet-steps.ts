// The kubelet's part of the activity: what it asks of the container runtime for a pod (the sandbox,
// image pulls, creating, starting and stopping containers) and what goes wrong. Taken from the
// moments the kubelet reports as events (Pulling, Created, Started…), which are exactly those steps.

import type { Container, PodSpec } from 'kubernetes-types/core/v1';
import type { KubeObject } from '../api/types.ts';
import type { ActivityLog } from './log.ts';
import type { Action, ActivityObject, ActivityParams } from './types.ts';

/** The kubelet's event reasons that mark a step, and the step. */
const STEPS: Readonly<Record<string, Action>> = {
  Pulling: 'pull', Pulled: 'pulled', Created: 'create', Started: 'start', Killing: 'kill', Failed: 'fail', BackOff: 'backoff',
  Unhealthy: 'probe', ErrImageNeverPull: 'fail', InspectFailed: 'fail',
};
/** The start of the Pulled message when no pull was needed (image_manager.go). */
const ALREADY_PRESENT = 'Container image ';

function podObject(pod: KubeObject): ActivityObject {
  return { kind: 'Pod', namespace: pod.metadata.namespace ?? 'default', name: pod.metadata.name ?? '' };
}

/** `spec.containers{web}` → `web`. */
function containerOf(fieldPath: string | undefined): string | undefined {
  const m = /\{([^}]*)\}$/.exec(fieldPath ?? '');
  return m?.[1];
}

function imageOf(pod: KubeObject, container: string | undefined): string | undefined {
  const spec = (pod.spec ?? {}) as PodSpec;
  const all: Container[] = [...(spec.initContainers ?? []), ...(spec.containers ?? [])];
  return all.find((c) => c.name === container)?.image;
}

/** Records the step a kubelet event marks, if it marks one (the log is on). */
export function recordKubeletStep(log: ActivityLog, node: string, pod: KubeObject, reason: string, message: string, fieldPath?: string): void {
  let action = STEPS[reason];
  if (action === undefined) return;
  if (action === 'pulled' && message.startsWith(ALREADY_PRESENT)) action = 'present';
  const container = containerOf(fieldPath);
  const image = action === 'pull' || action === 'pulled' || action === 'present' ? imageOf(pod, container) : undefined;
  const params: ActivityParams = {
    ...(container !== undefined ? { container } : {}),
    ...(image !== undefined ? { image } : {}),
    ...(action === 'fail' || action === 'probe' || action === 'backoff' ? { reason, message } : {}),
  };
  log.record('kubelet', action, podObject(pod), params, node);
}

/** The pod's sandbox (its pause container and network namespace, with the address CNI gave it). */
export function recordSandbox(log: ActivityLog, node: string, pod: KubeObject, ip: string | undefined): void {
  log.record('kubelet', 'sandbox', podObject(pod), ip === undefined ? {} : { ip }, node);
}
