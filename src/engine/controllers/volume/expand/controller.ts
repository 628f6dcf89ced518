// The volume expand controller: when a bound claim asks for more storage than it has, it looks for
// an in-tree plugin able to grow the volume. None of the simulated volumes (hostPath and local
// volumes of the local-path provisioner, NFS, CSI) has one, so it leaves the claim to an external
// resizer with a Warning `ExternalExpanding` event, and nothing grows, as on a real cluster.
// Mirrors pkg/controller/volume/expand/expand_controller.go (v1.31).

import type { PersistentVolumeClaimSpec, PersistentVolumeClaimStatus, PersistentVolumeSpec } from 'kubernetes-types/core/v1';
import { compareQuantities, parseQuantity, tryParseQuantity, type Quantity } from '../../../api/quantity.ts';
import type { KubeObject } from '../../../api/types.ts';
import type { EventRecorder } from '../../../client/events.ts';
import { namespacedKey, splitKey, WorkQueue } from '../../../client/workqueue.ts';
import type { Controller, ControllerDeps } from '../../controller.ts';

export const EXTERNAL_EXPANDING = 'ExternalExpanding';
export const WAITING_FOR_EXTERNAL_RESIZER = 'waiting for an external controller to expand this PVC';
const REACTION_MS = 5;
const ZERO = parseQuantity(0);

const requested = (pvc: KubeObject): Quantity => tryParseQuantity((pvc.spec as PersistentVolumeClaimSpec | undefined)?.resources?.requests?.storage) ?? ZERO;
const capacity = (pvc: KubeObject): Quantity => tryParseQuantity((pvc.status as PersistentVolumeClaimStatus | undefined)?.capacity?.storage) ?? ZERO;
const isBound = (pvc: KubeObject): boolean => (pvc.status as PersistentVolumeClaimStatus | undefined)?.phase === 'Bound';

export class ExpandController implements Controller {
  readonly name = 'persistentvolume-expander-controller';
  private readonly queue: WorkQueue;
  private readonly recorder: EventRecorder;
  /** Each claim's last seen request and capacity, to queue only growth (the informer's old object). */
  private readonly seen = new Map<string, { request: Quantity; capacity: Quantity }>();

  constructor(private readonly deps: ControllerDeps) {
    this.queue = new WorkQueue(deps.clock, this.name, { sync: (key) => this.sync(key) });
    this.recorder = deps.recorder('volume_expand');
    deps.client.watch('/persistentvolumeclaims', (e) => {
      const key = namespacedKey(e.object.metadata.namespace, e.object.metadata.name!);
      const before = this.seen.get(key);
      if (e.type === 'DELETED') {
        this.seen.delete(key);
        return;
      }
      const now = { request: requested(e.object), capacity: capacity(e.object) };
      this.seen.set(key, now);
      const grew = before && (compareQuantities(now.request, before.request) > 0 || compareQuantities(now.capacity, before.capacity) > 0);
      if (grew && isBound(e.object)) this.queue.add(key, REACTION_MS);
    });
    deps.clock.onRestore(`index/persistentvolumeclaims@${this.name}`, () => this.rebuild());
    this.rebuild();
  }

  private rebuild(): void {
    this.seen.clear();
    for (const pvc of this.deps.client.list('/persistentvolumeclaims')) {
      this.seen.set(namespacedKey(pvc.metadata.namespace, pvc.metadata.name!), { request: requested(pvc), capacity: capacity(pvc) });
    }
  }

  sync(key: string): boolean {
    const { namespace, name } = splitKey(key);
    const pvc = this.deps.client.get('/persistentvolumeclaims', namespace, name);
    if (!pvc || !isBound(pvc)) return true;
    const volumeName = (pvc.spec as PersistentVolumeClaimSpec).volumeName ?? '';
    const pv = volumeName ? this.deps.client.get('/persistentvolumes', undefined, volumeName) : undefined;
    const claimRef = (pv?.spec as PersistentVolumeSpec | undefined)?.claimRef;
    // Upstream returns an error (and retries) while the volume or its binding is not what it expects.
    if (!pv || claimRef?.namespace !== namespace || claimRef?.uid !== pvc.metadata.uid) return false;
    if (compareQuantities(requested(pvc), capacity(pvc)) <= 0) return true;
    this.recorder.record(pvc, 'Warning', EXTERNAL_EXPANDING, WAITING_FOR_EXTERNAL_RESIZER);
    return true;
  }
}
