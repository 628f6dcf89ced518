// Rancher's local-path-provisioner v0.0.30, once its manifest is applied: while its pod in
// local-path-storage is ready it provisions claims of classes naming `rancher.io/local-path` on the
// node the scheduler selected (a hostPath PV under /opt/local-path-provisioner with node affinity),
// and deletes released volumes of reclaim policy Delete with their directory. Mirrors
// sig-storage-lib-external-provisioner's ProvisionController and local-path-provisioner's provisioner.go.
// Deviation from upstream: the helper pods that run the setup and teardown scripts are not created;
// their run is the delay before each step completes.

import type { PersistentVolumeClaimSpec, PodStatus } from 'kubernetes-types/core/v1';
import { isStatusError } from '../../api/errors.ts';
import type { KubeObject } from '../../api/types.ts';
import type { EventRecorder } from '../../client/events.ts';
import type { ControllerDeps } from '../../controllers/controller.ts';
import {
  ANN_DYNAMICALLY_PROVISIONED, ANN_SELECTED_NODE, ANN_STORAGE_PROVISIONER, claimClass, phaseOf, volumeSpec,
} from '../../controllers/volume/persistentvolume/util.ts';
import type { NodeDirs } from '../node-dirs.ts';
import { localPathVolume, LOCAL_PATH_ROOT } from './volume.ts';

export const LOCAL_PATH_PROVISIONER = 'rancher.io/local-path';
export const LOCAL_PATH_NAMESPACE = 'local-path-storage';
const TARGET = 'local-path-provisioner';
/** The helper pod's run: created, busybox started, mkdir or rm -rf, reaped. */
const HELPER_RUN_MS = 2_000;
const HELPER_JITTER_MS = 1_000;
const REACTION_MS = 20;
const ACCESS_MODES_ERROR = 'NodePath only supports ReadWriteOnce and ReadWriteOncePod (1.22+) access modes';
const SELECTOR_ERROR = 'claim.Spec.Selector is not supported';

export interface LocalPathDeps extends ControllerDeps {
  readonly dirs: NodeDirs;
}

export class LocalPathProvisioner {
  readonly name = TARGET;
  /** Claims (`ns/name`) and volumes (`pv/name`) with a step in flight, rebuilt from the clock's queue on restore. */
  private readonly inFlight = new Set<string>();

  constructor(private readonly deps: LocalPathDeps) {
    deps.clock.register(TARGET, (key) => this.complete(key));
    deps.clock.onRestore(TARGET, (keys) => {
      this.inFlight.clear();
      for (const k of keys) this.inFlight.add(k.startsWith('delete|') ? `pv/${k.slice('delete|'.length)}` : k.slice(k.indexOf('|') + 1));
    });
    deps.client.watch('/persistentvolumeclaims', (e) => {
      if (e.type !== 'DELETED') this.consider(e.object);
    });
    deps.client.watch('/persistentvolumes', (e) => {
      if (e.type !== 'DELETED') this.considerVolume(e.object);
    });
    deps.client.watch('/pods', (e) => {
      if (e.object.metadata.namespace === LOCAL_PATH_NAMESPACE && this.instance()) this.rescan();
    }, LOCAL_PATH_NAMESPACE);
  }

  /** The ready provisioner pod, if any (its name and uid make the events' source). */
  private instance(): KubeObject | undefined {
    return this.deps.client.list('/pods', LOCAL_PATH_NAMESPACE).find((p) => p.metadata.labels?.app === 'local-path-provisioner' &&
      !p.metadata.deletionTimestamp && ((p.status as PodStatus | undefined)?.conditions ?? []).some((c) => c.type === 'Ready' && c.status === 'True'));
  }

  private recorder(pod: KubeObject): EventRecorder {
    return this.deps.recorder(`${LOCAL_PATH_PROVISIONER}_${pod.metadata.name}_${pod.metadata.uid}`);
  }

  private rescan(): void {
    for (const pvc of this.deps.client.list('/persistentvolumeclaims')) this.consider(pvc);
    for (const pv of this.deps.client.list('/persistentvolumes')) this.considerVolume(pv);
  }

  /** shouldProvision: our claim, unbound, with a selected node, no volume made for it yet. */
  private consider(pvc: KubeObject): void {
    const spec = pvc.spec as PersistentVolumeClaimSpec;
    const node = pvc.metadata.annotations?.[ANN_SELECTED_NODE];
    if (pvc.metadata.annotations?.[ANN_STORAGE_PROVISIONER] !== LOCAL_PATH_PROVISIONER || spec.volumeName || !node || pvc.metadata.deletionTimestamp) return;
    const key = `${pvc.metadata.namespace}/${pvc.metadata.name}`;
    if (this.inFlight.has(key) || this.deps.client.get('/persistentvolumes', undefined, `pvc-${pvc.metadata.uid}`)) return;
    const sc = this.deps.client.get('storage.k8s.io/storageclasses', undefined, claimClass(pvc));
    if (!this.instance() || sc?.provisioner !== LOCAL_PATH_PROVISIONER) return;
    this.inFlight.add(key);
    this.deps.clock.schedule(TARGET, `begin|${key}`, REACTION_MS);
  }

