// Test fixtures for the batch controllers: a Job manifest, pods driven to an outcome by hand (the
// empty profile has no kubelet), and the controller's events in order.

import type { KubeObject } from '../../api/types.ts';
import { rfc3339 } from '../../base/time.ts';
import type { Cluster } from '../../sim/cluster.ts';

export function jobManifest(name: string, spec: Record<string, unknown> = {}, restartPolicy = 'Never'): KubeObject {
  return {
    apiVersion: 'batch/v1', kind: 'Job', metadata: { name, namespace: 'default' },
    spec: { ...spec, template: { spec: { restartPolicy, containers: [{ name: 'main', image: 'busybox:1.28', command: ['sh', '-c', 'true'] }] } } },
  };
}

export function podsOf(c: Cluster, job: string): KubeObject[] {
  return c.client().list('/pods', 'default').filter((p) => p.metadata.labels?.['job-name'] === job);
}

export function jobOf(c: Cluster, name: string): KubeObject {
  return c.client().get('batch/jobs', 'default', name)!;
}

/** Ends the pod's only container with `exitCode` at the current time (Succeeded or Failed). */
export function finishPod(c: Cluster, pod: KubeObject, exitCode: number): void {
  const client = c.client();
  const fresh = client.get('/pods', 'default', pod.metadata.name!)!;
  const at = rfc3339(c.nowMs);
  client.updateStatus('/pods', {
    ...fresh,
    status: {
      phase: exitCode === 0 ? 'Succeeded' : 'Failed',
      conditions: [{ type: 'Ready', status: 'False', lastTransitionTime: at }],
      containerStatuses: [{ name: 'main', ready: false, restartCount: 0, image: 'busybox:1.28', imageID: '', started: false, state: { terminated: { exitCode, startedAt: at, finishedAt: at, reason: exitCode === 0 ? 'Completed' : 'Error' } } }],
    },
  });
}

export function markRunning(c: Cluster, pod: KubeObject, ready: boolean): void {
  const client = c.client();
  const fresh = client.get('/pods', 'default', pod.metadata.name!)!;
  client.updateStatus('/pods', { ...fresh, status: { phase: 'Running', conditions: [{ type: 'Ready', status: ready ? 'True' : 'False', lastTransitionTime: rfc3339(c.nowMs) }] } });
}

/** The events of one object, oldest first (event names end in their time). */
export function eventsOf(c: Cluster, kind: string, name: string): string[] {
  return c.client().list('/events', 'default')
    .filter((e) => {
      const o = e.involvedObject as { kind: string; name: string };
      return o.kind === kind && o.name === name;
    })
    .map((e) => `${String(e.type)} ${String(e.reason)} ${String(e.message)}`);
}
