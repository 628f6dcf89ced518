// Between the view store and the canvas: builds scenes while keeping the layout memory (reset when
// the namespace filter changes), finds what a search names, and maps picks back to objects.

import type { ViewObject } from '../../worker/host/api.ts';
import type { ObjectRef } from '../store/layout-store.ts';
import type { Hit } from './hit-test.ts';
import type { LayoutMemory } from './layout.ts';
import { buildScene, type Scene, type SceneOptions } from './scene.ts';

export class TopologyModel {
  private memory: LayoutMemory | undefined;
  private namespace: string | null = null;

  /** A scene for the objects; positions stay where the previous scene had them. */
  scene(objects: ReadonlyMap<string, ViewObject>, options: SceneOptions): Scene {
    if (options.namespace !== this.namespace) {
      this.memory = undefined;
      this.namespace = options.namespace;
    }
    const { scene, memory } = buildScene(objects, options, this.memory);
    this.memory = memory;
    return scene;
  }
}

const byName = <T extends { readonly name: string }>(a: T, b: T): number => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/**
 * The drawn things whose name holds the query (any case): node names and UIDs, nodes first, then
 * Services, Ingresses and storage, then pods, each by name. Empty query: null (nothing searched).
 */
export function searchMatches(scene: Scene, query: string): string[] | null {
  const q = query.trim().toLowerCase();
  if (q === '') return null;
  const hit = (name: string): boolean => name.toLowerCase().includes(q);
  return [
    ...scene.regions.filter((r) => r.status !== '' && hit(r.title)).map((r) => r.id).sort(),
    ...[...scene.cards].filter((c) => hit(c.name)).sort(byName).map((c) => c.uid),
    ...[...scene.pods].filter((p) => hit(p.name)).sort(byName).map((p) => p.uid),
  ];
}

/** The object a pick names: a drawn item by UID, a node region by name. */
export function refOfHit(objects: ReadonlyMap<string, ViewObject>, hit: Hit): ObjectRef | null {
  if (hit.kind === 'region') return { kind: 'Node', name: hit.id };
  const o = objects.get(hit.uid);
  return o ? refOf(o) : null;
}

export function refOf(o: ViewObject): ObjectRef {
  return o.namespace === undefined ? { kind: o.kind, name: o.name } : { kind: o.kind, namespace: o.namespace, name: o.name };
}

/** What the topology marks as selected for a selection: a node's name, or the object's UID. */
export function selectedId(objects: ReadonlyMap<string, ViewObject>, ref: ObjectRef | null): string | null {
  if (ref === null) return null;
  if (ref.kind === 'Node') return ref.name;
  for (const o of objects.values()) {
    if (o.kind === ref.kind && o.name === ref.name && (o.namespace ?? '') === (ref.namespace ?? '')) return o.uid;
  }
  return null;
}
