// The persistent volume controller (kube-controller-manager's persistentvolume-binder): binds claims
// to volumes, hands claims to their class's provisioner, moves volumes through Available, Bound,
// Released and Failed, and reclaims released volumes. Claims and volumes are synced a few
// milliseconds after every change and all of them again every 15 s (pvclaimbinder-sync-period), which
// is what repeats a Pending claim's event. Mirrors pkg/controller/volume/persistentvolume (v1.31).

import type { KubeObject } from '../../../api/types.ts';
import { namespacedKey, splitKey, WorkQueue } from '../../../client/workqueue.ts';
import type { Controller, ControllerDeps } from '../../controller.ts';
import { ClaimSync } from './claims.ts';
import { VolumeOps } from './ops.ts';
import { VolumeSync } from './volumes.ts';

export const PV_CONTROLLER = 'persistentvolume-binder-controller';
/** The component name its events carry. */
export const PV_CONTROLLER_COMPONENT = 'persistentvolume-controller';
const RESYNC_MS = 15_000;
const REACTION_MS = 5;
const RESYNC_KEY = 'resync';

export class PersistentVolumeController implements Controller {
  readonly name = PV_CONTROLLER;
  private readonly queue: WorkQueue;
  private readonly claims: ClaimSync;
  private readonly volumes: VolumeSync;
  /** The claims and volumes there are, so a resync with none to visit lists nothing. */
  private readonly present = new Set<string>();

  constructor(private readonly deps: ControllerDeps) {
    this.queue = new WorkQueue(deps.clock, this.name, { sync: (key) => this.sync(key) });
    const ops = new VolumeOps(deps.client, deps.recorder(PV_CONTROLLER_COMPONENT), () => deps.clock.nowMs);
    this.claims = new ClaimSync(deps.client, ops);
    this.volumes = new VolumeSync(deps.client, ops, (namespace, name) => this.queue.add(claimKey(namespace, name), REACTION_MS));
    deps.client.watch('/persistentvolumeclaims', (e) => {
      const key = claimKey(e.object.metadata.namespace!, e.object.metadata.name!);
      this.note(key, e.type);
      if (e.type !== 'DELETED') this.queue.add(key, REACTION_MS);
      else this.enqueueVolumeOf(e.object);
    });
    deps.client.watch('/persistentvolumes', (e) => {
      const key = volumeKey(e.object.metadata.name!);
      this.note(key, e.type);
      if (e.type !== 'DELETED') this.queue.add(key, REACTION_MS);
    });
    deps.clock.onRestore(`${this.name}/present`, () => {
      this.present.clear();
      for (const key of this.storedKeys()) this.present.add(key);
    });
    this.queue.addAfter(RESYNC_KEY, RESYNC_MS);
  }

  private note(key: string, type: string): void {
    if (type === 'DELETED') this.present.delete(key);
    else this.present.add(key);
  }

  /** The keys of every volume then every claim, in the order of the store. */
  private storedKeys(): string[] {
    return [
      ...this.deps.client.list('/persistentvolumes').map((pv) => volumeKey(pv.metadata.name!)),
      ...this.deps.client.list('/persistentvolumeclaims').map((pvc) => claimKey(pvc.metadata.namespace!, pvc.metadata.name!)),
    ];
  }

  private enqueueVolumeOf(pvc: KubeObject): void {
    const volumeName = (pvc.spec as { volumeName?: string } | undefined)?.volumeName;
    if (volumeName) this.queue.add(volumeKey(volumeName), REACTION_MS);
  }

  sync(key: string): boolean {
    if (key === RESYNC_KEY) {
      // pvclaimbinder-sync-period: every volume and claim again.
      if (this.present.size > 0) for (const k of this.storedKeys()) this.queue.add(k);
      this.queue.addAfter(RESYNC_KEY, RESYNC_MS);
      return true;
    }
    const [kind, rest] = [key.slice(0, key.indexOf('|')), key.slice(key.indexOf('|') + 1)];
    const { namespace, name } = splitKey(rest);
    if (kind === 'claim') {
      const pvc = this.deps.client.get('/persistentvolumeclaims', namespace, name);
      if (pvc && !pvc.metadata.deletionTimestamp) this.claims.sync(pvc);
      else if (pvc) this.enqueueVolumeOf(pvc);
    } else {
      const pv = this.deps.client.get('/persistentvolumes', undefined, name);
      if (pv) this.volumes.sync(pv);
    }
    return true;
  }
}

const claimKey = (namespace: string, name: string): string => `claim|${namespacedKey(namespace, name)}`;
const volumeKey = (name: string): string => `volume|${name}`;
