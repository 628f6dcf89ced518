// The composition root: one simulated cluster = store + API server + controllers on a virtual
// clock with a seeded generator. Invariant: same seed + same profile + same calls ⇒ same state.

import { VirtualClock, type ClockSnapshot } from '../base/clock.ts';
import { SeededRandom, type RandState } from '../base/rand.ts';
import { clone } from '../base/json.ts';
import { Store, type StoreSnapshot } from '../store/store.ts';
import { ApiServer } from '../apiserver/server.ts';
import { strategyFor } from '../apiserver/registry/index.ts';
import { decodeAgainstSchema } from '../apiserver/schema-decoder.ts';
import { ApiClient } from '../client/client.ts';
import { EventRecorder } from '../client/events.ts';
import { EventIndex } from '../client/event-index.ts';
import { gateOf } from '../client/queue-gate.ts';
import type { ControllerDeps } from '../controllers/controller.ts';
import { startControllers } from '../controllers/registry.ts';
import { assert } from '../base/assert.ts';
import { defaultGracePeriodSeconds } from './grace.ts';
import type { BootContext, Profile, ProfileInfo } from '../profiles/profile.ts';
import { createAllocators } from '../apiserver/allocators.ts';
import { Kubelets, type KubeletsSnapshot } from '../kubelet/kubelets.ts';
import { Machines } from '../infra/machine/machines.ts';
import { Scheduler } from '../scheduler/scheduler.ts';
import { MetricsApiServiceController } from '../metrics/apiservice.ts';
import { CustomResourceDefinitionController } from '../apiserver/customresources/controller.ts';
import { MetricsProvider } from '../metrics/provider.ts';
import { activityOf, type ActivityLog } from '../activity/log.ts';
import { controllerCaller, kubectlCaller, kubeletCaller, schedulerCaller } from '../activity/callers.ts';
import { recordingServer } from '../activity/server-view.ts';
import type { Caller } from '../activity/types.ts';
import { Network } from '../network/network.ts';
import { startIngressNginx } from '../network/ingress/wiring.ts';
import { COMPONENT as INGRESS_NGINX_COMPONENT, type IngressNginx } from '../network/ingress/controller.ts';
import type { MetalLb } from '../network/loadbalancer/metallb.ts';
import { startMetalLb } from '../network/loadbalancer/wiring.ts';
import { startValidatingWebhooks } from '../network/webhooks/wiring.ts';
import { Authorizer, type AuthorizationMode } from '../apiserver/auth/authorizer.ts';
import { authorizedServer } from '../apiserver/auth/authorized-server.ts';
import { resolveIdentity, type RequestIdentity } from '../apiserver/auth/identity.ts';
import { knownUser, LOOPBACK_ADMIN, type UserInfo } from '../apiserver/auth/user.ts';
import { isStatusError, type StatusError } from '../api/errors.ts';
import { DockerEngine } from '../infra/docker/engine.ts';
import { watchCniAgents } from '../infra/kubeadm/cni-readiness.ts';
import { pullFromWorkstation } from '../infra/docker/node-pull.ts';
import type { DockerState } from '../infra/docker/types.ts';
import { ClaimVolumeBinder } from '../scheduler/plugins/volumebinding/claim-binder.ts';
import { VolumeData, type VolumeDataSnapshot } from '../storage/volume-data.ts';
import { LocalPathProvisioner } from '../storage/localpath/provisioner.ts';
import { nodeDirs } from '../storage/node-dirs.ts';
import { ContainerCommands } from '../infra/images/container-commands.ts';

export interface ClusterOptions {
  readonly seed: number;
  readonly profile: Profile;
  /**
   * The snapshot of this profile's cluster right after its boot with this seed: the cluster starts
   * from it instead of replaying the boot (the course's boot runs ten virtual days of controller work).
   */
  readonly booted?: ClusterSnapshot;
}