  /** The claim's turn in the provision controller's queue: the event, then the setup helper's run. */
  private begin(pod: KubeObject, key: string): void {
    const [namespace, name] = key.split('/') as [string, string];
    const pvc = this.deps.client.get('/persistentvolumeclaims', namespace, name);
    if (!pvc) return;
    const spec = pvc.spec as PersistentVolumeClaimSpec;
    const recorder = this.recorder(pod);
    recorder.record(pvc, 'Normal', 'Provisioning', `External provisioner is provisioning volume for claim "${pvc.metadata.namespace}/${pvc.metadata.name}"`);
    const error = spec.selector ? SELECTOR_ERROR
      : (spec.accessModes ?? []).some((m) => m !== 'ReadWriteOnce' && m !== 'ReadWriteOncePod') ? ACCESS_MODES_ERROR : undefined;
    if (error) {
      recorder.record(pvc, 'Warning', 'ProvisioningFailed', `failed to provision volume with StorageClass "${claimClass(pvc)}": ${error}`);
      return;
    }
    this.start(`provision|${key}`, key);
  }

  /** A released volume of ours with reclaim policy Delete: the teardown helper, then the PV goes. */
  private considerVolume(pv: KubeObject): void {
    if (pv.metadata.annotations?.[ANN_DYNAMICALLY_PROVISIONED] !== LOCAL_PATH_PROVISIONER || pv.metadata.deletionTimestamp) return;
    if (phaseOf(pv) !== 'Released' || volumeSpec(pv).persistentVolumeReclaimPolicy !== 'Delete' || !this.instance()) return;
    const key = `pv/${pv.metadata.name}`;
    if (this.inFlight.has(key)) return;
    this.start(`delete|${pv.metadata.name}`, key, REACTION_MS);
  }

  /** A helper pod's run, as a clock event. */
  private start(clockKey: string, flightKey: string, reactionMs = 0): void {
    this.inFlight.add(flightKey);
    this.deps.clock.schedule(TARGET, clockKey, reactionMs + HELPER_RUN_MS + this.deps.rand.int(HELPER_JITTER_MS));
  }

  private complete(clockKey: string): void {
    const [step, rest] = [clockKey.slice(0, clockKey.indexOf('|')), clockKey.slice(clockKey.indexOf('|') + 1)];
    this.inFlight.delete(step === 'delete' ? `pv/${rest}` : rest);
    const pod = this.instance();
    if (!pod) return;
    try {
      if (step === 'begin') this.begin(pod, rest);
      else if (step === 'provision') this.provision(pod, rest);
      else this.remove(rest);
    } catch (e) {
      if (!isStatusError(e)) throw e;
    }
  }

  private provision(pod: KubeObject, claimKey: string): void {
    const [namespace, name] = claimKey.split('/') as [string, string];
    const pvc = this.deps.client.get('/persistentvolumeclaims', namespace, name);
    const node = pvc?.metadata.annotations?.[ANN_SELECTED_NODE];
    if (!pvc || !node || (pvc.spec as PersistentVolumeClaimSpec).volumeName) return;
    const sc = this.deps.client.get('storage.k8s.io/storageclasses', undefined, claimClass(pvc));
    if (!sc) return;
    const nodeObj = this.deps.client.get('/nodes', undefined, node);
    const pv = localPathVolume(pvc, sc, node, nodeObj?.metadata.labels?.['kubernetes.io/hostname'] ?? node);
    this.deps.dirs.mkdir(node, volumeSpec(pv).hostPath!.path, 0o777, this.deps.clock.nowMs);
    this.deps.client.create('/persistentvolumes', pv);
    this.recorder(pod).record(pvc, 'Normal', 'ProvisioningSucceeded', `Successfully provisioned volume ${pv.metadata.name}`);
  }

  private remove(pvName: string): void {
    const pv = this.deps.client.get('/persistentvolumes', undefined, pvName);
    if (!pv || phaseOf(pv) !== 'Released') return;
    const path = volumeSpec(pv).hostPath?.path;
    const node = pv.metadata.annotations?.['local.path.provisioner/selected-node'];
    if (path?.startsWith(`${LOCAL_PATH_ROOT}/`) && node) this.deps.dirs.remove(node, path);
    this.deps.client.delete('/persistentvolumes', undefined, pvName);
  }
}
