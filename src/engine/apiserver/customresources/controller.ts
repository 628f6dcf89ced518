// The apiextensions-apiserver's own controllers, reduced: the naming and establishing controllers
// (NamesAccepted, then Established a moment later, which makes the kind appear in discovery) and the
// finalizer controller that deletes a terminating CRD's custom resources before letting it go.

import type { KubeObject } from '../../api/types.ts';
import { rfc3339 } from '../../base/time.ts';
import { WorkQueue } from '../../client/workqueue.ts';
import type { ControllerDeps } from '../../controllers/controller.ts';
import { crdCondition, crdSpec, CRD_GROUP, CRD_RESOURCE } from './crd-kinds.ts';
import { CLEANUP_FINALIZER, withCondition } from './crd-strategy.ts';

const RESOURCE = `${CRD_GROUP}/${CRD_RESOURCE}` as const;
/** From the CRD's creation until its kind is served: the establishing controller's round trip. */
export const ESTABLISH_DELAY_MS = 1_000;
/** How often a terminating CRD checks whether its remaining instances are gone. */
const CLEANUP_RECHECK_MS = 1_000;

export class CustomResourceDefinitionController {
  readonly name = 'apiextensions-crd';
  private readonly queue: WorkQueue;

  constructor(private readonly deps: ControllerDeps) {
    this.queue = new WorkQueue(deps.clock, this.name, { sync: (name) => this.sync(name) });
    deps.client.watch(RESOURCE, (e) => {
      const name = e.object.metadata.name ?? '';
      if (e.type === 'ADDED') this.queue.add(name, ESTABLISH_DELAY_MS);
      else if (e.type === 'MODIFIED' && e.object.metadata.deletionTimestamp) this.queue.add(name);
    });
  }

  private sync(name: string): void {
    const crd = this.deps.client.get(RESOURCE, undefined, name);
    if (!crd) return;
    if (crd.metadata.deletionTimestamp) this.cleanUp(crd);
    else if (!crdCondition(crd, 'Established')) this.establish(crd);
  }

  private establish(crd: KubeObject): void {
    const now = rfc3339(this.deps.clock.nowMs);
    const spec = crdSpec(crd);
    const accepted = withCondition(crd, { type: 'NamesAccepted', status: 'True', lastTransitionTime: now, reason: 'NoConflicts', message: 'no conflicts found' });
    const established = withCondition(accepted, {
      type: 'Established', status: 'True', lastTransitionTime: now, reason: 'InitialNamesAccepted', message: 'the initial names have been accepted',
    });
    established.status = { ...(established.status as object), acceptedNames: { ...spec.names } };
    this.deps.client.updateStatus(RESOURCE, established);
  }

  /** Deletes every instance; once none is left, removes the cleanup finalizer (and so the CRD). */
  private cleanUp(crd: KubeObject): void {
    if (!(crd.metadata.finalizers ?? []).includes(CLEANUP_FINALIZER)) return;
    const spec = crdSpec(crd);
    const info = this.deps.client.server.kinds().resourceByName(spec.group, spec.names.plural);
    const resource = `${spec.group}/${spec.names.plural}` as const;
    const remaining = (): KubeObject[] => (info?.custom ? this.deps.client.list(resource) : []);
    for (const cr of remaining()) {
      if (!cr.metadata.deletionTimestamp) this.deps.client.delete(resource, cr.metadata.namespace, cr.metadata.name ?? '');
    }
    if (remaining().length > 0) {
      this.queue.addAfter(crd.metadata.name ?? '', CLEANUP_RECHECK_MS);
      return;
    }
    const next = { ...crd, metadata: { ...crd.metadata, finalizers: crd.metadata.finalizers!.filter((f) => f !== CLEANUP_FINALIZER) } };
    this.deps.client.update(RESOURCE, next);
  }
}
