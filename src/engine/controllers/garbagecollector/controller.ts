// The garbage collector: deletes objects whose owners are gone (background), waits for dependents
// before letting a foreground deletion finish, and orphans dependents for propagationPolicy=Orphan.
// Mirrors pkg/controller/garbagecollector, simplified to a scan of the owner graph per owner key.

import { RESOURCES, resourceForKind } from '../../api/kinds.ts';
import { isStatusError } from '../../api/errors.ts';
import { splitApiVersion, type KubeObject, type OwnerReference } from '../../api/types.ts';
import { clone } from '../../base/json.ts';
import type { ResourceName } from '../../client/client.ts';
import { WorkQueue } from '../../client/workqueue.ts';
import type { Controller, ControllerDeps } from '../controller.ts';

const REACTION_MS = 100;
const FOREGROUND = 'foregroundDeletion';
const ORPHAN = 'orphan';

interface Dependent {
  readonly resource: ResourceName;
  readonly object: KubeObject;
}

export class GarbageCollector implements Controller {
  readonly name = 'garbage-collector-controller';
  private readonly queue: WorkQueue;

  constructor(private readonly deps: ControllerDeps) {
    this.queue = new WorkQueue(deps.clock, this.name, { sync: (uid) => this.sync(uid) });
    for (const info of RESOURCES) {
      if (!info.verbs.includes('watch')) continue;
      deps.client.watch(`${info.group}/${info.resource}`, (e) => {
        const meta = e.object.metadata;
        if (e.type === 'DELETED' || meta.deletionTimestamp) this.queue.add(meta.uid!, REACTION_MS);
        if (e.type !== 'DELETED') for (const ref of meta.ownerReferences ?? []) this.queue.add(ref.uid, REACTION_MS);
      });
    }
  }

  /** `uid` is an owner's uid: act on its dependents according to the owner's state. */
  private sync(uid: string): void {
    const dependents = this.dependentsOf(uid);
    const owner = this.findOwner(uid, dependents);
    if (owner === 'absent') {
      for (const d of dependents) this.deleteOrDetach(d, uid);
      return;
    }
    if (owner === undefined || !owner.object.metadata.deletionTimestamp) return;
    const finalizers = owner.object.metadata.finalizers ?? [];
    if (finalizers.includes(ORPHAN)) {
      for (const d of dependents) this.detach(d, uid);
      this.removeFinalizer(owner, ORPHAN);
    } else if (finalizers.includes(FOREGROUND)) {
      const blocking = dependents.filter((d) => d.object.metadata.ownerReferences?.some((r) => r.uid === uid && r.blockOwnerDeletion));
      for (const d of dependents) if (!d.object.metadata.deletionTimestamp) this.deleteQuietly(d, 'Foreground');
      if (blocking.length === 0) this.removeFinalizer(owner, FOREGROUND);
      else this.queue.addAfter(uid, 1_000);
    }
  }

  private dependentsOf(uid: string): Dependent[] {
    const out: Dependent[] = [];
    for (const info of RESOURCES) {
      if (!info.verbs.includes('list')) continue;
      const resource: ResourceName = `${info.group}/${info.resource}`;
      for (const object of this.deps.client.list(resource)) {
        if (object.metadata.ownerReferences?.some((r) => r.uid === uid)) out.push({ resource, object });
      }
    }
    return out;
  }

  /** The owner with this uid, 'absent' when it no longer exists, undefined when unknown. */
  private findOwner(uid: string, dependents: readonly Dependent[]): Dependent | 'absent' | undefined {
    const ref = dependents.flatMap((d) => d.object.metadata.ownerReferences ?? []).find((r) => r.uid === uid);
    if (!ref) return undefined;
    const resource = ownerResource(ref);
    if (!resource) return undefined;
    const namespace = dependents[0]!.object.metadata.namespace;
    const info = this.deps.client.info(resource);
    const object = this.deps.client.get(resource, info.namespaced ? namespace : undefined, ref.name);
    if (!object || object.metadata.uid !== uid) return 'absent';
    return { resource, object };
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

function ownerResource(ref: OwnerReference): ResourceName | undefined {
  const { group } = splitApiVersion(ref.apiVersion);
  const info = resourceForKind(group, ref.kind);
  return info ? `${info.group}/${info.resource}` : undefined;
}