export interface ClusterSnapshot {
  readonly version: 2;
  readonly clock: ClockSnapshot;
  readonly rand: RandState;
  readonly store: StoreSnapshot;
  /** What the nodes' container runtimes hold: running processes, files, logs. */
  readonly nodes: KubeletsSnapshot;
  /** The network volumes' data (absent in snapshots taken before it existed). */
  readonly volumes?: VolumeDataSnapshot;
  /** The workstation's Docker engine (absent in snapshots taken before it existed). */
  readonly docker?: DockerState;
}

/** The admin identity kubectl uses with the default kubeconfig. */
export const ADMIN_USER = 'kubernetes-admin';
const RUN_UNTIL_IDLE_MAX_EVENTS = 1_000_000;
const CONTROLLER_MANAGER = 'kube-controller-manager';

export class Cluster {
  readonly clock: VirtualClock;
  readonly rand: SeededRandom;
  readonly store: Store;
  readonly server: ApiServer;
  readonly info: ProfileInfo;
  readonly kubelets: Kubelets;
  /** The nodes' machines: files, systemd units, power, static pods. */
  readonly machines: Machines;
  readonly scheduler: Scheduler;
  /** metrics.k8s.io as metrics-server serves it, once installed. */
  readonly metrics: MetricsProvider;
  /** What the control plane does, as structured entries; off until a host turns it on. */
  readonly activity: ActivityLog;
  /** The pod network, Services through kube-proxy, and CoreDNS: every machine's network stack. */
  readonly network: Network;
  /** ingress-nginx's controllers and data plane, active while its pods run. */
  private readonly ingressNginx: IngressNginx;
  /** MetalLB's controller and speakers, active while its pods run. */
  private readonly metalLb: MetalLb;
  /** Who may do what (RBAC once the profile has booted its policy). */
  readonly authorizer: Authorizer;
  /** The Docker engine of the student's workstation (the course's Docker recap). */
  readonly docker: DockerEngine;
  /** The storage backend of network volumes. */
  readonly volumeData = new VolumeData();
  /** Programs the host lends the images (the CLI's kubectl for bitnami/kubectl), filled at composition time. */
  readonly containerCommands = new ContainerCommands();
  private authorizationMode: AuthorizationMode = 'AlwaysAllow';
  private readonly controllerClient: ApiClient;
  private readonly events: EventIndex;

