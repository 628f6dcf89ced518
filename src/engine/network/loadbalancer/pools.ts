// MetalLB's IP allocation (IPv4): IPAddressPools' address ranges, the address a LoadBalancer Service asks
// for (metallb.universe.tf/loadBalancerIPs, spec.loadBalancerIP, an address-pool annotation) and the
// lowest free address of the first pool that has one, with the allocator's error texts.
// Mirrors controller/service.go (allocateIPs) and internal/allocator/allocator.go (v0.14.8).

import type { KubeObject } from '../../api/types.ts';
import { intToIp, ipToInt, parseCidr } from '../../apiserver/allocators.ts';

export const ANNOTATION_ADDRESS_POOL = 'metallb.universe.tf/address-pool';
export const ANNOTATION_LB_IPS = 'metallb.universe.tf/loadBalancerIPs';
export const ANNOTATION_ALLOCATED_FROM = 'metallb.universe.tf/ip-allocated-from-pool';

export interface Pool {
  readonly name: string;
  /** Inclusive [first, last] address ranges, in the order the pool lists them. */
  readonly ranges: ReadonlyArray<readonly [number, number]>;
  readonly autoAssign: boolean;
  readonly avoidBuggyIPs: boolean;
  readonly allocation?: { readonly priority?: number; readonly namespaces?: readonly string[]; readonly serviceSelectors?: ReadonlyArray<{ matchLabels?: Record<string, string> }> };
}

export type Allocation = { readonly ips: readonly string[]; readonly pool: string } | { readonly error: string };

interface PoolSpec {
  addresses?: string[];
  autoAssign?: boolean;
  avoidBuggyIPs?: boolean;
  serviceAllocation?: Pool['allocation'];
}

function rangeOf(address: string): [number, number] | undefined {
  const dash = address.split('-').map((s) => s.trim());
  if (dash.length === 2) {
    const [a, b] = [ipToInt(dash[0]!), ipToInt(dash[1]!)];
    return a !== undefined && b !== undefined && a <= b ? [a, b] : undefined;
  }
  if (!address.includes('/') || ipToInt(address.split('/')[0]!) === undefined) return undefined;
  const [base, bits] = parseCidr(address.trim());
  if (!Number.isInteger(bits) || bits < 0 || bits > 32) return undefined;
  const size = 2 ** (32 - bits);
  const first = base - (base % size);
  return [first, first + size - 1];
}

