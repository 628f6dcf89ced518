// The garbage collector: deletes objects whose owners are gone (background), waits for dependents
// before letting a foreground deletion finish, and orphans dependents for propagationPolicy=Orphan.
// Mirrors pkg/controller/garbagecollector, simplified to a walk of the owner graph (dependents.ts)
// per owner key (resource|namespace|name|uid).

import { resourceForKind } from '../../api/kinds.ts';
import { isStatusError } from '../../api/errors.ts';
import { splitApiVersion, type OwnerReference } from '../../api/types.ts';
import { clone } from '../../base/json.ts';
import type { ResourceName } from '../../client/client.ts';
import { WorkQueue } from '../../client/workqueue.ts';
import type { Controller, ControllerDeps } from '../controller.ts';
import { DependentsIndex, type Dependent } from './dependents.ts';

const REACTION_MS = 100;
const FOREGROUND = 'foregroundDeletion';
const ORPHAN = 'orphan';

export class GarbageCollector implements Controller {
  readonly name = 'garbage-collector-controller';
  private readonly queue: WorkQueue;
  private readonly graph: DependentsIndex;

  constructor(private readonly deps: ControllerDeps) {
    this.queue = new WorkQueue(deps.clock, this.name, { sync: (key) => this.sync(key) });
    this.graph = new DependentsIndex(deps.client, deps.clock, (resource, e) => {
      const meta = e.object.metadata;
      if (e.type === 'DELETED' || meta.deletionTimestamp) this.queue.add(ownerKey(resource, meta.namespace, meta.name!, meta.uid!), REACTION_MS);
      if (e.type === 'DELETED') return;
      for (const ref of meta.ownerReferences ?? []) {
        const owner = ownerResource(ref);
        if (owner) this.queue.add(ownerKey(owner, meta.namespace, ref.name, ref.uid), REACTION_MS);
      }
    });
  }

  /** `key` names an owner: act on its dependents according to the owner's state. */
  private sync(key: string): void {
    const { resource, namespace, name, uid } = parseOwnerKey(key);
    const info = this.deps.client.info(resource);
    const object = this.deps.client.get(resource, info.namespaced ? namespace : undefined, name);
    // A live owner that is not being deleted needs nothing: skip the walk over every dependent.
    if (object && object.metadata.uid === uid && !object.metadata.deletionTimestamp) return;
    const dependents = this.graph.dependentsOf(uid);
    if (!object || object.metadata.uid !== uid) {
      for (const d of dependents) this.deleteOrDetach(d, uid);
      return;
    }
    const owner: Dependent = { resource, object };
    const finalizers = object.metadata.finalizers ?? [];
    if (finalizers.includes(ORPHAN)) {
      for (const d of dependents) this.detach(d, uid);
      this.removeFinalizer(owner, ORPHAN);
    } else if (finalizers.includes(FOREGROUND)) {
      const blocking = dependents.filter((d) => d.object.metadata.ownerReferences?.some((r) => r.uid === uid && r.blockOwnerDeletion));
      for (const d of dependents) if (!d.object.metadata.deletionTimestamp) this.deleteQuietly(d, 'Foreground');
      if (blocking.length === 0) this.removeFinalizer(owner, FOREGROUND);
      else this.queue.addAfter(key, 1_000);
    }
  }

  private deleteOrDetach(d: Dependent, ownerUid: string): void {
    const others = (d.object.metadata.ownerReferences ?? []).filter((r) => r.uid !== ownerUid);
    if (others.length > 0) this.detach(d, ownerUid);
    else if (!d.object.metadata.deletionTimestamp) this.deleteQuietly(d, 'Background');
  }

  private detach(d: Dependent, ownerUid: string): void {
    const next = clone(d.object);
    next.metadata.ownerReferences = (next.metadata.ownerReferences ?? []).filter((r) => r.uid !== ownerUid);
    if (next.metadata.ownerReferences.length === 0) delete next.metadata.ownerReferences;
    this.quietly(() => this.deps.client.update(d.resource, next));
  }

  private removeFinalizer(owner: Dependent, finalizer: string): void {
    const next = clone(owner.object);
    next.metadata.finalizers = (next.metadata.finalizers ?? []).filter((f) => f !== finalizer);
    this.quietly(() => this.deps.client.update(owner.resource, next));
  }

  private deleteQuietly(d: Dependent, propagationPolicy: 'Background' | 'Foreground'): void {
    this.quietly(() => this.deps.client.delete(d.resource, d.object.metadata.namespace, d.object.metadata.name!, { propagationPolicy }));
  }

  private quietly(write: () => unknown): void {
    try {
      write();
    } catch (e) {
      if (!isStatusError(e)) throw e;
    }
  }
}

/** An owner's identity as a queue key: resource, namespace (of the dependents), name and uid. */
function ownerKey(resource: ResourceName, namespace: string | undefined, name: string, uid: string): string {
  return [resource, namespace ?? '', name, uid].join('|');
}

function parseOwnerKey(key: string): { resource: ResourceName; namespace: string | undefined; name: string; uid: string } {
  const [resource, namespace, name, uid] = key.split('|') as [ResourceName, string, string, string];
  return { resource, namespace: namespace === '' ? undefined : namespace, name, uid };
}

function ownerResource(ref: OwnerReference): ResourceName | undefined {
  const { group } = splitApiVersion(ref.apiVersion);
  const info = resourceForKind(group, ref.kind);
  return info ? `${info.group}/${info.resource}` : undefined;
}
