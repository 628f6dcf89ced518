// The PV protection controller: a volume being deleted keeps its `kubernetes.io/pv-protection`
// finalizer while it is bound to a claim, and loses it once it is not.
// Mirrors pkg/controller/volume/pvprotection.

import { clone } from '../../../base/json.ts';
import { isStatusError } from '../../../api/errors.ts';
import { WorkQueue } from '../../../client/workqueue.ts';
import type { Controller, ControllerDeps } from '../../controller.ts';

export const PV_PROTECTION_FINALIZER = 'kubernetes.io/pv-protection';
const REACTION_MS = 50;

export class PvProtectionController implements Controller {
  readonly name = 'pv-protection-controller';
  private readonly queue: WorkQueue;

  constructor(private readonly deps: ControllerDeps) {
    this.queue = new WorkQueue(deps.clock, this.name, { sync: (name) => this.sync(name) });
    deps.client.watch('/persistentvolumes', (e) => {
      if (e.object.metadata.deletionTimestamp) this.queue.add(e.object.metadata.name!, REACTION_MS);
    });
  }

  private sync(name: string): void {
    const { client } = this.deps;
    const pv = client.get('/persistentvolumes', undefined, name);
    if (!pv?.metadata.deletionTimestamp || !pv.metadata.finalizers?.includes(PV_PROTECTION_FINALIZER)) return;
    if ((pv.status as { phase?: string } | undefined)?.phase === 'Bound') return;
    const next = clone(pv);
    next.metadata.finalizers = (next.metadata.finalizers ?? []).filter((f) => f !== PV_PROTECTION_FINALIZER);
    try {
      client.update('/persistentvolumes', next);
    } catch (e) {
      if (!isStatusError(e)) throw e;
    }
  }
}
