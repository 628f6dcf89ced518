// The controller's leader election (a Lease named by --election-id) and its status sync: without
// --publish-service (the baremetal manifest), the addresses are the nodes of its Running and Ready
// pods (ExternalIP, else InternalIP), written to every served Ingress whose status differs.
// Mirrors internal/ingress/status/status.go (v1.11.3).

import type { LoadBalancerIngress, PodSpec, PodStatus } from 'kubernetes-types/core/v1';
import type { Ingress } from 'kubernetes-types/networking/v1';
import { isStatusError } from '../../api/errors.ts';
import type { KubeObject } from '../../api/types.ts';
import { rfc3339Micro } from '../../base/time.ts';
import type { ApiClient } from '../../client/client.ts';
import { notReadyLine, updatingStatusLine } from './log-lines.ts';

const LEASES = 'coordination.k8s.io/leases';
/** The controller's leader-election lease duration (leaderelection.go in ingress-nginx). */
const LEASE_DURATION_S = 30;

export function isRunningAndReady(pod: KubeObject): boolean {
  const status = pod.status as PodStatus | undefined;
  return status?.phase === 'Running' && (status.conditions ?? []).some((c) => c.type === 'Ready' && c.status === 'True');
}

/** The lease holder, taking the lease for `pod` when nobody live holds it; `acquired` when `pod` just took it. */
export function electLeader(client: ApiClient, pod: KubeObject, election: string, live: (name: string) => boolean, nowMs: number): { holder: string; acquired: boolean } {
  const namespace = pod.metadata.namespace!;
  const me = pod.metadata.name!;
  const lease = client.get(LEASES, namespace, election);
  const holder = (lease?.spec as { holderIdentity?: string } | undefined)?.holderIdentity;
  if (holder && (holder === me || live(holder))) return { holder, acquired: false };
  const now = rfc3339Micro(nowMs);
  const transitions = ((lease?.spec as { leaseTransitions?: number } | undefined)?.leaseTransitions ?? -1) + 1;
  const spec = { holderIdentity: me, leaseDurationSeconds: LEASE_DURATION_S, acquireTime: now, renewTime: now, leaseTransitions: transitions };
  try {
    if (lease) client.update(LEASES, { ...lease, spec });
    else client.create(LEASES, { apiVersion: 'coordination.k8s.io/v1', kind: 'Lease', metadata: { name: election, namespace }, spec });
  } catch (e) {
    if (!isStatusError(e)) throw e;
    return { holder: holder ?? '', acquired: false };
  }
  return { holder: me, acquired: true };
}

function nodeAddress(client: ApiClient, name: string): string {
  const addresses = ((client.get('/nodes', undefined, name)?.status as { addresses?: Array<{ type: string; address: string }> } | undefined)?.addresses) ?? [];
  return addresses.find((a) => a.type === 'ExternalIP' && a.address)?.address ?? addresses.find((a) => a.type === 'InternalIP')?.address ?? '';
}

/** runningAddresses: the node addresses of the controller's Running and Ready pods (same labels as `leader`). */
export function runningAddresses(client: ApiClient, leader: KubeObject, pods: readonly KubeObject[], log: (line: string) => void, nowMs: number): LoadBalancerIngress[] {
  const labels = Object.entries(leader.metadata.labels ?? {});
  const out: LoadBalancerIngress[] = [];
  for (const pod of pods) {
    if (pod.metadata.namespace !== leader.metadata.namespace || !labels.every(([k, v]) => pod.metadata.labels?.[k] === v)) continue;
    if ((pod.status as PodStatus | undefined)?.phase !== 'Running') continue;
    const node = (pod.spec as PodSpec).nodeName ?? '';
    if (!isRunningAndReady(pod)) {
      log(notReadyLine(nowMs, pod, node));
      continue;
    }
    const ip = nodeAddress(client, node);
    if (ip && !out.some((a) => a.ip === ip)) out.push({ ip });
  }
  return out.sort((a, b) => (a.ip! < b.ip! ? -1 : a.ip! > b.ip! ? 1 : 0));
}

const sameAddresses = (a: readonly LoadBalancerIngress[], b: readonly LoadBalancerIngress[]): boolean =>
  a.length === b.length && a.every((x, i) => x.ip === b[i]!.ip && x.hostname === b[i]!.hostname);

/** updateStatus: writes `addresses` to each served Ingress whose status differs. */
export function updateStatus(client: ApiClient, served: readonly KubeObject[], addresses: LoadBalancerIngress[], log: (line: string) => void, nowMs: number): void {
  for (const cached of served) {
    const current = (cached as unknown as Ingress).status?.loadBalancer?.ingress;
    const sorted = [...(current ?? [])].sort((a, b) => ((a.ip ?? '') < (b.ip ?? '') ? -1 : 1));
    if (sameAddresses(sorted, addresses)) continue;
    const fresh = client.get('networking.k8s.io/ingresses', cached.metadata.namespace, cached.metadata.name!);
    if (!fresh) continue;
    log(updatingStatusLine(nowMs, fresh, (fresh as unknown as Ingress).status?.loadBalancer?.ingress, addresses));
    try {
      client.updateStatus('networking.k8s.io/ingresses', { ...fresh, status: { loadBalancer: addresses.length > 0 ? { ingress: addresses } : {} } });
    } catch (e) {
      if (!isStatusError(e)) throw e;
    }
  }
}
