// The pod network plugin's part: an address for each pod sandbox from the node's block, and Calico's
// pod annotations. Calico hands out the lowest free address of the node's affine /26 block (the
// tunnel holds the first); without Calico, the node's podCIDR from .2 (the bridge holds .1).

import type { KubeObject } from '../api/types.ts';
import { isStatusError } from '../api/errors.ts';
import type { KubeletContext } from './context.ts';
import type { PodRecord } from './state.ts';

const CALICO_TUNNEL = 'projectcalico.org/IPv4IPIPTunnelAddr';

export function allocatePodIp(ctx: KubeletContext): string | undefined {
  const node = ctx.client.get('/nodes', undefined, ctx.node);
  const tunnel = node?.metadata.annotations?.[CALICO_TUNNEL];
  const cidr = (node?.spec as { podCIDR?: string } | undefined)?.podCIDR;
  const base = tunnel ?? cidr?.split('/')[0];
  if (!base) return undefined;
  const [a, b, c, d] = base.split('.').map(Number) as [number, number, number, number];
  const size = tunnel ? 64 : 256;
  const used = new Set([...ctx.runtime.usedIps, ...podIpsOnNode(ctx)]);
  for (let i = tunnel ? 1 : 2; i < size - 1; i++) {
    const n = (((a << 24) >>> 0) + (b << 16) + (c << 8) + d + i) >>> 0;
    const ip = `${n >>> 24}.${(n >>> 16) & 255}.${(n >>> 8) & 255}.${n & 255}`;
    if (used.has(ip)) continue;
    ctx.runtime.usedIps.push(ip);
    return ip;
  }
  return undefined;
}

function podIpsOnNode(ctx: KubeletContext): string[] {
  const hostIp = ctx.hostIp();
  return [...ctx.podIps()].filter((ip) => ip !== hostIp);
}

export function releasePodIp(ctx: KubeletContext, rec: PodRecord): void {
  if (!rec.ip) return;
  ctx.runtime.usedIps = ctx.runtime.usedIps.filter((ip) => ip !== rec.ip);
}

/** Calico's CNI plugin records the sandbox's address on the pod. */
export function annotatePodNetwork(ctx: KubeletContext, pod: KubeObject, rec: PodRecord): KubeObject | undefined {
  const node = ctx.client.get('/nodes', undefined, ctx.node);
  if (!node?.metadata.annotations?.[CALICO_TUNNEL]) return undefined;
  try {
    return ctx.client.patch('/pods', rec.namespace, rec.name, 'merge', {
      metadata: { annotations: {
        'cni.projectcalico.org/containerID': rec.sandboxId,
        'cni.projectcalico.org/podIP': `${rec.ip}/32`,
        'cni.projectcalico.org/podIPs': `${rec.ip}/32`,
      } },
    });
  } catch (e) {
    if (!isStatusError(e)) throw e;
    return undefined;
  }
}
