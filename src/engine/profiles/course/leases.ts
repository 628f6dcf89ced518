// Leader-election leases of kube-controller-manager and kube-scheduler, and lease renewal.
// Mirrors client-go tools/leaderelection (holder `<host>_<uuid>`, 15 s duration, renewed every 2 s).

import { uuid } from '../../apiserver/uuid.ts';
import { clone } from '../../base/json.ts';
import type { BootContext } from '../profile.ts';
import { MASTER } from './facts.ts';
import { microTime, type Dict } from './meta.ts';

const LEADER_LEASE_SECONDS = 15;

export function createLeaderLease(ctx: BootContext, name: string): void {
  const now = microTime(ctx.clock.nowMs, ctx.rand);
  ctx.client.create('coordination.k8s.io/leases', {
    apiVersion: 'coordination.k8s.io/v1',
    kind: 'Lease',
    metadata: { name, namespace: 'kube-system' },
    spec: {
      holderIdentity: `${MASTER.name}_${uuid(ctx.rand)}`,
      leaseDurationSeconds: LEADER_LEASE_SECONDS,
      acquireTime: now,
      renewTime: now,
      leaseTransitions: 0,
    },
  });
}

/** The holder's latest renewal, at most `periodMs` ago. */
export function renewLease(ctx: BootContext, namespace: string, name: string, periodMs: number): void {
  const lease = clone(ctx.client.get('coordination.k8s.io/leases', namespace, name)!);
  lease.spec = { ...(lease.spec as Dict), renewTime: microTime(ctx.clock.nowMs - ctx.rand.int(periodMs), ctx.rand) };
  ctx.client.update('coordination.k8s.io/leases', lease);
}
