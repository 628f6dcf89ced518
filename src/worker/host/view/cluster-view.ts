// The cluster view feature: watches the kinds the topology draws and keeps one summary per object.
// Watch callbacks only note which keys changed; `flush` summarises those and emits one `view` event
// with the upserts and removals since the last flush. Bounded: O(changes) per flush, never the state.
// A `HostFeature` (structurally: importing sandbox.ts from here would close an import cycle).

import type { ApiClient, KubeObject, ResourceName } from '../../../engine/index.ts';
import type { HostEvent } from '../api.ts';
import { EndpointIndex, namespacedName } from './endpoint-index.ts';
import { ClusterInspector, type InspectWorld } from './inspector.ts';
import { summarize, summarizeService } from './summaries.ts';
import type { ViewChange, ViewObject, ViewSnapshot } from './view-types.ts';

type WatchedKind = ViewObject['kind'] | 'EndpointSlice';

/** What the view watches. Slices come before Services, so a bind sees a Service's endpoints. */
const WATCHED: readonly (readonly [ResourceName, WatchedKind])[] = [
  ['/namespaces', 'Namespace'],
  ['/nodes', 'Node'],
  ['/pods', 'Pod'],
  ['apps/deployments', 'Deployment'],
  ['apps/replicasets', 'ReplicaSet'],
  ['apps/statefulsets', 'StatefulSet'],
  ['apps/daemonsets', 'DaemonSet'],
  ['batch/jobs', 'Job'],
  ['batch/cronjobs', 'CronJob'],
  ['discovery.k8s.io/endpointslices', 'EndpointSlice'],
  ['/services', 'Service'],
  ['networking.k8s.io/ingresses', 'Ingress'],
  ['/persistentvolumeclaims', 'PersistentVolumeClaim'],
  ['/persistentvolumes', 'PersistentVolume'],
  ['storage.k8s.io/storageclasses', 'StorageClass'],
];

interface Dirty {
  readonly kind: WatchedKind;
  readonly object: KubeObject;
  readonly deleted: boolean;
}

const keyOf = (kind: WatchedKind, obj: KubeObject): string => `${kind}|${namespacedName(obj)}`;

export class ClusterView {
  /** The inspector's calls, bound to the same world. */
  readonly inspector = new ClusterInspector();
  private readonly objects = new Map<string, ViewObject>();
  private readonly uidByKey = new Map<string, string>();
  private readonly endpoints = new EndpointIndex();
  private dirty = new Map<string, Dirty>();
  private touchedServices = new Set<string>();
  private unwatch: (() => void)[] = [];
  private client: ApiClient | undefined;
  private nowMs: () => number = () => 0;
  private seq = 0;
  private bound = false;
  private resetPending = false;

  constructor(private readonly emit: (event: HostEvent) => void) {}

  bind(world: InspectWorld): void {
    this.inspector.bind(world);
    for (const stop of this.unwatch) stop();
    this.objects.clear();
    this.uidByKey.clear();
    this.endpoints.clear();
    this.dirty = new Map();
    this.touchedServices = new Set();
    // The picture shows everything whoever the student acts as: it reads as the cluster's own admin.
    const client = world.cluster.client('system:admin');
    this.client = client;
    this.nowMs = () => world.cluster.nowMs;
    this.unwatch = WATCHED.map(([resource, kind]) => {
      for (const obj of client.list(resource)) this.note(kind, obj, false);
      return client.watch(resource, (e) => this.note(kind, e.object, e.type === 'DELETED'));
    });
    this.collect([]);
    this.resetPending = this.bound;
    this.bound = true;
  }

  flush(): void {
    if (this.resetPending) {
      this.resetPending = false;
      this.emit({ type: 'view', seq: ++this.seq, changes: [{ op: 'reset' }] });
      return;
    }
    if (this.dirty.size === 0 && this.touchedServices.size === 0) return;
    const changes: ViewChange[] = [];
    this.collect(changes);
    if (changes.length > 0) this.emit({ type: 'view', seq: ++this.seq, changes });
  }

  /** The whole view, once (first load, and after a `reset`). */
  snapshot(): ViewSnapshot {
    return { seq: this.seq, objects: [...this.objects.values()] };
  }

  private note(kind: WatchedKind, object: KubeObject, deleted: boolean): void {
    this.dirty.set(keyOf(kind, object), { kind, object, deleted });
  }

  /** Summarises what changed since the last collection, adding the differences to `changes`. */
  private collect(changes: ViewChange[]): void {
    const dirty = this.dirty;
    this.dirty = new Map();
    const nowMs = this.nowMs();
    for (const [key, { kind, object, deleted }] of dirty) {
      if (kind === 'EndpointSlice') for (const service of this.endpoints.update(object, deleted)) this.touchedServices.add(service);
      else if (kind === 'Service') this.touchedServices.add(namespacedName(object));
      else this.apply(key, deleted ? undefined : summarize(kind, object, nowMs), changes);
    }
    for (const service of this.touchedServices) {
      const slash = service.indexOf('/');
      const obj = this.client?.get('/services', service.slice(0, slash), service.slice(slash + 1));
      this.apply(`Service|${service}`, obj && summarizeService(obj, this.endpoints.endpointsOf(service)), changes);
    }
    this.touchedServices = new Set();
  }

  private apply(key: string, next: ViewObject | undefined, changes: ViewChange[]): void {
    const previousUid = this.uidByKey.get(key);
    if (previousUid !== undefined && previousUid !== next?.uid) {
      this.objects.delete(previousUid);
      this.uidByKey.delete(key);
      changes.push({ op: 'remove', uid: previousUid });
    }
    if (next === undefined) return;
    const previous = this.objects.get(next.uid);
    if (previous !== undefined && JSON.stringify(previous) === JSON.stringify(next)) return;
    this.objects.set(next.uid, next);
    this.uidByKey.set(key, next.uid);
    changes.push({ op: 'upsert', object: next });
  }
}
