// An informer-style index over one resource: objects by namespace/name, by the uid of their
// controller, and the orphans (no controller) per namespace, so a controller finds what it owns
// or may adopt without listing the whole resource. Kept current by a watch (the store delivers
// changes synchronously, so the index never lags a write) and rebuilt after a snapshot restore.

import type { KubeObject } from '../../api/types.ts';
import { controllerOf } from '../../api/owners.ts';
import type { VirtualClock } from '../../base/clock.ts';
import type { ApiClient, ResourceName } from '../../client/client.ts';

export type IndexListener = (type: 'ADDED' | 'MODIFIED' | 'DELETED', object: KubeObject, previous: KubeObject | undefined) => void;

export class ControlledIndex {
  private readonly objects = new Map<string, KubeObject>();
  private readonly byController = new Map<string, Set<string>>();
  private readonly orphans = new Map<string, Set<string>>();
  private readonly byNamespace = new Map<string, Set<string>>();
  /** Each bucket's keys in order, kept until a key joins or leaves it (updates in place keep it). */
  private readonly sortedKeys = new WeakMap<Set<string>, readonly string[]>();
  private readonly listeners: IndexListener[] = [];

  /** `owner` tells apart the indexes of one resource kept by different components (their restore hooks). */
  constructor(private readonly client: ApiClient, private readonly resource: ResourceName, clock: VirtualClock, owner = 'controllers') {
    client.watch(resource, (e) => {
      const key = keyOf(e.object);
      const previous = this.objects.get(key);
      if (previous && e.type !== 'DELETED' && sameBucket(previous, e.object)) {
        // The usual update: the bucket keeps the key; the object moves to the end, as re-adding it does.
        this.objects.delete(key);
        this.objects.set(key, e.object);
      } else {
        if (previous) this.unindex(key, previous);
        if (e.type !== 'DELETED') this.index(key, e.object);
      }
      for (const l of this.listeners) l(e.type, e.object, previous);
    });
    clock.onRestore(`index${resource}@${owner}`, () => this.rebuild());
    this.rebuild();
  }

  /** Calls `fn` after the index has taken each change in (informer event handlers). */
  subscribe(fn: IndexListener): void {
    this.listeners.push(fn);
  }

  get(namespace: string | undefined, name: string): KubeObject | undefined {
    return this.objects.get(namespace ? `${namespace}/${name}` : name);
  }

  /** Every object, in the order they were first indexed. */
  all(): KubeObject[] {
    return [...this.objects.values()];
  }

  /** What the object with this uid controls, in name order. */
  controlledBy(uid: string): KubeObject[] {
    return this.collect(this.byController.get(uid));
  }

  /** Every object of `namespace`, in name order (the informer's namespace index). */
  inNamespace(namespace: string): KubeObject[] {
    return this.collect(this.byNamespace.get(namespace));
  }

  /** Objects of `namespace` without a controller (adoption candidates), in name order. */
  orphansIn(namespace: string): KubeObject[] {
    return this.collect(this.orphans.get(namespace));
  }

  private collect(keys: Set<string> | undefined): KubeObject[] {
    if (!keys) return [];
    let sorted = this.sortedKeys.get(keys);
    if (!sorted) this.sortedKeys.set(keys, (sorted = [...keys].sort()));
    return sorted.map((k) => this.objects.get(k)!);
  }

  private rebuild(): void {
    this.objects.clear();
    this.byController.clear();
    this.orphans.clear();
    this.byNamespace.clear();
    for (const o of this.client.list(this.resource)) this.index(keyOf(o), o);
  }

  private index(key: string, o: KubeObject): void {
    this.objects.set(key, o);
    const bucket = this.bucketOf(o);
    this.addKey(bucket.map, bucket.key, key);
    this.addKey(this.byNamespace, o.metadata.namespace ?? '', key);
  }

  private unindex(key: string, o: KubeObject): void {
    this.objects.delete(key);
    const bucket = this.bucketOf(o);
    this.removeKey(bucket.map, bucket.key, key);
    this.removeKey(this.byNamespace, o.metadata.namespace ?? '', key);
  }

  private addKey(map: Map<string, Set<string>>, bucket: string, key: string): void {
    let set = map.get(bucket);
    if (!set) map.set(bucket, (set = new Set()));
    set.add(key);
    this.sortedKeys.delete(set);
  }

  private removeKey(map: Map<string, Set<string>>, bucket: string, key: string): void {
    const set = map.get(bucket);
    if (!set) return;
    set.delete(key);
    this.sortedKeys.delete(set);
    if (set.size === 0) map.delete(bucket);
  }

  private bucketOf(o: KubeObject): { map: Map<string, Set<string>>; key: string } {
    const ref = controllerOf(o);
    return ref ? { map: this.byController, key: ref.uid } : { map: this.orphans, key: o.metadata.namespace ?? '' };
  }
}

/** Whether two versions of an object sit in the same bucket (same controller, or both orphans of one namespace). */
function sameBucket(a: KubeObject, b: KubeObject): boolean {
  const ra = controllerOf(a);
  const rb = controllerOf(b);
  return ra !== undefined && rb !== undefined ? ra.uid === rb.uid : ra === rb && a.metadata.namespace === b.metadata.namespace;
}

function keyOf(o: KubeObject): string {
  return o.metadata.namespace ? `${o.metadata.namespace}/${o.metadata.name}` : o.metadata.name!;
}
