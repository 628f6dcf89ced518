// What is under the pointer: pods and cards through a quadtree of their centres (the nearest centre,
// then its box must hold the point), else the node region that holds it. World coordinates.

import { quadtree, type Quadtree } from 'd3-quadtree';
import type { Box } from './layout.ts';

export interface Hittable {
  readonly uid: string;
  readonly box: Box;
}

export type Hit = { readonly kind: 'item'; readonly uid: string } | { readonly kind: 'region'; readonly id: string };

const contains = (b: Box, x: number, y: number): boolean => x >= b.x && x <= b.x + b.w && y >= b.y && y <= b.y + b.h;

export class HitIndex {
  private readonly tree: Quadtree<Hittable>;
  private readonly radius: number;

  constructor(items: readonly Hittable[], private readonly regions: readonly { readonly id: string; readonly box: Box }[]) {
    this.tree = quadtree<Hittable>().x((d) => d.box.x + d.box.w / 2).y((d) => d.box.y + d.box.h / 2).addAll([...items]);
    this.radius = items.reduce((r, d) => Math.max(r, Math.hypot(d.box.w, d.box.h) / 2), 0);
  }

  at(x: number, y: number): Hit | null {
    const item = this.tree.find(x, y, this.radius);
    if (item && contains(item.box, x, y)) return { kind: 'item', uid: item.uid };
    const region = this.regions.find((r) => contains(r.box, x, y));
    return region ? { kind: 'region', id: region.id } : null;
  }
}
