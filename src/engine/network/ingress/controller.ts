// The ingress-nginx controller's control loop as its pods would run it: while a controller pod's
// container runs it echoes its ConfigMap, elects a leader, reacts to Ingresses of its class (Sync
// events, reloads), and the leader keeps their status addresses (at start, after a change, every
// 60 s). It also plays kube-webhook-certgen's API writes. Mirrors internal/ingress/controller/store.

import type { ContainerStatus, PodSpec, PodStatus } from 'kubernetes-types/core/v1';
import type { Ingress } from 'kubernetes-types/networking/v1';
import type { KubeObject } from '../../api/types.ts';
import type { VirtualClock } from '../../base/clock.ts';
import type { SeededRandom } from '../../base/rand.ts';
import type { ApiClient } from '../../client/client.ts';
import type { EventRecorder } from '../../client/events.ts';
import { ControlledIndex } from '../../controllers/common/controlled-index.ts';
import type { HttpRequest, HttpResponse } from '../../infra/images/http-types.ts';
import { flagValue } from '../../infra/images/programs/support.ts';
import type { HttpResult } from '../../infra/net.ts';
import { ADMISSION_PATH, ADMISSION_PORT, overlapOf } from './admission.ts';
import { certgenContainer, runCertgen } from './certgen.ts';
import { IngressDataPlane } from './data-plane.ts';
import {
  admissionLines, creatingIngressLine, eventLine, foundClassLine, ignoringLine, initialSyncLine, leaderLines, reloadLines, removingIngressLine, removingStatusLine,
} from './log-lines.ts';
import { ingressClassOf, servedIngresses } from './routing.ts';
import { electLeader, runningAddresses, updateStatus } from './status-sync.ts';

export const CONTROLLER_IMAGE = 'registry.k8s.io/ingress-nginx/controller:';
/** The recorder's source component (ingress-nginx's event broadcaster). */
export const COMPONENT = 'nginx-ingress-controller';
const TARGET = 'ingress-nginx';
/** After the container starts: the informers' first sync, then leader election and the first reload. */
const START_MS = 119;
const LEAD_MS = 1_215;
/** status.UpdateInterval, and how soon a change's status sync follows it. */
const RESYNC_MS = 60_000;
const SYNC_AFTER_CHANGE_MS = 700;
const REACTION_MS = 8;
const CERTGEN_MS = 150;
const CERTGEN_RETRY_MS = 1_000;
const CERTGEN_TRIES = 20;

export interface IngressNginxDeps {
  readonly client: ApiClient;
  readonly clock: VirtualClock;
  readonly rand: SeededRandom;
  readonly recorder: EventRecorder;
  /** Appends a line to the controller container's log. */
  log(pod: KubeObject, stream: 'stdout' | 'stderr', line: string): void;
  /** Whether the pod's running container listens on `port`. */
  listens(pod: KubeObject, port: number): boolean;
  /** One HTTP exchange from the pod's network stack. */
  forward(pod: KubeObject, ip: string, port: number, req: HttpRequest): HttpResult;
}

const controllerContainer = (pod: KubeObject): { args: readonly string[] } | undefined => {
  const c = (pod.spec as PodSpec | undefined)?.containers.find((x) => x.image?.startsWith(CONTROLLER_IMAGE));
  return c ? { args: c.args ?? [] } : undefined;
};

/** The controller container's start time while it runs (a restart gives a new one). */
function runningSince(pod: KubeObject): string | undefined {
  const statuses = (pod.status as PodStatus | undefined)?.containerStatuses ?? [];
  return statuses.find((s: ContainerStatus) => s.image?.includes('ingress-nginx/controller') || s.name === 'controller')?.state?.running?.startedAt;
}

const ingressKey = (o: KubeObject): string => `${o.metadata.namespace}\t${o.metadata.name}`;

export class IngressNginx {
  private readonly pods: ControlledIndex;
  private readonly ingresses: ControlledIndex;
  private readonly classes: ControlledIndex;
  private readonly services: ControlledIndex;
  private readonly slices: ControlledIndex;
  private readonly plane: IngressDataPlane;