  constructor(opts: ClusterOptions) {
    assert(Number.isInteger(opts.seed), 'the seed is mandatory and must be an integer');
    const profile = opts.profile;
    this.info = profile.info;
    this.clock = new VirtualClock(profile.info.bootTimeMs);
    this.activity = activityOf(this.clock);
    this.rand = new SeededRandom(opts.seed);
    this.store = new Store();
    this.server = new ApiServer({
      store: this.store,
      clock: this.clock,
      rand: this.rand,
      strategies: strategyFor,
      decoder: decodeAgainstSchema,
      allocators: createAllocators(profile.info.network),
      defaultGracePeriodSeconds,
    });
    this.controllerClient = this.componentClient('system:kube-controller-manager', controllerCaller('system:kube-controller-manager', this.info.kubernetesVersion));
    this.events = new EventIndex(this.controllerClient);
    gateOf(this.clock).owning(CONTROLLER_MANAGER, () => startControllers(this.controllerDeps(), profile.info, (controller) => ({ ...this.controllerDeps(), client: this.controllerClientFor(controller) })));
    this.authorizer = new Authorizer(this.server.ctx, () => this.authorizationMode);
    if (opts.booted) this.clock.restore({ nowMs: profile.info.startTimeMs, seq: 0, events: [] });
    else profile.boot(this.bootContext());
    // A profile that boots the bootstrap policy runs --authorization-mode=Node,RBAC; one without, AlwaysAllow.
    if (opts.booted ? hasClusterAdmin(opts.booted) : this.server.ctx.get('rbac.authorization.k8s.io', 'clusterroles', undefined, 'cluster-admin')) {
      this.authorizationMode = 'RBAC';
    }
    this.clock.advanceTo(profile.info.startTimeMs);
    const schedulerClient = this.componentClient('system:kube-scheduler', schedulerCaller('system:kube-scheduler', this.info.kubernetesVersion));
    this.scheduler = new Scheduler({ ...this.controllerDeps(), client: schedulerClient }, { volumeBinder: new ClaimVolumeBinder(schedulerClient) });
    this.kubelets = new Kubelets({
      client: (node) => this.componentClient(`system:node:${node}`, kubeletCaller(`system:node:${node}`, this.info.kubernetesVersion, node)),
      clock: this.clock,
      rand: this.rand,
      recorder: (node) => this.recorder('kubelet', node),
      volumeData: this.volumeData,
      commands: this.containerCommands,
      registry: (node, ref) => pullFromWorkstation(this.docker, this.machines.fs(node), ref),
      net: (pod) => this.network.stackOf({ kind: 'pod', namespace: pod.metadata.namespace!, name: pod.metadata.name! }),
    }, this.componentClient('system:kubelets', kubeletCaller('system:kubelets', this.info.kubernetesVersion)));
    this.network = new Network({
      client: this.componentClient('system:kube-proxy', kubeletCaller('system:kube-proxy', this.info.kubernetesVersion)),
      clock: this.clock,
      rand: this.rand,
      serve: (node, pod, port, req) => this.kubelets.kubelet(node)?.serve(pod, port, req),
      ingress: (pod, port, req, tls) => this.ingressNginx.serve(pod, port, req, tls),
      announces: (ip) => this.metalLb.announces(ip),
    });
    const ingressUser = 'system:serviceaccount:ingress-nginx:ingress-nginx';
    this.ingressNginx = startIngressNginx({
      client: this.componentClient(ingressUser, controllerCaller(ingressUser, this.info.kubernetesVersion)), clock: this.clock, rand: this.rand,
      recorder: this.recorder(INGRESS_NGINX_COMPONENT), kubelet: (node) => this.kubelets.kubelet(node), network: this.network,
    });
    const metalLbUser = 'system:serviceaccount:metallb-system:controller';
    this.metalLb = startMetalLb({
      client: this.componentClient(metalLbUser, controllerCaller(metalLbUser, this.info.kubernetesVersion)), clock: this.clock, rand: this.rand,
      recorder: (component) => this.recorder(component), kubelet: (node) => this.kubelets.kubelet(node),
    });
    startValidatingWebhooks(this.server, this.network, [
      (pod, port, path, attrs) => this.ingressNginx.review(pod, port, path, attrs.object),
      (pod, port, path) => this.metalLb.review(pod, port, path),
    ]);
    this.kubelets.start();
    this.machines = new Machines({
      clock: this.clock, info: this.info, kubelets: this.kubelets, client: new ApiClient(this.server, 'system:machines'),
      nodeClient: (node) => this.componentClient(`system:node:${node}`, kubeletCaller(`system:node:${node}`, this.info.kubernetesVersion, node)),
      setComponentRunning: (component, running) => {
        if (component === 'kube-scheduler') this.scheduler.setRunning(running);
        if (component === CONTROLLER_MANAGER) gateOf(this.clock).setRunning(component, running);
      },
    });
    watchCniAgents(this);
    this.docker = new DockerEngine({ clock: this.clock, rand: this.rand });
    this.network.hostPorts = this.docker;
    new MetricsApiServiceController(this.controllerDeps());
    new CustomResourceDefinitionController(this.controllerDeps());
    new LocalPathProvisioner({ ...this.controllerDeps(), dirs: nodeDirs((node) => this.kubelets.kubelet(node)?.runtime) });
    this.metrics = new MetricsProvider({ client: this.controllerClient, clock: this.clock, runtimes: () => this.kubelets.snapshot() });
    if (opts.booted) this.restore(opts.booted);
  }

  /** A client acting as `user` (a name: see knownUser), authorized as that user, its objects checked strictly as kubectl asks. */
  client(user: string | UserInfo = ADMIN_USER): ApiClient {
    const info = typeof user === 'string' ? knownUser(user) : user;
    return this.authorizedClient(info.name, () => info);
  }

  /** kubectl's client: its credentials are authenticated and its impersonation checked; failures surface at its first request. */
  clientFor(identity: RequestIdentity): ApiClient {
    const user = resolveIdentity(identity, this.server.ctx, this.authorizer, this.clock.nowMs);
    return this.authorizedClient(isStatusError(user) ? 'system:anonymous' : user.name, () => user);
  }

