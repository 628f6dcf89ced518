// The garbage collector's owner graph (GraphBuilder's role): every object that names an owner, by
// that owner's uid, kept current by one watch per resource and rebuilt after a snapshot restore, so
// finding an owner's dependents reads its own entries instead of listing every resource.

import { RESOURCES } from '../../api/kinds.ts';
import type { KubeObject } from '../../api/types.ts';
import type { VirtualClock } from '../../base/clock.ts';
import type { ApiClient, ResourceName } from '../../client/client.ts';
import type { WatchEvent } from '../../apiserver/server.ts';
import { storeKey } from '../../store/store.ts';

export interface Dependent {
  readonly resource: ResourceName;
  readonly object: KubeObject;
}

interface Entry {
  readonly order: number;
  readonly resource: ResourceName;
  readonly namespace: string | undefined;
  readonly name: string;
  /** The object's store key: dependents come out in store (list) order. */
  readonly key: string;
}

const LISTED = RESOURCES.filter((info) => info.verbs.includes('list'));

export class DependentsIndex {
  /** owner uid → object key → entry. */
  private readonly byOwner = new Map<string, Map<string, Entry>>();
  /** object key → the owner uids it is filed under. */
  private readonly owners = new Map<string, readonly string[]>();

  /** `watched` is called for every change, after the index has taken it in. */
  constructor(private readonly client: ApiClient, clock: VirtualClock, watched: (resource: ResourceName, e: WatchEvent) => void) {
    LISTED.forEach((info, order) => {
      if (!info.verbs.includes('watch')) return;
      const resource: ResourceName = `${info.group}/${info.resource}`;
      client.watch(resource, (e) => {
        this.file(order, resource, e.type === 'DELETED' ? undefined : e.object, e.object);
        watched(resource, e);
      });
    });
    clock.onRestore('garbage-collector-graph', () => this.rebuild());
    this.rebuild();
  }

  /** The objects that name `uid` as an owner, by resource (in discovery order), then in list order. */
  dependentsOf(uid: string): Dependent[] {
    const entries = this.byOwner.get(uid);
    if (!entries) return [];
    const sorted = [...entries.values()].sort((a, b) => a.order - b.order || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    const out: Dependent[] = [];
    for (const e of sorted) {
      const object = this.client.get(e.resource, e.namespace, e.name);
      if (object) out.push({ resource: e.resource, object });
    }
    return out;
  }

  private rebuild(): void {
    this.byOwner.clear();
    this.owners.clear();
    LISTED.forEach((info, order) => {
      const resource: ResourceName = `${info.group}/${info.resource}`;
      for (const object of this.client.list(resource)) this.file(order, resource, object, object);
    });
  }

  /** Files the object's current version (`undefined` once it is gone) under the owners it names. */
  private file(order: number, resource: ResourceName, current: KubeObject | undefined, object: KubeObject): void {
    const info = LISTED[order]!;
    const namespace = info.namespaced ? object.metadata.namespace : undefined;
    const name = object.metadata.name!;
    const key = storeKey(info.group, info.resource, namespace, name);
    const uids = [...new Set((current?.metadata.ownerReferences ?? []).map((r) => r.uid))];
    const filed = this.owners.get(key) ?? [];
    if (uids.length === filed.length && uids.every((uid, i) => filed[i] === uid)) return;
    for (const uid of filed) {
      const entries = this.byOwner.get(uid);
      entries?.delete(key);
      if (entries?.size === 0) this.byOwner.delete(uid);
    }
    this.owners.delete(key);
    if (uids.length === 0) return;
    this.owners.set(key, uids);
    const entry: Entry = { order, resource, namespace, name, key };
    for (const uid of uids) {
      let entries = this.byOwner.get(uid);
      if (!entries) this.byOwner.set(uid, (entries = new Map()));
      entries.set(key, entry);
    }
  }
}
