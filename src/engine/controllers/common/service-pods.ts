// What the endpoints and EndpointSlice controllers share: which pods a Service selects, which
// Services a pod change concerns, whether a pod belongs in endpoints at all, and how a Service port's
// targetPort resolves against a pod's container ports (podutil.FindPort).

import type { Pod, ServicePort, ServiceSpec } from 'kubernetes-types/core/v1';
import { labelSelectorMatcher } from '../../api/selectors.ts';
import type { KubeObject } from '../../api/types.ts';
import type { ApiClient } from '../../client/client.ts';
import { namespacedKey, type WorkQueue } from '../../client/workqueue.ts';
import type { ControlledIndex } from './controlled-index.ts';

export function serviceSpec(svc: KubeObject): ServiceSpec {
  return (svc.spec ?? {}) as ServiceSpec;
}

/** The pods of the Service's namespace its selector picks; a Service without a selector has none of ours. */
export function selectedPods(client: ApiClient, svc: KubeObject): KubeObject[] {
  const selector = serviceSpec(svc).selector;
  if (!selector) return [];
  const matches = labelSelectorMatcher({ matchLabels: selector });
  return client.list('/pods', svc.metadata.namespace).filter((p) => matches(p.metadata.labels ?? {}));
}

/** Queues a Service's key when it changes, or when a pod it selects (now or before the change) does. */
export function watchSelectedPods(client: ApiClient, pods: ControlledIndex, queue: WorkQueue, delayMs: number): void {
  client.watch('/services', (e) => queue.add(namespacedKey(e.object.metadata.namespace, e.object.metadata.name!), delayMs));
  pods.subscribe((_type, pod, previous) => enqueueServicesOf(client, queue, delayMs, pod, previous));
}

function enqueueServicesOf(client: ApiClient, queue: WorkQueue, delayMs: number, pod: KubeObject, previous: KubeObject | undefined): void {
  for (const svc of client.list('/services', pod.metadata.namespace)) {
    const selector = serviceSpec(svc).selector;
    if (!selector) continue;
    const matches = labelSelectorMatcher({ matchLabels: selector });
    if (matches(pod.metadata.labels ?? {}) || (previous && matches(previous.metadata.labels ?? {}))) {
      queue.add(namespacedKey(svc.metadata.namespace, svc.metadata.name!), delayMs);
    }
  }
}

/** endpointsliceutil.ShouldPodBeInEndpoints: has an IP, not finished, and (unless tolerated) not terminating. */
export function shouldPodBeInEndpoints(pod: KubeObject, includeTerminating: boolean): boolean {
  const p = pod as unknown as Pod;
  const phase = p.status?.phase;
  if (phase === 'Failed' || phase === 'Succeeded') return false;
  if (!p.status?.podIP) return false;
  return includeTerminating || !pod.metadata.deletionTimestamp;
}

/** The container port number a Service port's targetPort names, or undefined when the pod has none by that name. */
export function findPort(pod: KubeObject, port: ServicePort): number | undefined {
  const target = port.targetPort ?? port.port;
  if (typeof target === 'number') return target;
  if (/^\d+$/.test(target)) return Number(target);
  const protocol = port.protocol ?? 'TCP';
  for (const c of (pod as unknown as Pod).spec?.containers ?? []) {
    for (const cp of c.ports ?? []) if (cp.name === target && (cp.protocol ?? 'TCP') === protocol) return cp.containerPort;
  }
  return undefined;
}

/** The hostname a pod publishes for a headless Service it is the subdomain of (StatefulSet pods). */
export function podHostname(pod: KubeObject, svc: KubeObject): string | undefined {
  const spec = (pod as unknown as Pod).spec;
  const s = serviceSpec(svc);
  if (s.clusterIP !== 'None' || !spec?.hostname || spec.subdomain !== svc.metadata.name) return undefined;
  return spec.hostname;
}

export function podTargetRef(pod: KubeObject): Record<string, string> {
  return { kind: 'Pod', namespace: pod.metadata.namespace!, name: pod.metadata.name!, uid: pod.metadata.uid! };
}

export function podIp(pod: KubeObject): string {
  return (pod as unknown as Pod).status?.podIP ?? '';
}

export function podNode(pod: KubeObject): string | undefined {
  return (pod as unknown as Pod).spec?.nodeName;
}
