// The etcd role: objects under keys /registry/<group>/<resource>/<namespace>/<name>, one revision
// counter (= resourceVersion), synchronous watch from a revision, and a bounded history log.
// Invariant: stored objects are deeply frozen; whoever wants to change one clones it first.

import { assert } from '../base/assert.ts';
import { deepFreeze } from '../base/json.ts';
import type { KubeObject } from '../api/types.ts';

export type WatchEventType = 'ADDED' | 'MODIFIED' | 'DELETED';

export interface StoreEvent {
  readonly type: WatchEventType;
  readonly key: string;
  readonly revision: number;
  readonly object: KubeObject;
  /** The object before this change (MODIFIED and DELETED). */
  readonly previous?: KubeObject;
}

export type StoreWatcher = (event: StoreEvent) => void;

export interface StoreSnapshot {
  readonly revision: number;
  readonly objects: ReadonlyArray<readonly [string, KubeObject]>;
}

interface Watch {
  readonly prefix: string;
  readonly fn: StoreWatcher;
  /** Registration order: watchers see each event in the order they started watching. */
  readonly seq: number;
}

export const DEFAULT_HISTORY_LIMIT = 10_000;

export class Store {
  private revisionCounter: number;
  private readonly objects = new Map<string, KubeObject>();
  /** The same objects grouped by resource (`/registry/<group>/<resource>/`), so a list scans one kind. */
  private readonly byResource = new Map<string, Map<string, KubeObject>>();
  /** Each resource's keys in order, built on demand and dropped when a key comes or goes (not on updates). */
  private readonly sortedKeys = new Map<string, string[]>();
  /**
   * Watchers by the resource their prefix names (`resourceBucket`), and those whose prefix is wider
   * (`undefined`), so a write visits only the watchers of its resource. The arrays are replaced, never
   * changed, so an event in delivery keeps the watchers it started with.
   */
  private readonly watches = new Map<string | undefined, readonly Watch[]>();
  private watchSeq = 0;
  private history: StoreEvent[] = [];

  constructor(private readonly historyLimit = DEFAULT_HISTORY_LIMIT, initialRevision = 1) {
    this.revisionCounter = initialRevision;
  }

  get revision(): number {
    return this.revisionCounter;
  }

  get(key: string): KubeObject | undefined {
    return this.objects.get(key);
  }

  /** Objects whose key starts with `prefix`, in key order (etcd range order). */
  list(prefix: string): KubeObject[] {
    const out: KubeObject[] = [];
    this.range(prefix, (key) => out.push(this.objects.get(key)!));
    return out;
  }

  count(prefix: string): number {
    let n = 0;
    this.range(prefix, () => n++);
    return n;
  }

  /** Visits the keys under `prefix` in order: a binary search into the resource's sorted keys, then a scan. */
  private range(prefix: string, visit: (key: string) => void): void {
    const bucket = resourceBucket(prefix);
    if (bucket === undefined) {
      for (const key of [...this.objects.keys()].filter((k) => k.startsWith(prefix)).sort()) visit(key);
      return;
    }
    const keys = this.sortedKeysOf(bucket);
    for (let i = lowerBound(keys, prefix); i < keys.length && keys[i]!.startsWith(prefix); i++) visit(keys[i]!);
  }

  private sortedKeysOf(bucket: string): readonly string[] {
    let keys = this.sortedKeys.get(bucket);
    if (!keys) {
      keys = [...(this.byResource.get(bucket)?.keys() ?? [])].sort();
      this.sortedKeys.set(bucket, keys);
    }
    return keys;
  }

  /** Keeps a bucket's sorted keys, once made, in step with a key joining or leaving it (a binary search, no re-sort). */
  private resort(bucket: string, key: string, joins: boolean): void {
    const keys = this.sortedKeys.get(bucket);
    if (!keys) return;
    const at = lowerBound(keys, key);
    if (joins) keys.splice(at, 0, key);
    else keys.splice(at, 1);
  }

  private index(key: string, object: KubeObject | undefined): void {
    const bucket = resourceBucket(key)!;
    let map = this.byResource.get(bucket);
    if (!map) this.byResource.set(bucket, (map = new Map()));
    if (map.has(key) !== (object !== undefined)) this.resort(bucket, key, object !== undefined);
    if (object) map.set(key, object);
    else map.delete(key);
  }

