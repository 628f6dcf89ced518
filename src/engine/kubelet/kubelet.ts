// One node's kubelet: follows the pods bound to its node, runs their pod workers on the virtual
// clock, answers pods/log and pods/exec for them, and renews its node Lease.
// Mirrors pkg/kubelet (syncLoop, pod workers, status manager, node lease controller).

import type { KubeObject } from '../api/types.ts';
import { isStatusError } from '../api/errors.ts';
import type { VirtualClock } from '../base/clock.ts';
import type { SeededRandom } from '../base/rand.ts';
import type { ApiClient } from '../client/client.ts';
import type { EventRecorder } from '../client/events.ts';
import type { LogLine } from '../apiserver/node-proxy.ts';
import { driveProcess, endFollowers } from './containers.ts';
import { ExecSessions } from './exec.ts';
import { KUBELET_TARGET, parseStepKey, stepKey, type KubeletContext, type RegistryPull, type StepKind } from './context.ts';
import { renewNodeLease, LEASE_RENEW_MS } from './lease.ts';
import { containerExited, killContainer, newPodRecord, stopContainer, syncPod } from './pod-worker.ts';
import { syncNodeStatus } from './node-status.ts';
import { probeTick } from './prober.ts';
import { postStatus } from './status-manager.ts';
import type { ContainerRecord, NodeRuntime, PodRecord } from './state.ts';
import { activityOf } from '../activity/log.ts';
import type { NetSys } from '../infra/net.ts';
import type { VolumeData } from '../storage/volume-data.ts';
import type { ContainerCommands } from '../infra/images/container-commands.ts';
import type { HttpRequest, HttpResponse } from '../infra/images/http-types.ts';
import { serveOnPort } from './serving.ts';
import { recordKubeletStep } from '../activity/kubelet-steps.ts';
import { scheduleRemount } from './volume-manager.ts';
import { kubeletStarted, powerOff, whileDown, type KubeletDown } from './power.ts';

/** The kubelet notices a newly bound pod this long after the binding (its first status post). */
const FIRST_SYNC_MIN_MS = 150;
const FIRST_SYNC_SPREAD_MS = 300;
/** How soon it reacts to a deletion. */
const WATCH_LAG_MS = 15;
/** After a restart, the steps it kept run this long after it is back. */
const RESUME_STEP_MS = 1_000;

export interface KubeletDeps {
  readonly client: ApiClient;
  readonly clock: VirtualClock;
  readonly rand: SeededRandom;
  readonly recorder: EventRecorder;
  readonly net?: (pod: KubeObject) => NetSys;
  readonly volumeData?: VolumeData;
  readonly commands?: ContainerCommands;
  readonly registry?: RegistryPull;
}

export class Kubelet {
  readonly ctx: KubeletContext;
  readonly execs: ExecSessions;
  /** container id → its pod uid; rebuilt from the runtime state after a restore. */
  private readonly byContainer = new Map<string, string>();
  /** pod uid → status.podIP of the API's pods on this node, kept from the pod watch (the CNI must not reuse them). */
  private readonly podIps = new Map<string, string>();

  constructor(deps: KubeletDeps, runtime: NodeRuntime) {
    const { client, clock, rand, recorder } = deps;
    const node = runtime.node;
    const activity = activityOf(clock);
    this.ctx = {
      node, runtime, client, clock, rand, recorder, activity,
      ...(deps.net ? { net: deps.net } : {}),
      ...(deps.volumeData ? { volumeData: deps.volumeData } : {}),
      ...(deps.commands ? { commands: deps.commands } : {}),
      ...(deps.registry ? { registry: deps.registry } : {}),
      followers: new Map<string, Set<(line: LogLine | undefined) => void>>(),
      hostIp: () => hostIpOf(client.get('/nodes', undefined, node)),
      schedule: (kind: StepKind, id: string, delayMs: number) => clock.schedule(KUBELET_TARGET, stepKey(node, kind, id), Math.max(0, delayMs)),
      event: (pod, type, reason, message, fieldPath) => {
        if (activity.enabled) recordKubeletStep(activity, node, pod, reason, message, fieldPath);
        recorder.record(pod, type, reason, message, fieldPath);
      },
      podIps: () => this.podIps.values(),
      removePod: (rec) => this.removePod(rec),
      indexContainer: (rec, c) => this.reindexContainer(rec, c),
    };
    this.execs = new ExecSessions(this.ctx);
    this.reindex();
    for (const pod of client.list('/pods', undefined, { fieldSelector: `spec.nodeName=${node}` })) this.notePodIp(pod);
  }

