// The PVC protection controller: a claim being deleted keeps its `kubernetes.io/pvc-protection`
// finalizer while a pod that is not finished still uses it, and loses it afterwards.
// Mirrors pkg/controller/volume/pvcprotection.

import type { KubeObject } from '../../../api/types.ts';
import { clone } from '../../../base/json.ts';
import { isStatusError } from '../../../api/errors.ts';
import { namespacedKey, splitKey, WorkQueue } from '../../../client/workqueue.ts';
import type { Controller, ControllerDeps } from '../../controller.ts';

export const PVC_PROTECTION_FINALIZER = 'kubernetes.io/pvc-protection';
const REACTION_MS = 50;

export class PvcProtectionController implements Controller {
  readonly name = 'pvc-protection-controller';
  private readonly queue: WorkQueue;

  constructor(private readonly deps: ControllerDeps) {
    this.queue = new WorkQueue(deps.clock, this.name, { sync: (key) => this.sync(key) });
    deps.client.watch('/persistentvolumeclaims', (e) => {
      if (e.object.metadata.deletionTimestamp) this.queue.add(namespacedKey(e.object.metadata.namespace, e.object.metadata.name!), REACTION_MS);
    });
    deps.client.watch('/pods', (e) => {
      for (const claim of claimsOf(e.object)) this.queue.add(namespacedKey(e.object.metadata.namespace, claim), REACTION_MS);
    });
  }

  private sync(key: string): void {
    const { namespace, name } = splitKey(key);
    const { client } = this.deps;
    const pvc = client.get('/persistentvolumeclaims', namespace, name);
    if (!pvc?.metadata.deletionTimestamp || !pvc.metadata.finalizers?.includes(PVC_PROTECTION_FINALIZER)) return;
    const inUse = client.list('/pods', namespace).some((pod) => !isFinished(pod) && claimsOf(pod).includes(name));
    if (inUse) return;
    const next = clone(pvc);
    next.metadata.finalizers = (next.metadata.finalizers ?? []).filter((f) => f !== PVC_PROTECTION_FINALIZER);
    try {
      client.update('/persistentvolumeclaims', next);
    } catch (e) {
      if (!isStatusError(e)) throw e;
    }
  }
}

function claimsOf(pod: KubeObject): string[] {
  const volumes = (pod.spec as { volumes?: Array<{ persistentVolumeClaim?: { claimName?: string } }> } | undefined)?.volumes ?? [];
  return volumes.flatMap((v) => (v.persistentVolumeClaim?.claimName ? [v.persistentVolumeClaim.claimName] : []));
}

function isFinished(pod: KubeObject): boolean {
  const phase = (pod.status as { phase?: string } | undefined)?.phase;
  return phase === 'Succeeded' || phase === 'Failed';
}