  private authorizedClient(name: string, identity: () => UserInfo | StatusError): ApiClient {
    const server = authorizedServer(this.server, identity, this.authorizer);
    return new ApiClient(recordingServer(server, kubectlCaller(name, this.info.kubernetesVersion), this.activity), name);
  }

  /** A client for an in-process component: its objects are built by code, so no field validation. */
  private componentClient(user: string, caller: Caller): ApiClient {
    return new ApiClient(recordingServer(this.server, caller, this.activity), user, { fieldValidation: 'Ignore' });
  }

  /** Each controller has its own client, so its requests show whose they are (kube-controller-manager's user agent names it). */
  private controllerClientFor(controller: string): ApiClient {
    const user = 'system:kube-controller-manager';
    return this.componentClient(user, controllerCaller(user, this.info.kubernetesVersion, controller));
  }

  recorder(component: string, host?: string): EventRecorder {
    return new EventRecorder(this.controllerClient, { component, ...(host ? { host } : {}) }, () => this.clock.nowMs, this.rand, this.events);
  }

  get nowMs(): number {
    return this.clock.nowMs;
  }

  advance(ms: number): void {
    this.clock.advance(ms);
  }

  /** As advance, stopping between two events once `more()` says no (see VirtualClock.advanceWhile). */
  advanceWhile(ms: number, more: () => boolean): boolean {
    return this.clock.advanceWhile(this.clock.nowMs + Math.floor(ms), more);
  }

  /**
   * Runs events until none is due, but never past `horizonMs` of virtual time from now (periodic work
   * would otherwise never let it end); fails loudly past its event bound.
   */
  runUntilIdle(horizonMs = 60_000): void {
    const limit = this.clock.nowMs + horizonMs;
    let events = 0;
    for (let next = this.clock.nextDueMs(); next !== undefined && next <= limit; next = this.clock.nextDueMs()) {
      events += this.clock.advanceTo(next, RUN_UNTIL_IDLE_MAX_EVENTS - events);
    }
  }

  snapshot(): ClusterSnapshot {
    const shared = this.checkpoint();
    return { ...shared, store: clone(shared.store) };
  }

  /**
   * As snapshot(), but sharing the store's objects, which are frozen and so never change: cheap to
   * keep many of (the timeline's rewind points). Restoring one copies it, as with any snapshot.
   */
  checkpoint(): ClusterSnapshot {
    return { version: 2, clock: this.clock.snapshot(), rand: this.rand.state, store: this.store.snapshot(), nodes: clone(this.kubelets.snapshot()), volumes: clone(this.volumeData.snapshot()), docker: this.docker.snapshot() };
  }

  restore(snap: ClusterSnapshot): void {
    assert(snap.version === 2, `unsupported snapshot version ${String(snap.version)}`);
    // The store freezes what it is given: the snapshot's objects are taken as they are, not copied.
    this.store.restore(snap.store);
    this.rand.state = snap.rand;
    this.events.rebuild();
    this.kubelets.restore(clone(snap.nodes));
    this.volumeData.restore(clone(snap.volumes ?? {}));
    this.docker.restore(snap.docker);
    this.clock.restore(snap.clock);
    this.machines.restored();
  }

  private controllerDeps(): ControllerDeps {
    return {
      client: this.controllerClient,
      clock: this.clock,
      rand: this.rand,
      recorder: (component, host) => this.recorder(component, host),
    };
  }

  /** The profile boots as the cluster's administrator, with the controllers' clock and generator. */
  private bootContext(): BootContext {
    return { ...this.controllerDeps(), client: this.client(LOOPBACK_ADMIN) };
  }
}

export function createCluster(opts: ClusterOptions): Cluster {
  return new Cluster(opts);
}

function hasClusterAdmin(snap: ClusterSnapshot): boolean {
  return snap.store.objects.some(([, o]) => o.kind === 'ClusterRole' && o.metadata.name === 'cluster-admin');
}