  get runtime(): NodeRuntime {
    return this.ctx.runtime;
  }

  /** A pod bound to this node was added or changed. */
  podChanged(pod: KubeObject): void {
    const uid = pod.metadata.uid!;
    this.notePodIp(pod);
    const rec = this.runtime.pods[uid];
    if (!rec) {
      if (isTerminal(pod)) return;
      this.runtime.pods[uid] = newPodRecord(this.ctx, pod);
      this.ctx.schedule('sync', uid, FIRST_SYNC_MIN_MS + this.ctx.rand.int(FIRST_SYNC_SPREAD_MS));
      return;
    }
    if (pod.metadata.deletionTimestamp && rec.stage !== 'terminating' && rec.stage !== 'done') this.ctx.schedule('sync', uid, WATCH_LAG_MS);
    if (pod.metadata.deletionTimestamp && rec.stage === 'done') this.removePod(rec);
  }

  /** The pod is gone from the API (force deletion or our own final delete): kill what still runs. */
  podDeleted(pod: KubeObject): void {
    this.podIps.delete(pod.metadata.uid!);
    const rec = this.runtime.pods[pod.metadata.uid!];
    if (!rec) return;
    for (const c of rec.containers) {
      c.proc = undefined;
      this.byContainer.delete(c.id ?? '');
    }
    delete this.runtime.pods[rec.uid];
    this.runtime.usedIps = this.runtime.usedIps.filter((ip) => ip !== rec.ip);
  }

  /** A ConfigMap or Secret was written: the pods mounting it pick it up at their next periodic sync. */
  apiDataChanged(kind: 'configmap' | 'secret', obj: KubeObject): void {
    for (const rec of Object.values(this.runtime.pods)) {
      if (rec.namespace !== obj.metadata.namespace) continue;
      const found = this.podByUid(rec.uid);
      if (found) scheduleRemount(this.ctx, found.pod, rec, kind, obj.metadata.name!);
    }
  }

  /** A clock event addressed to this kubelet. */
  step(kind: StepKind, id: string): void {
    if (whileDown(this.runtime, kind, id) !== 'run') return;
    if (kind === 'lease') {
      renewNodeLease(this.ctx);
      syncNodeStatus(this.ctx);
      this.ctx.schedule('lease', 'renew', LEASE_RENEW_MS);
      return;
    }
    if (kind === 'exec') return this.execs.wake(id);
    if (kind === 'sync') {
      const pod = this.podByUid(id);
      if (pod) syncPod(this.ctx, pod.pod, pod.rec);
      return;
    }
    const found = this.containerById(id.split('#')[0]!);
    if (!found) return;
    const { pod, rec, c } = found;
    this.reindexContainer(rec, c);
    if (kind === 'proc') {
      if (c.wakeMs === undefined || c.wakeMs > this.ctx.clock.nowMs) return;
      const code = driveProcess(this.ctx, pod, rec, c);
      if (code !== undefined) containerExited(this.ctx, pod, rec, c, code);
      return;
    }
    if (kind === 'kill') return killContainer(this.ctx, pod, rec, c);
    const probeKind = id.split('#')[1] as 'liveness' | 'readiness' | 'startup';
    const outcome = probeTick(this.ctx, pod, rec, c, probeKind);
    if (outcome.restart) {
      const grace = (pod.spec as { terminationGracePeriodSeconds?: number }).terminationGracePeriodSeconds ?? 30;
      stopContainer(this.ctx, pod, rec, c, this.ctx.clock.nowMs + grace * 1_000);
    }
    if (outcome.changed) postStatus(this.ctx, rec);
  }

  /** `systemctl stop kubelet` (its containers keep running) or the machine powered off (they die). */
  goDown(down: KubeletDown): void {
    if (down === 'stopped') {
      this.runtime.down ??= 'stopped';
      return;
    }
    for (const rec of Object.values(this.runtime.pods)) for (const c of rec.containers) endFollowers(this.ctx, c);
    powerOff(this.runtime);
    this.byContainer.clear();
  }

