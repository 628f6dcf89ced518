// The deprecated ComponentStatus API: computed on each read, never stored. The API server probes the
// scheduler's and controller manager's health ports and its etcd; here a component is healthy while
// its static pod on a control-plane node runs Ready. Mirrors pkg/registry/core/componentstatus.

import type { KubeObject } from '../../../api/types.ts';

interface Component {
  readonly name: string;
  /** The static pod's name prefix (`kube-scheduler-k8s-master-1`). */
  readonly pod: string;
  readonly url: string;
}

/** In the order the v1.31 API server lists them. */
const COMPONENTS: readonly Component[] = [
  { name: 'scheduler', pod: 'kube-scheduler-', url: 'https://127.0.0.1:10259/healthz' },
  { name: 'controller-manager', pod: 'kube-controller-manager-', url: 'https://127.0.0.1:10257/healthz' },
  { name: 'etcd-0', pod: 'etcd-', url: 'https://127.0.0.1:2379' },
];

function running(pod: KubeObject): boolean {
  const status = pod.status as { phase?: string; conditions?: Array<{ type: string; status: string }> } | undefined;
  return status?.phase === 'Running' && status.conditions?.some((c) => c.type === 'Ready' && c.status === 'True') === true;
}

/** The ComponentStatus objects for the pods of kube-system now. */
export function componentStatuses(systemPods: readonly KubeObject[]): KubeObject[] {
  return COMPONENTS.map((c) => {
    const healthy = systemPods.some((p) => p.metadata.name?.startsWith(c.pod) === true && running(p));
    const port = /:(\d+)/.exec(c.url.replace('https://', ''))?.[1] ?? '';
    const condition = healthy
      ? { type: 'Healthy', status: 'True', message: 'ok' }
      : { type: 'Healthy', status: 'False', error: c.name === 'etcd-0'
        ? `dial tcp 127.0.0.1:${port}: connect: connection refused`
        : `Get "${c.url}": dial tcp 127.0.0.1:${port}: connect: connection refused` };
    return { apiVersion: 'v1', kind: 'ComponentStatus', metadata: { name: c.name }, conditions: [condition] } as KubeObject;
  });
}