  constructor(private readonly deps: IngressNginxDeps) {
    const { client, clock } = deps;
    this.pods = new ControlledIndex(client, '/pods', clock, 'ingress-nginx');
    this.ingresses = new ControlledIndex(client, 'networking.k8s.io/ingresses', clock, 'ingress-nginx');
    this.classes = new ControlledIndex(client, 'networking.k8s.io/ingressclasses', clock, 'ingress-nginx');
    this.services = new ControlledIndex(client, '/services', clock, 'ingress-nginx');
    this.slices = new ControlledIndex(client, 'discovery.k8s.io/endpointslices', clock, 'ingress-nginx');
    this.plane = new IngressDataPlane({
      ingresses: () => this.ingresses.all(), classes: () => this.classes.all(), services: () => this.services.all(), slices: () => this.slices.all(),
      forward: deps.forward, log: (pod, line) => deps.log(pod, 'stdout', line), rand: deps.rand, nowMs: () => clock.nowMs,
    });
    clock.register(TARGET, (key) => this.step(key));
    this.pods.subscribe((type, pod, previous) => this.podChanged(type, pod, previous));
    this.ingresses.subscribe((type, ing, previous) => this.ingressChanged(type, ing, previous));
  }

  /** The validating webhook's verdict when `pod` is a controller serving it on `port` and `path`; undefined otherwise. */
  review(pod: KubeObject, port: number, path: string, ing: KubeObject): { allowed: true } | { allowed: false; message: string } | undefined {
    if (port !== ADMISSION_PORT || path !== ADMISSION_PATH || !controllerContainer(pod)) return undefined;
    const message = overlapOf(ing, this.ingresses.all(), this.classes.all());
    return message ? { allowed: false, message } : { allowed: true };
  }

  /** The data plane's answer when `pod` is a controller answering on 80/443; undefined otherwise. */
  serve(pod: KubeObject, port: number, req: HttpRequest, tls: boolean): HttpResponse | undefined {
    if ((port !== 80 && port !== 443) || !controllerContainer(pod) || !this.deps.listens(pod, port)) return undefined;
    return this.plane.serve(pod, port, req, tls);
  }

  private podChanged(type: string, pod: KubeObject, previous: KubeObject | undefined): void {
    const key = `${pod.metadata.namespace}\t${pod.metadata.name}`;
    if (type === 'DELETED') return;
    if (certgenContainer(pod) && startedNow(pod, previous)) this.deps.clock.schedule(TARGET, `certgen\t${key}\t0`, CERTGEN_MS);
    if (!controllerContainer(pod)) return;
    const since = runningSince(pod);
    if (since && since !== (previous ? runningSince(previous) : undefined)) {
      this.deps.clock.schedule(TARGET, `start\t${key}\t${since}`, START_MS);
      this.deps.clock.schedule(TARGET, `lead\t${key}\t${since}`, LEAD_MS);
    }
    if (pod.metadata.deletionTimestamp && !previous?.metadata.deletionTimestamp) this.deps.clock.schedule(TARGET, `shutdown\t${key}`, REACTION_MS);
  }

  /** store.go's ingress handlers, decided on the change itself (old and new object); acted on a moment later. */
  private ingressChanged(type: string, ing: KubeObject, previous: KubeObject | undefined): void {
    const classes = this.classes.all();
    const valid = (o: KubeObject | undefined): boolean => !!o && 'class' in ingressClassOf(o, classes);
    const specChanged = !previous || JSON.stringify([previous.spec, previous.metadata.annotations]) !== JSON.stringify([ing.spec, ing.metadata.annotations]);
    let what = '';
    if (type === 'DELETED') what = valid(previous) ? 'deleted' : '';
    else if (type === 'ADDED') what = valid(ing) ? 'added' : 'ignored';
    else if (!valid(previous) && valid(ing)) what = 'classed';
    else if (valid(previous) && !valid(ing)) what = 'unclassed';
    else if (valid(ing) && JSON.stringify(previous) !== JSON.stringify(ing)) what = specChanged ? 'changed' : 'status';
    const admit = type !== 'DELETED' && specChanged;
    if (what || admit) this.deps.clock.schedule(TARGET, `ingress\t${what}\t${ingressKey(ing)}\t${admit ? 'admit' : ''}`, REACTION_MS);
  }

