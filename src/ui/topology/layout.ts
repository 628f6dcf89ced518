// The topology's layout, pure: nodes as regions side by side (unscheduled pods in their own region
// last), pods on a grid inside their region, Services and Ingresses in columns to the left, claims
// and volumes in rows above. Positions are kept by UID across layouts (see slots.ts), so the picture
// never jumps: a new pod takes a free cell, a region grows downward only, a new node comes after the
// others (only the unscheduled region moves aside for it).

import type { ViewClaim, ViewIngress, ViewNode, ViewPod, ViewService, ViewVolume } from '../../worker/host/api.ts';
import { assignSlots, slotCounts, type Slot, type SlotItem } from './slots.ts';

/** The region of pods no node runs yet. */
export const UNSCHEDULED = '';
export const POD_COLUMNS = 2;

export interface LayoutInput {
  readonly nodes: readonly ViewNode[];
  readonly pods: readonly ViewPod[];
  readonly services: readonly ViewService[];
  readonly ingresses: readonly ViewIngress[];
  readonly claims: readonly ViewClaim[];
  readonly volumes: readonly ViewVolume[];
  /** Text size in px; every size of the picture follows it. */
  readonly fontSize: number;
}

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

export interface Region {
  /** The node's name, or UNSCHEDULED. */
  readonly id: string;
  readonly box: Box;
}

export interface Metrics {
  readonly podW: number;
  readonly podH: number;
  readonly gap: number;
  readonly pad: number;
  readonly headerH: number;
  readonly regionW: number;
  readonly sideW: number;
  readonly sideH: number;
  readonly lane: number;
}

export interface Layout {
  readonly metrics: Metrics;
  readonly regions: readonly Region[];
  /** Pods, Services, Ingresses, claims and volumes by UID. */
  readonly boxes: ReadonlyMap<string, Box>;
  /** What "fit" shows: everything but an empty unscheduled region. */
  readonly bounds: Box;
}

export interface LayoutMemory {
  readonly regionOrder: readonly string[];
  readonly podSlots: ReadonlyMap<string, Slot>;
  readonly sideSlots: ReadonlyMap<string, Slot>;
}

export const EMPTY_MEMORY: LayoutMemory = { regionOrder: [], podSlots: new Map(), sideSlots: new Map() };

export function metricsFor(fontSize: number): Metrics {
  const f = Math.max(8, fontSize);
  const podW = Math.round(f * 9);
  const gap = Math.round(f * 0.6);
  const pad = f;
  return {
    podW, podH: Math.round(f * 2.2), gap, pad, headerH: Math.round(f * 3.6),
    regionW: 2 * pad + POD_COLUMNS * podW + (POD_COLUMNS - 1) * gap,
    sideW: Math.round(f * 11), sideH: Math.round(f * 2.8), lane: f * 3,
  };
}

/** Nodes in the order they were first seen; a layout's newcomers control planes first, then by name. */
function regionOrder(nodes: readonly ViewNode[], previous: readonly string[]): string[] {
  const present = new Set(nodes.map((n) => n.name));
  const kept = previous.filter((id) => present.has(id));
  const known = new Set(kept);
  const rank = (n: ViewNode): string => `${n.roles.includes('control-plane') ? 0 : 1}${n.name}`;
  const added = nodes.filter((n) => !known.has(n.name)).sort((a, b) => (rank(a) < rank(b) ? -1 : 1)).map((n) => n.name);
  return [...kept, ...added];
}

const itemKey = (o: { namespace?: string; name: string }): string => `${o.namespace ?? ''}/${o.name}`;

const SIDE_COLUMNS = { service: 1, ingress: 2 } as const;
const TOP_ROWS = { claim: 1, volume: 2 } as const;

export function layoutTopology(input: LayoutInput, memory: LayoutMemory = EMPTY_MEMORY): { layout: Layout; memory: LayoutMemory } {
  const m = metricsFor(input.fontSize);
  const order = regionOrder(input.nodes, memory.regionOrder);
  const regionIds = [...order, UNSCHEDULED];
  const known = new Set(order);
  const podItems: SlotItem[] = input.pods.map((p) => ({ uid: p.uid, group: p.node !== undefined && known.has(p.node) ? p.node : UNSCHEDULED, key: itemKey(p) }));
  const podSlots = assignSlots(podItems, memory.podSlots);
  const sideItems: SlotItem[] = [
    ...input.services.map((s) => ({ uid: s.uid, group: 'service', key: itemKey(s) })),
    ...input.ingresses.map((i) => ({ uid: i.uid, group: 'ingress', key: itemKey(i) })),
    ...input.claims.map((c) => ({ uid: c.uid, group: 'claim', key: itemKey(c) })),
    ...input.volumes.map((v) => ({ uid: v.uid, group: 'volume', key: itemKey(v) })),
  ];
  const sideSlots = assignSlots(sideItems, memory.sideSlots);

  const rows = slotCounts(podSlots);
  const regions: Region[] = regionIds.map((id, i) => {
    const podRows = Math.max(1, Math.ceil((rows.get(id) ?? 0) / POD_COLUMNS));
    const h = m.headerH + 2 * m.pad + podRows * (m.podH + m.gap) - m.gap;
    return { id, box: { x: i * (m.regionW + m.lane), y: 0, w: m.regionW, h } };
  });
  const regionX = new Map(regions.map((r) => [r.id, r.box.x]));
  const boxes = new Map<string, Box>();
  for (const [uid, { group, slot }] of podSlots) {
    const col = slot % POD_COLUMNS;
    const row = Math.floor(slot / POD_COLUMNS);
    boxes.set(uid, {
      x: regionX.get(group)! + m.pad + col * (m.podW + m.gap),
      y: m.headerH + m.pad + row * (m.podH + m.gap),
      w: m.podW, h: m.podH,
    });
  }
  for (const [uid, { group, slot }] of sideSlots) boxes.set(uid, sideBox(m, group, slot));
  const framed = regions.filter((r) => r.id !== UNSCHEDULED || rows.has(UNSCHEDULED));
  return {
    layout: { metrics: m, regions, boxes, bounds: boundsOf([...framed.map((r) => r.box), ...boxes.values()]) },
    memory: { regionOrder: order, podSlots, sideSlots },
  };
}

/** Services and Ingresses stack down in columns left of the regions; claims and volumes run right in rows above. */
function sideBox(m: Metrics, group: string, slot: number): Box {
  if (group === 'service' || group === 'ingress') {
    return { x: -SIDE_COLUMNS[group] * (m.sideW + m.lane), y: m.headerH + m.pad + slot * (m.sideH + m.gap), w: m.sideW, h: m.sideH };
  }
  const row = TOP_ROWS[group as keyof typeof TOP_ROWS];
  return { x: slot * (m.sideW + m.gap), y: -row * (m.sideH + m.lane), w: m.sideW, h: m.sideH };
}

function boundsOf(boxes: readonly Box[]): Box {
  if (boxes.length === 0) return { x: 0, y: 0, w: 0, h: 0 };
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const b of boxes) {
    x0 = Math.min(x0, b.x);
    y0 = Math.min(y0, b.y);
    x1 = Math.max(x1, b.x + b.w);
    y1 = Math.max(y1, b.y + b.h);
  }
  return { x: x0, y: y0, w: x1 - x0, h: y1 - y0 };
}
