// Cluster-wide allocators for Service ClusterIPs and NodePorts. Their state is derived from the
// stored Services on every call, so snapshots need nothing extra.
// Mirrors pkg/registry/core/service/ipallocator and portallocator: random picks, preferring the
// upper ("dynamic") band of the range.

import type { NetworkInfo } from '../profiles/profile.ts';
import type { SeededRandom } from '../base/rand.ts';
import type { KubeObject } from '../api/types.ts';

export interface ServiceAllocators {
  readonly serviceCidr: string;
  readonly nodePortRange: readonly [number, number];
  /** Picks a free ClusterIP, or undefined when the range is full. */
  allocateClusterIp(rand: SeededRandom, services: readonly KubeObject[]): string | undefined;
  /** Picks a free node port, or undefined when the range is full. */
  allocateNodePort(rand: SeededRandom, services: readonly KubeObject[]): number | undefined;
  ipInRange(ip: string): boolean;
}

export function createAllocators(net: NetworkInfo): { services: ServiceAllocators } {
  const [base, bits] = parseCidr(net.serviceCidr);
  const size = 2 ** (32 - bits);
  const [portMin, portMax] = net.nodePortRange;
  return {
    services: {
      serviceCidr: net.serviceCidr,
      nodePortRange: net.nodePortRange,
      ipInRange: (ip) => {
        const n = ipToInt(ip);
        return n !== undefined && n > base && n < base + size - 1;
      },
      allocateClusterIp(rand, services) {
        const used = new Set(services.flatMap((s) => ((s.spec as { clusterIPs?: string[] } | undefined)?.clusterIPs ?? [])));
        const band = Math.min(Math.max(16, Math.floor(size / 16)), 256);
        const pick = pickFree(rand, band, size - 2, (i) => !used.has(intToIp(base + i))) ?? pickFree(rand, 1, band - 1, (i) => !used.has(intToIp(base + i)));
        return pick === undefined ? undefined : intToIp(base + pick);
      },
      allocateNodePort(rand, services) {
        const used = new Set(services.flatMap((s) => ((s.spec as { ports?: Array<{ nodePort?: number }> } | undefined)?.ports ?? []).map((p) => p.nodePort)));
        const count = portMax - portMin + 1;
        const band = Math.min(Math.max(16, Math.floor(count / 32)), 128);
        const free = (i: number): boolean => !used.has(portMin + i);
        const pick = pickFree(rand, band, count - 1, free) ?? pickFree(rand, 0, band - 1, free);
        return pick === undefined ? undefined : portMin + pick;
      },
    },
  };
}

/** A random free offset in [lo, hi]: random start, then a linear probe (as the bitmap allocator does). */
function pickFree(rand: SeededRandom, lo: number, hi: number, free: (i: number) => boolean): number | undefined {
  if (hi < lo) return undefined;
  const span = hi - lo + 1;
  const start = rand.int(span);
  for (let k = 0; k < span; k++) {
    const i = lo + ((start + k) % span);
    if (free(i)) return i;
  }
  return undefined;
}

export function parseCidr(cidr: string): [base: number, bits: number] {
  const [ip, bits] = cidr.split('/');
  return [ipToInt(ip!) ?? 0, Number(bits)];
}

export function ipToInt(ip: string): number | undefined {
  const parts = ip.split('.');
  if (parts.length !== 4 || parts.some((p) => !/^\d{1,3}$/.test(p) || Number(p) > 255)) return undefined;
  return parts.reduce((acc, p) => acc * 256 + Number(p), 0);
}

export function intToIp(n: number): string {
  return [24, 16, 8, 0].map((s) => Math.floor(n / 2 ** s) % 256).join('.');
}