  private step(key: string): void {
    const [kind, ...rest] = key.split('\t');
    if (kind === 'ingress') return this.ingressStep(rest[0]!, rest[1]!, rest[2]!, rest[3] === 'admit');
    const pod = this.pods.get(rest[0], rest[1]!);
    if (!pod) return;
    if (kind === 'certgen') return this.certgenStep(pod, Number(rest[2]));
    if (kind === 'shutdown') return this.shutdown(pod);
    if (kind === 'status' || kind === 'sync') return this.statusStep(pod, kind === 'status');
    if (runningSince(pod) !== rest[2]) return;
    if (kind === 'start') this.startStep(pod);
    else if (kind === 'lead') this.leadStep(pod);
  }

  private certgenStep(pod: KubeObject, tries: number): void {
    if (runCertgen(this.deps.client, pod, this.deps.rand) || tries >= CERTGEN_TRIES) return;
    this.deps.clock.schedule(TARGET, `certgen\t${pod.metadata.namespace}\t${pod.metadata.name}\t${tries + 1}`, CERTGEN_RETRY_MS);
  }

  /** The informers' first sync: the ConfigMap echo and each existing Ingress's class decision. */
  private startStep(pod: KubeObject): void {
    const configmap = flagValue(controllerContainer(pod)!.args, 'configmap')?.replace('$(POD_NAMESPACE)', pod.metadata.namespace!);
    const [cmNamespace, cmName] = (configmap ?? '').split('/');
    const cm = cmName ? this.deps.client.get('/configmaps', cmNamespace, cmName) : undefined;
    if (cm) this.event(pod, cm, 'CREATE', `ConfigMap ${configmap}`);
    for (const ing of this.ingresses.all()) this.classify(pod, ing, false);
  }

  private leadStep(pod: KubeObject): void {
    const now = this.deps.clock.nowMs;
    const election = flagValue(controllerContainer(pod)!.args, 'election-id') ?? 'ingress-controller-leader';
    const { holder, acquired } = electLeader(this.deps.client, pod, election, (name) => this.isLive(pod.metadata.namespace!, name), now);
    const log = (line: string): void => this.deps.log(pod, 'stderr', line);
    for (const line of leaderLines(now, pod.metadata.namespace!, election, holder, acquired)) log(line);
    if (acquired) this.statusStep(pod, false);
    log(reloadLines(now)[1]!);
    log(initialSyncLine(now));
    this.event(pod, pod, 'RELOAD', 'NGINX reload triggered due to a change in configuration', 27);
    this.deps.clock.schedule(TARGET, `status\t${pod.metadata.namespace}\t${pod.metadata.name}`, RESYNC_MS);
  }

  private ingressStep(what: string, namespace: string, name: string, admit: boolean): void {
    const ing = this.ingresses.get(namespace, name);
    for (const [i, pod] of this.runningControllers().entries()) {
      const now = this.deps.clock.nowMs;
      const log = (line: string): void => this.deps.log(pod, 'stderr', line);
      if (admit && i === 0 && ing) for (const line of admissionLines(now, ing)) log(line);
      if (what === 'unclassed' && ing) log(removingIngressLine(now, ing));
      if (what === 'ignored' && ing) this.classify(pod, ing, false);
      if (ing && ['added', 'classed', 'changed', 'status'].includes(what)) {
        const cls = ingressClassOf(ing, this.classes.all());
        if (what === 'classed' && 'class' in cls) log(creatingIngressLine(now, ing, cls.class));
        this.classify(pod, ing, what !== 'added');
      }
      if (!['added', 'classed', 'changed', 'unclassed', 'deleted'].includes(what)) continue;
      for (const line of reloadLines(now)) log(line);
      this.event(pod, pod, 'RELOAD', 'NGINX reload triggered due to a change in configuration', 26);
      if (this.isLeader(pod)) this.deps.clock.schedule(TARGET, `sync\t${pod.metadata.namespace}\t${pod.metadata.name}`, SYNC_AFTER_CHANGE_MS);
    }
  }

