// Owner chains (Deployment → ReplicaSet → Pod, CronJob → Job → Pod…) and the colour that groups a
// pod with its siblings: the hue comes from the top owner, the shade from the direct one (so a
// rolling update's old and new ReplicaSets differ). Seeded, so a sandbox keeps its palette.

import type { ViewObject, ViewOwner } from '../../worker/host/api.ts';

/** Owner chains are short (CronJob → Job → Pod); this bounds a malformed cycle. */
const MAX_OWNER_DEPTH = 8;

/** The owners of an object, nearest first, as far as the view knows them. */
export function ownerChain(objects: ReadonlyMap<string, ViewObject>, object: ViewObject): ViewOwner[] {
  const chain: ViewOwner[] = [];
  let owner = 'owner' in object ? object.owner : undefined;
  while (owner !== undefined && chain.length < MAX_OWNER_DEPTH) {
    chain.push(owner);
    const next = objects.get(owner.uid);
    owner = next && 'owner' in next ? next.owner : undefined;
  }
  return chain;
}

/** FNV-1a over the seed and the text: a stable 32-bit hash. */
export function hash32(seed: number, text: string): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** Colours already worked out, by seed and owners; bounded, since owners come and go. */
const colors = new Map<string, string>();
const MAX_REMEMBERED_COLORS = 10_000;

/** The outline colour of an object with these owners (nearest first); undefined for a bare pod. */
export function ownerColor(seed: number, chain: readonly ViewOwner[]): string | undefined {
  const top = chain.at(-1);
  const direct = chain[0];
  if (top === undefined || direct === undefined) return undefined;
  const key = `${seed}|${top.uid}|${direct.uid}`;
  let color = colors.get(key);
  if (color === undefined) {
    const hue = hash32(seed, top.uid) % 360;
    const lightness = 58 + (hash32(seed, direct.uid) % 4) * 7;
    color = `hsl(${hue} 70% ${lightness}%)`;
    if (colors.size >= MAX_REMEMBERED_COLORS) colors.clear();
    colors.set(key, color);
  }
  return color;
}
