// What the topology draws, derived from the cluster view: the layout's boxes dressed with status
// colours, owner outlines, titles and links (Service → endpoint pods, Ingress → Services,
// pod → claim → volume). Pure; the model keeps the layout memory between scenes.

import type { ViewClaim, ViewIngress, ViewNode, ViewObject, ViewPod, ViewService, ViewVolume } from '../../worker/host/api.ts';
import { layoutTopology, UNSCHEDULED, type Box, type LayoutMemory, type Metrics } from './layout.ts';
import { ownerChain, ownerColor } from './owners.ts';
import { STATUS_COLORS, statusCategory } from './status-colors.ts';

export type CardKind = 'Service' | 'Ingress' | 'PersistentVolumeClaim' | 'PersistentVolume';

export interface PodItem {
  readonly kind: 'Pod';
  readonly uid: string;
  readonly name: string;
  readonly namespace: string;
  readonly box: Box;
  readonly color: string;
  readonly outline?: string;
  readonly restarts: number;
}

export interface CardItem {
  readonly kind: CardKind;
  readonly uid: string;
  readonly name: string;
  readonly namespace?: string;
  readonly box: Box;
  readonly detail: string;
  readonly color: string;
}

export interface RegionItem {
  /** The node's name, or UNSCHEDULED. */
  readonly id: string;
  readonly box: Box;
  readonly title: string;
  readonly status: string;
  readonly roles: string;
  readonly taints: readonly string[];
  readonly ready: boolean;
  readonly cordoned: boolean;
}

export interface LinkItem {
  readonly from: string;
  readonly to: string;
}

export interface Scene {
  readonly metrics: Metrics;
  readonly regions: readonly RegionItem[];
  readonly pods: readonly PodItem[];
  readonly cards: readonly CardItem[];
  readonly links: readonly LinkItem[];
  readonly bounds: Box;
}

export interface SceneOptions {
  /** Only this namespace's objects; null for all. */
  readonly namespace: string | null;
  readonly fontSize: number;
  readonly seed: number;
  /** The unscheduled region's title, in the page's language. */
  readonly unscheduledTitle: string;
}

export const CARD_COLORS: Readonly<Record<CardKind, string>> = {
  Service: '#2ac3de',
  Ingress: '#73daca',
  PersistentVolumeClaim: '#c0a36e',
  PersistentVolume: '#a68a5b',
};

interface Sorted {
  nodes: ViewNode[];
  pods: ViewPod[];
  services: ViewService[];
  ingresses: ViewIngress[];
  claims: ViewClaim[];
  volumes: ViewVolume[];
}

function sortObjects(objects: ReadonlyMap<string, ViewObject>, namespace: string | null): Sorted {
  const s: Sorted = { nodes: [], pods: [], services: [], ingresses: [], claims: [], volumes: [] };
  const shown = (o: ViewObject): boolean => namespace === null || o.namespace === namespace;
  for (const o of objects.values()) {
    if (o.kind === 'Node') s.nodes.push(o);
    else if (o.kind === 'PersistentVolume') s.volumes.push(o);
    else if (!shown(o)) continue;
    else if (o.kind === 'Pod') s.pods.push(o);
    else if (o.kind === 'Service') s.services.push(o);
    else if (o.kind === 'Ingress') s.ingresses.push(o);
    else if (o.kind === 'PersistentVolumeClaim') s.claims.push(o);
  }
  if (namespace !== null) s.volumes = s.volumes.filter((v) => v.claim?.namespace === namespace);
  return s;
}

function regionItem(id: string, box: Box, node: ViewNode | undefined, unscheduledTitle: string): RegionItem {
  if (node === undefined) return { id, box, title: unscheduledTitle, status: '', roles: '', taints: [], ready: true, cordoned: false };
  return {
    id, box, title: node.name, status: node.status, roles: node.roles.join(',') || '<none>', taints: node.taints,
    ready: node.ready, cordoned: node.unschedulable,
  };
}

function cardItem(o: ViewService | ViewIngress | ViewClaim | ViewVolume, box: Box): CardItem {
  const detail = o.kind === 'Service' ? `${o.type} ${o.clusterIP} ${o.ports.join(',')}`
    : o.kind === 'Ingress' ? o.hosts.join(',') || '*'
      : `${o.phase}${o.storageClass ? ` · ${o.storageClass}` : ''}`;
  return { kind: o.kind, uid: o.uid, name: o.name, ...(o.namespace ? { namespace: o.namespace } : {}), box, detail, color: CARD_COLORS[o.kind] };
}

function linksOf(s: Sorted, shownPods: ReadonlySet<string>): LinkItem[] {
  const links: LinkItem[] = [];
  const byName = (list: readonly { uid: string; name: string; namespace?: string }[]) =>
    new Map(list.map((o) => [`${o.namespace ?? ''}/${o.name}`, o.uid]));
  const services = byName(s.services);
  const claims = byName(s.claims);
  const volumes = byName(s.volumes);
  for (const svc of s.services) for (const uid of svc.endpoints) if (shownPods.has(uid)) links.push({ from: svc.uid, to: uid });
  for (const ing of s.ingresses) {
    for (const name of ing.services) {
      const to = services.get(`${ing.namespace}/${name}`);
      if (to) links.push({ from: ing.uid, to });
    }
  }
  for (const pod of s.pods) {
    for (const claim of pod.claims) {
      const from = claims.get(`${pod.namespace}/${claim}`);
      if (from) links.push({ from, to: pod.uid });
    }
  }
  for (const claim of s.claims) {
    const from = claim.volume === undefined ? undefined : volumes.get(`/${claim.volume}`);
    if (from) links.push({ from, to: claim.uid });
  }
  return links;
}

export function buildScene(objects: ReadonlyMap<string, ViewObject>, options: SceneOptions, memory?: LayoutMemory): { scene: Scene; memory: LayoutMemory } {
  const s = sortObjects(objects, options.namespace);
  const result = layoutTopology({ ...s, fontSize: options.fontSize }, memory);
  const { layout } = result;
  const nodes = new Map(s.nodes.map((n) => [n.name, n]));
  const pods: PodItem[] = s.pods.map((p) => {
    const outline = ownerColor(options.seed, ownerChain(objects, p));
    return {
      kind: 'Pod', uid: p.uid, name: p.name, namespace: p.namespace, box: layout.boxes.get(p.uid)!,
      color: STATUS_COLORS[statusCategory(p)], restarts: p.restarts, ...(outline ? { outline } : {}),
    };
  });
  const cards = [...s.services, ...s.ingresses, ...s.claims, ...s.volumes].map((o) => cardItem(o, layout.boxes.get(o.uid)!));
  return {
    scene: {
      metrics: layout.metrics,
      regions: layout.regions.map((r) => regionItem(r.id, r.box, r.id === UNSCHEDULED ? undefined : nodes.get(r.id), options.unscheduledTitle)),
      pods, cards, links: linksOf(s, new Set(pods.map((p) => p.uid))), bounds: layout.bounds,
    },
    memory: result.memory,
  };
}