  /** Writes an object; sets metadata.resourceVersion to the new revision. Returns the stored (frozen) object. */
  put(key: string, object: KubeObject): KubeObject {
    const previous = this.objects.get(key);
    const revision = ++this.revisionCounter;
    const stored = deepFreeze({ ...object, metadata: { ...object.metadata, resourceVersion: String(revision) } });
    this.objects.set(key, stored);
    this.index(key, stored);
    this.emit({ type: previous ? 'MODIFIED' : 'ADDED', key, revision, object: stored, ...(previous ? { previous } : {}) });
    return stored;
  }

  delete(key: string): KubeObject | undefined {
    const previous = this.objects.get(key);
    if (!previous) return undefined;
    this.objects.delete(key);
    this.index(key, undefined);
    const revision = ++this.revisionCounter;
    const object = deepFreeze({ ...previous, metadata: { ...previous.metadata, resourceVersion: String(revision) } });
    this.emit({ type: 'DELETED', key, revision, object, previous });
    return object;
  }

  /**
   * Watches keys under `prefix`. With `fromRevision`, first replays the history after that revision
   * (it must still be in the log), then delivers every later change synchronously, in order.
   */
  watch(prefix: string, fn: StoreWatcher, fromRevision?: number): () => void {
    if (fromRevision !== undefined) {
      for (const e of this.historySince(fromRevision)) if (e.key.startsWith(prefix)) fn(e);
    }
    const w: Watch = { prefix, fn, seq: this.watchSeq++ };
    const bucket = resourceBucket(prefix);
    this.watches.set(bucket, [...(this.watches.get(bucket) ?? []), w]);
    return () => {
      const left = (this.watches.get(bucket) ?? []).filter((x) => x !== w);
      if (left.length > 0) this.watches.set(bucket, left);
      else this.watches.delete(bucket);
    };
  }

  /** Events after `revision`; throws when the log no longer reaches back that far (compacted). */
  historySince(revision: number): StoreEvent[] {
    const oldest = this.history[0]?.revision;
    assert(oldest === undefined || revision >= oldest - 1 || revision >= this.revisionCounter,
      `revision ${revision} has been compacted`);
    return this.history.filter((e) => e.revision > revision);
  }

  get historyLength(): number {
    return this.history.length;
  }

  snapshot(): StoreSnapshot {
    return { revision: this.revisionCounter, objects: [...this.objects.entries()] };
  }

  restore(snap: StoreSnapshot): void {
    this.objects.clear();
    this.byResource.clear();
    this.sortedKeys.clear();
    for (const [k, v] of snap.objects) {
      const frozen = deepFreeze(v);
      this.objects.set(k, frozen);
      this.index(k, frozen);
    }
    this.revisionCounter = snap.revision;
    this.history = [];
  }

  private emit(event: StoreEvent): void {
    this.history.push(event);
    // Compaction: when the log is full, keep its newer half.
    if (this.history.length > this.historyLimit) this.history = this.history.slice(this.history.length - Math.floor(this.historyLimit / 2));
    const bucket = resourceBucket(event.key);
    const own = (bucket !== undefined && this.watches.get(bucket)) || [];
    const wide = this.watches.get(undefined) ?? [];
    let i = 0;
    let j = 0;
    while (i < own.length || j < wide.length) {
      const w = j >= wide.length || (i < own.length && own[i]!.seq < wide[j]!.seq) ? own[i++]! : wide[j++]!;
      if (event.key.startsWith(w.prefix)) w.fn(event);
    }
  }
}

/** The first position in sorted `keys` whose key is not below `target`. */
function lowerBound(keys: readonly string[], target: string): number {
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (keys[mid]! < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** `/registry/<group>/<resource>/` of a key or prefix, if it reaches that far. */
function resourceBucket(keyOrPrefix: string): string | undefined {
  let slashes = 0;
  for (let i = 0; i < keyOrPrefix.length; i++) {
    if (keyOrPrefix.charCodeAt(i) === 47 && ++slashes === 4) return keyOrPrefix.slice(0, i + 1);
  }
  return undefined;
}

/** /registry/<group or core>/<resource>/<namespace>/<name>; cluster-scoped objects have no namespace segment. */
export function storeKey(group: string, resource: string, namespace: string | undefined, name: string): string {
  return `${storePrefix(group, resource, namespace)}${name}`;
}

export function storePrefix(group: string, resource: string, namespace?: string): string {
  const g = group === '' ? 'core' : group;
  return namespace ? `/registry/${g}/${resource}/${namespace}/` : `/registry/${g}/${resource}/`;
}