  /** The kubelet starts again: node status first, then its pods as the API has them, then what it kept. */
  comeUp(): void {
    const down = this.runtime.down;
    if (!down) return;
    const kept = this.runtime.deferredSteps ?? [];
    delete this.runtime.down;
    delete this.runtime.deferredSteps;
    kubeletStarted(this.ctx, down === 'powered-off');
    renewNodeLease(this.ctx);
    const pods = this.ctx.client.list('/pods', undefined, { fieldSelector: `spec.nodeName=${this.ctx.node}` });
    const uids = new Set(pods.map((p) => p.metadata.uid));
    for (const rec of Object.values(this.runtime.pods)) if (!uids.has(rec.uid)) this.podDeleted({ apiVersion: 'v1', kind: 'Pod', metadata: { uid: rec.uid } });
    for (const pod of pods) {
      const rec = this.runtime.pods[pod.metadata.uid!];
      this.podChanged(pod);
      if (rec) postStatus(this.ctx, rec);
    }
    for (const key of kept) {
      const { kind, id } = parseStepKey(key);
      this.ctx.schedule(kind, id, kind === 'lease' ? LEASE_RENEW_MS : RESUME_STEP_MS);
    }
  }

  startLease(): void {
    this.ctx.schedule('lease', 'renew', this.ctx.rand.int(LEASE_RENEW_MS));
  }

  /** Finds a pod's current API object and its record. */
  podByUid(uid: string): { pod: KubeObject; rec: PodRecord } | undefined {
    const rec = this.runtime.pods[uid];
    if (!rec) return undefined;
    const pod = this.ctx.client.get('/pods', rec.namespace, rec.name);
    if (!pod || pod.metadata.uid !== uid) return undefined;
    return { pod, rec };
  }

  /** What answers on `port` of one of this node's pods (see serveOnPort); undefined when nothing listens. */
  serve(pod: KubeObject, port: number, req?: HttpRequest): HttpResponse | undefined {
    const found = this.podByUid(pod.metadata.uid!);
    return found ? serveOnPort(this.ctx, found.pod, found.rec, port, req) : undefined;
  }

  podByName(namespace: string, name: string): { pod: KubeObject; rec: PodRecord } | undefined {
    const rec = Object.values(this.runtime.pods).find((r) => r.namespace === namespace && r.name === name);
    return rec ? this.podByUid(rec.uid) : undefined;
  }

  containerById(id: string): { pod: KubeObject; rec: PodRecord; c: ContainerRecord } | undefined {
    const uid = this.byContainer.get(id) ?? this.scanFor(id);
    const found = uid ? this.podByUid(uid) : undefined;
    const c = found?.rec.containers.find((x) => x.id === id);
    return found && c ? { ...found, c } : undefined;
  }

  private scanFor(id: string): string | undefined {
    for (const rec of Object.values(this.runtime.pods)) {
      if (rec.containers.some((c) => c.id === id)) {
        this.byContainer.set(id, rec.uid);
        return rec.uid;
      }
    }
    return undefined;
  }

  private notePodIp(pod: KubeObject): void {
    const ip = (pod.status as { podIP?: string } | undefined)?.podIP;
    if (ip) this.podIps.set(pod.metadata.uid!, ip);
    else this.podIps.delete(pod.metadata.uid!);
  }

  private reindexContainer(rec: PodRecord, c: ContainerRecord): void {
    if (c.id) this.byContainer.set(c.id, rec.uid);
  }

  private reindex(): void {
    this.byContainer.clear();
    for (const rec of Object.values(this.runtime.pods)) for (const c of rec.containers) if (c.id) this.byContainer.set(c.id, rec.uid);
  }

  /** Final delete (grace 0, uid precondition), as the status manager does once the containers are gone. */
  private removePod(rec: PodRecord): void {
    try {
      this.ctx.client.delete('/pods', rec.namespace, rec.name, { gracePeriodSeconds: 0, uid: rec.uid });
    } catch (e) {
      if (!isStatusError(e)) throw e;
    }
  }
}

function isTerminal(pod: KubeObject): boolean {
  const phase = (pod.status as { phase?: string } | undefined)?.phase;
  return phase === 'Succeeded' || phase === 'Failed';
}

function hostIpOf(node: KubeObject | undefined): string {
  const addresses = (node?.status as { addresses?: Array<{ type: string; address: string }> } | undefined)?.addresses ?? [];
  return addresses.find((a) => a.type === 'InternalIP')?.address ?? '';
}