  /** store.go's add/update handlers: a valid class logs and records Sync; an invalid one is ignored. */
  private classify(pod: KubeObject, ing: KubeObject, update: boolean): boolean {
    const now = this.deps.clock.nowMs;
    const cls = ingressClassOf(ing, this.classes.all());
    if (!('class' in cls)) {
      if (!update) this.deps.log(pod, 'stderr', ignoringLine(now, ing, cls.error));
      return false;
    }
    if (!update) this.deps.log(pod, 'stderr', foundClassLine(now, ing, cls.class));
    this.event(pod, ing, 'Sync', 'Scheduled for sync');
    return true;
  }

  /** One status sync (`periodic` ones reschedule themselves); only the leader writes. */
  private statusStep(pod: KubeObject, periodic: boolean): void {
    if (!runningSince(pod) || pod.metadata.deletionTimestamp) return;
    const namespace = pod.metadata.namespace!;
    if (periodic) {
      this.deps.clock.schedule(TARGET, `status\t${namespace}\t${pod.metadata.name}`, RESYNC_MS);
      const election = flagValue(controllerContainer(pod)!.args, 'election-id') ?? 'ingress-controller-leader';
      electLeader(this.deps.client, pod, election, (name) => this.isLive(namespace, name), this.deps.clock.nowMs);
    }
    const leader = this.isLeader(pod) ? pod : undefined;
    if (!leader) return;
    const log = (line: string): void => this.deps.log(pod, 'stderr', line);
    const now = this.deps.clock.nowMs;
    const addresses = runningAddresses(this.deps.client, leader, this.pods.all(), log, now);
    updateStatus(this.deps.client, servedIngresses(this.ingresses.all(), this.classes.all()), addresses, log, now);
  }

  /** Shutdown: the last running controller takes its address off the Ingresses. */
  private shutdown(pod: KubeObject): void {
    if (!this.isLeader(pod) || this.runningControllers().some((p) => p.metadata.name !== pod.metadata.name && p.metadata.namespace === pod.metadata.namespace)) return;
    const served = servedIngresses(this.ingresses.all(), this.classes.all());
    const current = served.flatMap((i) => (i as unknown as Ingress).status?.loadBalancer?.ingress ?? []).slice(0, 1);
    this.deps.log(pod, 'stderr', removingStatusLine(this.deps.clock.nowMs, current));
    updateStatus(this.deps.client, served, [], () => undefined, this.deps.clock.nowMs);
  }

  private event(pod: KubeObject, involved: KubeObject, reason: string, message: string, offsetMs = 0): void {
    this.deps.recorder.record(involved, 'Normal', reason, message);
    this.deps.log(pod, 'stderr', eventLine(this.deps.clock.nowMs + offsetMs, involved, reason, message));
  }

  private runningControllers(): KubeObject[] {
    return this.pods.all().filter((p) => controllerContainer(p) && runningSince(p) && !p.metadata.deletionTimestamp);
  }

  private isLive(namespace: string, name: string): boolean {
    const pod = this.pods.get(namespace, name);
    return !!pod && !!runningSince(pod) && !pod.metadata.deletionTimestamp;
  }

  private isLeader(pod: KubeObject): boolean {
    const election = flagValue(controllerContainer(pod)!.args, 'election-id') ?? 'ingress-controller-leader';
    const lease = this.deps.client.get('coordination.k8s.io/leases', pod.metadata.namespace, election);
    return (lease?.spec as { holderIdentity?: string } | undefined)?.holderIdentity === pod.metadata.name;
  }
}

/** The certgen container has just started (running or already finished). */
function startedNow(pod: KubeObject, previous: KubeObject | undefined): boolean {
  const started = (p: KubeObject | undefined): boolean =>
    ((p?.status as PodStatus | undefined)?.containerStatuses ?? []).some((s) => !!s.state?.running || !!s.state?.terminated);
  return started(pod) && !started(previous);
}