/** The IPAddressPools of MetalLB's namespace as its config loader reads them (IPv6 ranges left out), by name. */
export function poolsOf(objects: readonly KubeObject[]): Pool[] {
  return objects
    .map((o) => {
      const spec = (o.spec ?? {}) as PoolSpec;
      const ranges = (spec.addresses ?? []).map(rangeOf).filter((r): r is [number, number] => r !== undefined);
      return { name: o.metadata.name!, ranges, autoAssign: spec.autoAssign !== false, avoidBuggyIPs: spec.avoidBuggyIPs === true, ...(spec.serviceAllocation ? { allocation: spec.serviceAllocation } : {}) };
    })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

export function poolFor(pools: readonly Pool[], ip: string): Pool | undefined {
  const n = ipToInt(ip);
  return n === undefined ? undefined : pools.find((p) => p.ranges.some(([a, b]) => n >= a && n <= b));
}

/** Go's %q of a []net.IP: `["192.168.56.200"]`. */
export const quoteIps = (ips: readonly string[]): string => `[${ips.map((ip) => JSON.stringify(ip)).join(' ')}]`;

export const keyOf = (svc: KubeObject): string => `${svc.metadata.namespace}/${svc.metadata.name}`;
export const isLoadBalancer = (svc: KubeObject): boolean => (svc.spec as { type?: string } | undefined)?.type === 'LoadBalancer';

/** The Service's load-balancer addresses (its status: MetalLB keeps no other record of an assignment). */
export const lbIps = (svc: KubeObject): string[] =>
  ((svc.status as { loadBalancer?: { ingress?: Array<{ ip?: string }> } } | undefined)?.loadBalancer?.ingress ?? []).flatMap((i) => (i.ip ? [i.ip] : []));

/** getDesiredLbIPs: the addresses the Service asks for, or the reason they are unusable. */
export function desiredIps(svc: KubeObject): { ips: string[] } | { error: string } {
  const annotation = svc.metadata.annotations?.[ANNOTATION_LB_IPS] ?? '';
  const field = (svc.spec as { loadBalancerIP?: string } | undefined)?.loadBalancerIP ?? '';
  if (annotation && field) return { error: `service can not have both ${ANNOTATION_LB_IPS} and svc.Spec.LoadBalancerIP` };
  if (annotation) {
    const ips = annotation.split(',').map((s) => s.trim());
    return ips.every((ip) => ipToInt(ip) !== undefined) ? { ips } : { error: `invalid ${ANNOTATION_LB_IPS}: ${JSON.stringify(annotation)}` };
  }
  if (field) return ipToInt(field) !== undefined ? { ips: [field] } : { error: `invalid spec.loadBalancerIP ${JSON.stringify(field)}` };
  return { ips: [] };
}

function pinned(pool: Pool, svc: KubeObject): boolean {
  const a = pool.allocation;
  if (!a) return false;
  if (a.namespaces?.length && !a.namespaces.includes(svc.metadata.namespace ?? '')) return false;
  const labels = svc.metadata.labels ?? {};
  return !a.serviceSelectors?.length || a.serviceSelectors.some((s) => Object.entries(s.matchLabels ?? {}).every(([k, v]) => labels[k] === v));
}

/**
 * allocateIPs for `svc`, given who holds which address (`holders`: IP → Service key). Deviation from
 * upstream: no address sharing (metallb.universe.tf/allow-shared-ip) and pool priorities only order pinned pools.
 */
export function allocate(svc: KubeObject, pools: readonly Pool[], holders: ReadonlyMap<string, string>): Allocation {
  const key = keyOf(svc);
  const desired = desiredIps(svc);
  if ('error' in desired) return desired;
  const wanted = svc.metadata.annotations?.[ANNOTATION_ADDRESS_POOL] ?? '';
  if (desired.ips.length > 0) {
    const pool = desired.ips.length === 1 ? poolFor(pools, desired.ips[0]!) : undefined;
    if (!pool) return { error: `${quoteIps(desired.ips)} is not allowed in config` };
    const other = holders.get(desired.ips[0]!);
    if (other && other !== key) return { error: `can't change sharing key for "${key}", address also in use by ${other}` };
    if (wanted && wanted !== pool.name) return { error: `requested loadBalancer IP(s) ${quoteIps(desired.ips)} is not compatible with requested address pool ${wanted}` };
    return { ips: desired.ips, pool: pool.name };
  }
  if (wanted) {
    const pool = pools.find((p) => p.name === wanted);
    if (!pool) return { error: `unknown pool "${wanted}"` };
    const ip = freeIn(pool, holders, key);
    return ip ? { ips: [ip], pool: pool.name } : { error: `no available IPs in pool "${wanted}" for IPv4 IPFamily` };
  }
  const pins = pools.filter((p) => pinned(p, svc)).sort((a, b) => (a.allocation?.priority ?? 0) - (b.allocation?.priority ?? 0));
  for (const pool of [...pins, ...pools.filter((p) => p.autoAssign && !p.allocation)]) {
    const ip = freeIn(pool, holders, key);
    if (ip) return { ips: [ip], pool: pool.name };
  }
  return { error: 'no available IPs' };
}

/** getIPFromCIDR over the pool's ranges: the lowest address nobody else holds. */
function freeIn(pool: Pool, holders: ReadonlyMap<string, string>, key: string): string | undefined {
  for (const [first, last] of pool.ranges) {
    for (let n = first; n <= last; n++) {
      if (pool.avoidBuggyIPs && (n % 256 === 0 || n % 256 === 255)) continue;
      const ip = intToIp(n);
      const holder = holders.get(ip);
      if (!holder || holder === key) return ip;
    }
  }
  return undefined;
}
