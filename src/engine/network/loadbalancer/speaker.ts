// The speakers' layer-2 election: which node answers ARP for a Service's load-balancer address. Only
// speakers running on nodes an L2Advertisement of the address's pool selects (and not excluded from
// external load balancers) take part, only while the Service has a ready endpoint, and under
// externalTrafficPolicy Local only nodes with one. Mirrors speaker/layer2_controller.go ShouldAnnounce.

import type { LabelSelector } from 'kubernetes-types/meta/v1';
import type { KubeObject } from '../../api/types.ts';
import { labelSelectorMatches } from '../../api/selectors.ts';
import { fnv32a } from '../../base/names.ts';
import { SERVICE_NAME_LABEL } from '../kube-proxy.ts';

export const EXCLUDE_LB_LABEL = 'node.kubernetes.io/exclude-from-external-load-balancers';

interface L2AdvertisementSpec {
  ipAddressPools?: string[];
  ipAddressPoolSelectors?: LabelSelector[];
  nodeSelectors?: LabelSelector[];
}

export interface ElectionView {
  /** The IPAddressPool object the address comes from. */
  readonly pool: KubeObject;
  readonly l2Advertisements: readonly KubeObject[];
  /** Nodes where a speaker runs. */
  readonly speakerNodes: readonly KubeObject[];
  readonly slices: readonly KubeObject[];
}

function selectsPool(ad: L2AdvertisementSpec, pool: KubeObject): boolean {
  const byName = ad.ipAddressPools ?? [];
  const bySelector = ad.ipAddressPoolSelectors ?? [];
  if (byName.length === 0 && bySelector.length === 0) return true;
  return byName.includes(pool.metadata.name!) || bySelector.some((s) => labelSelectorMatches(s, pool.metadata.labels ?? {}));
}

function selectsNode(ad: L2AdvertisementSpec, node: KubeObject): boolean {
  const selectors = ad.nodeSelectors ?? [];
  return selectors.length === 0 || selectors.some((s) => labelSelectorMatches(s, node.metadata.labels ?? {}));
}

/** Nodes with a ready endpoint of `svc` (undefined node names count as "somewhere"). */
function endpointNodes(svc: KubeObject, slices: readonly KubeObject[]): Array<string | undefined> {
  const out: Array<string | undefined> = [];
  for (const slice of slices) {
    if (slice.metadata.namespace !== svc.metadata.namespace || slice.metadata.labels?.[SERVICE_NAME_LABEL] !== svc.metadata.name) continue;
    const endpoints = (slice as { endpoints?: Array<{ conditions?: { ready?: boolean }; nodeName?: string }> }).endpoints ?? [];
    for (const ep of endpoints) if (ep.conditions?.ready !== false) out.push(ep.nodeName);
  }
  return out;
}

/** The node whose speaker announces `ip` of `svc` over layer 2, or undefined when none does. */
export function announcingNode(svc: KubeObject, ip: string, view: ElectionView): string | undefined {
  const ready = endpointNodes(svc, view.slices);
  if (ready.length === 0) return undefined;
  const ads = view.l2Advertisements.map((a) => (a.spec ?? {}) as L2AdvertisementSpec).filter((a) => selectsPool(a, view.pool));
  let nodes = view.speakerNodes
    .filter((n) => n.metadata.labels?.[EXCLUDE_LB_LABEL] === undefined && ads.some((a) => selectsNode(a, n)))
    .map((n) => n.metadata.name!);
  if ((svc.spec as { externalTrafficPolicy?: string } | undefined)?.externalTrafficPolicy === 'Local') nodes = nodes.filter((n) => ready.includes(n));
  // Deviation from upstream: the order hashes `node#ip` with FNV-1a, not SHA-256 (same role: every speaker agrees).
  const ranked = nodes.map((n) => ({ n, h: fnv32a(`${n}#${ip}`) })).sort((a, b) => a.h - b.h || (a.n < b.n ? -1 : 1));
  return ranked[0]?.n;
}
