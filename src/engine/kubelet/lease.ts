// The node lease controller inside the kubelet: renews kube-node-lease/<node> every 10 s (40 s lease).
// Mirrors pkg/kubelet/nodelease and component-helpers apimachinery/lease.

import { isStatusError } from '../api/errors.ts';
import { clone } from '../base/json.ts';
import { rfc3339Micro } from '../base/time.ts';
import type { KubeletContext } from './context.ts';

export const LEASE_RENEW_MS = 10_000;

export function renewNodeLease(ctx: KubeletContext): void {
  const lease = ctx.client.get('coordination.k8s.io/leases', 'kube-node-lease', ctx.node);
  if (!lease) return;
  const next = clone(lease);
  next.spec = { ...(next.spec as object), renewTime: rfc3339Micro(ctx.clock.nowMs) };
  try {
    ctx.client.update('coordination.k8s.io/leases', next);
  } catch (e) {
    if (!isStatusError(e)) throw e;
  }
}
