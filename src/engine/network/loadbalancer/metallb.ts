// MetalLB (v0.14.8, layer 2) as its pods would run it: while a controller pod runs it creates the
// speakers' memberlist Secret and gives every LoadBalancer Service an address from an IPAddressPool
// (status.loadBalancer, the ip-allocated-from-pool annotation, IPAllocated/AllocationFailed events);
// while speakers run, the elected one announces the address (nodeAssigned) so it answers from outside.
// Mirrors controller/service.go and speaker/main.go. Nothing lives only in memory: the assignments are
// the Services' status, the rest is read from watches.

import type { ContainerStatus, PodSpec, PodStatus } from 'kubernetes-types/core/v1';
import { isStatusError } from '../../api/errors.ts';
import type { KubeObject } from '../../api/types.ts';
import type { VirtualClock } from '../../base/clock.ts';
import { encodeBase64, encodeBase64Text } from '../../base/base64.ts';
import type { SeededRandom } from '../../base/rand.ts';
import type { ApiClient, ResourceName } from '../../client/client.ts';
import type { EventRecorder } from '../../client/events.ts';
import { ControlledIndex } from '../../controllers/common/controlled-index.ts';
import { metallbLog } from '../../infra/images/programs/metallb.ts';
import { SERVICE_NAME_LABEL } from '../kube-proxy.ts';
import {
  ANNOTATION_ADDRESS_POOL, ANNOTATION_ALLOCATED_FROM, allocate, desiredIps, isLoadBalancer, keyOf, lbIps, poolFor, poolsOf, quoteIps, type Pool,
} from './pools.ts';
import { announcingNode } from './speaker.ts';

export const CONTROLLER_IMAGE = 'quay.io/metallb/controller:';
export const SPEAKER_IMAGE = 'quay.io/metallb/speaker:';
/** The event recorders' components (the binaries' ProcessName). */
export const CONTROLLER_COMPONENT = 'metallb-controller';
export const SPEAKER_COMPONENT = 'metallb-speaker';
const TARGET = 'metallb';
const POOLS: ResourceName = 'metallb.io/ipaddresspools';
const L2ADS: ResourceName = 'metallb.io/l2advertisements';
/** After a container starts: the manager's caches sync; the speakers' memberlist join. */
const START_MS = 214;
const JOIN_MS = 1_340;
const REACTION_MS = 3;
const WEBHOOK_PORT = 9443;

export interface MetalLbDeps {
  readonly client: ApiClient;
  readonly clock: VirtualClock;
  readonly rand: SeededRandom;
  readonly controllerEvents: EventRecorder;
  readonly speakerEvents: EventRecorder;
  /** Appends a line to the named container's log in `pod`. */
  log(pod: KubeObject, container: string, line: string): void;
}

type Role = 'controller' | 'speaker';

function runningSince(pod: KubeObject, role: Role): string | undefined {
  if (pod.metadata.deletionTimestamp) return undefined;
  const image = role === 'controller' ? CONTROLLER_IMAGE : SPEAKER_IMAGE;
  const c = (pod.spec as PodSpec | undefined)?.containers.find((x) => x.image?.startsWith(image));
  const statuses = (pod.status as PodStatus | undefined)?.containerStatuses ?? [];
  return c ? statuses.find((s: ContainerStatus) => s.name === c.name)?.state?.running?.startedAt : undefined;
}


export class MetalLb {
  private readonly pods: ControlledIndex;
  private readonly services: ControlledIndex;
  private readonly slices: ControlledIndex;
  private readonly nodes: ControlledIndex;
  private configWatches: Array<() => void> = [];
  /** Keys queued on the clock and not yet run (a burst of changes makes one sync); rebuilt from the queue on restore. */
  private pending = new Set<string>();

  constructor(private readonly deps: MetalLbDeps) {
    const index = (resource: ResourceName): ControlledIndex => new ControlledIndex(deps.client, resource, deps.clock, 'metallb');
    this.pods = index('/pods');
    this.services = index('/services');
    this.slices = index('discovery.k8s.io/endpointslices');
    this.nodes = index('/nodes');
    const crds = index('apiextensions.k8s.io/customresourcedefinitions');
    deps.clock.register(TARGET, (key) => this.step(key));
    deps.clock.onRestore(TARGET, (keys) => {
      this.pending = new Set(keys);
      this.watchConfig();
    });
    this.pods.subscribe((_t, pod, previous) => this.podChanged(pod, previous));
    this.services.subscribe((type, svc) => {
      // A deleted balancer frees its address: every Service is converged again (SyncStateReprocessAll).
      if (type === 'DELETED' && isLoadBalancer(svc) && lbIps(svc).length > 0) this.schedule('all');
      else if (this.controller()) this.schedule(`svc\t${svc.metadata.namespace}\t${svc.metadata.name}`);
      this.schedule(`announce\t${svc.metadata.namespace}\t${svc.metadata.name}`);
    });
    this.slices.subscribe((_t, slice) => {
      const svc = slice.metadata.labels?.[SERVICE_NAME_LABEL];
      if (svc) this.schedule(`announce\t${slice.metadata.namespace}\t${svc}`);
    });
    crds.subscribe(() => this.watchConfig());
    this.watchConfig();
  }

  /** The controller's webhook server (9443): it admits MetalLB's configuration (deviation: without checking it). */
  review(pod: KubeObject, port: number, path: string): { allowed: true } | undefined {
    return port === WEBHOOK_PORT && path.startsWith('/validate-metallb-io-') && runningSince(pod, 'controller') ? { allowed: true } : undefined;
  }

  /** Whether some speaker answers ARP for `ip` (a Service's load-balancer address) on the nodes' network. */
  announces(ip: string): boolean {
    const svc = this.services.all().find((s) => isLoadBalancer(s) && lbIps(s).includes(ip));
    return !!svc && this.announcer(svc, ip) !== undefined;
  }

  /** Watches the IPAddressPools and L2Advertisements while their CRDs are served (they come with the manifest). */
  private watchConfig(): void {
    for (const stop of this.configWatches) stop();
    this.configWatches = [];
    for (const resource of [POOLS, L2ADS]) {
      if (!this.served(resource)) continue;
      this.configWatches.push(this.deps.client.watch(resource, () => this.schedule('all')));
    }
  }

  private served(resource: ResourceName): boolean {
    const [group, plural] = resource.split('/');
    return this.deps.client.kinds().resourceByName(group!, plural!) !== undefined;
  }

  private podChanged(pod: KubeObject, previous: KubeObject | undefined): void {
    const key = `${pod.metadata.namespace}\t${pod.metadata.name}`;
    const since = runningSince(pod, 'controller');
    if (since && since !== (previous ? runningSince(previous, 'controller') : undefined)) this.schedule(`start\t${key}\t${since}`, START_MS);
    const speaking = runningSince(pod, 'speaker');
    if (speaking !== (previous ? runningSince(previous, 'speaker') : undefined)) this.schedule('speakers', speaking ? JOIN_MS : REACTION_MS);
  }

  private schedule(key: string, delayMs = REACTION_MS): void {
    if (this.pending.has(key)) return;
    this.pending.add(key);
    this.deps.clock.schedule(TARGET, key, delayMs);
  }

  private step(key: string): void {
    this.pending.delete(key);
    const [kind, namespace, name, since] = key.split('\t');
    if (kind === 'start') return this.start(namespace!, name!, since!);
    if (kind === 'all') return this.forEachService((svc) => this.converge(svc));
    if (kind === 'speakers') return this.forEachService((svc) => this.announce(svc));
    const svc = this.services.get(namespace, name!);
    if (!svc) return;
    if (kind === 'svc') this.converge(svc);
    else this.announce(svc);
  }

  private forEachService(fn: (svc: KubeObject) => void): void {
    for (const svc of [...this.services.all()].sort((a, b) => (keyOf(a) < keyOf(b) ? -1 : 1))) fn(svc);
  }

  /** The running controller pod (its namespace holds the configuration). */
  private controller(): KubeObject | undefined {
    return this.pods.all().find((p) => runningSince(p, 'controller'));
  }

  private start(namespace: string, name: string, since: string): void {
    const pod = this.pods.get(namespace, name);
    if (!pod || runningSince(pod, 'controller') !== since) return;
    const log = (fields: Record<string, unknown>): void => this.deps.log(pod, 'controller', metallbLog(this.deps.clock.nowMs, { level: 'info', ...fields }));
    if (!this.deps.client.get('/secrets', namespace, 'memberlist')) {
      const deployment = this.deps.client.get('apps/deployments', namespace, 'controller');
      const bytes = Array.from({ length: 16 }, () => this.deps.rand.int(256));
      const key = encodeBase64(bytes).replace(/=+$/, '');
      const owner = deployment ? [{ apiVersion: 'apps/v1', kind: 'Deployment', name: 'controller', uid: deployment.metadata.uid! }] : undefined;
      this.write(() => this.deps.client.create('/secrets', {
        apiVersion: 'v1', kind: 'Secret', metadata: { name: 'memberlist', namespace, ...(owner ? { ownerReferences: owner } : {}) },
        data: { secretkey: encodeBase64Text(key) },
      } as KubeObject));
      log({ caller: 'k8s.go:400', msg: 'secret successfully created', op: 'CreateMlSecret' });
    }
    log({ caller: 'k8s.go:423', msg: 'Starting Manager', op: 'Run' });
    this.forEachService((svc) => this.converge(svc));
  }

  private configIn(namespace: string, resource: ResourceName): KubeObject[] {
    return this.served(resource) ? this.deps.client.list(resource, namespace) : [];
  }

  /** Who holds each load-balancer address (other than `svc`). */
  private holders(svc: KubeObject): Map<string, string> {
    const out = new Map<string, string>();
    for (const other of this.services.all()) {
      if (other === svc || !isLoadBalancer(other)) continue;
      for (const ip of lbIps(other)) if (!out.has(ip)) out.set(ip, keyOf(other));
    }
    return out;
  }

  /** convergeBalancer: keep a valid address, else allocate one, and write what changed. */
  private converge(svc: KubeObject): void {
    const pod = this.controller();
    if (!pod) return;
    const key = keyOf(svc);
    const log = (fields: Record<string, unknown>): void => this.deps.log(pod, 'controller', metallbLog(this.deps.clock.nowMs, { level: 'info', ...fields }));
    const pools = poolsOf(this.configIn(pod.metadata.namespace!, POOLS));
    if (!isLoadBalancer(svc) || pools.length === 0) {
      this.save(svc, [], undefined);
      return;
    }
    log({ caller: 'service_controller.go:64', controller: 'ServiceReconciler', 'start reconcile': key });
    const kept = this.kept(svc, pools);
    if (kept === 'invalid') return;
    let result: { readonly ips: readonly string[]; readonly pool: string } | undefined = kept;
    if (!result) {
      const allocation = allocate(svc, pools, this.holders(svc));
      if ('error' in allocation) {
        log({ caller: 'service.go:143', error: allocation.error, level: 'error', msg: 'IP allocation failed', op: 'allocateIPs' });
        this.deps.controllerEvents.record(svc, 'Warning', 'AllocationFailed', `Failed to allocate IP for "${key}": ${allocation.error}`);
        this.save(svc, [], undefined);
        return;
      }
      log({ caller: 'service.go:150', event: 'ipAllocated', ip: allocation.ips, msg: 'IP address assigned by controller' });
      this.deps.controllerEvents.record(svc, 'Normal', 'IPAllocated', `Assigned IP ${quoteIps(allocation.ips)}`);
      result = allocation;
    }
    if (this.save(svc, result.ips, result.pool)) log({ caller: 'main.go:116', event: 'serviceUpdated', msg: 'updated service object' });
    log({ caller: 'service_controller.go:65', controller: 'ServiceReconciler', 'end reconcile': key });
  }

  /** The Service's current assignment when it still stands; undefined to allocate anew; 'invalid' for an unusable request. */
  private kept(svc: KubeObject, pools: readonly Pool[]): { ips: string[]; pool: string } | undefined | 'invalid' {
    const ips = lbIps(svc);
    if (ips.length === 0) return undefined;
    const pool = poolFor(pools, ips[0]!);
    const other = this.holders(svc).get(ips[0]!);
    if (!pool || other) {
      const reason = pool ? `can't change sharing key for "${keyOf(svc)}", address also in use by ${other}` : `${quoteIps(ips)} is not allowed in config`;
      this.deps.controllerEvents.record(svc, 'Normal', 'ClearAssignment', `current IP for "${keyOf(svc)}" not allowed by config, will attempt for new IP assignment: ${reason}`);
      return undefined;
    }
    const wanted = svc.metadata.annotations?.[ANNOTATION_ADDRESS_POOL];
    if (wanted && wanted !== pool.name) return undefined;
    const desired = desiredIps(svc);
    if ('error' in desired) {
      this.deps.controllerEvents.record(svc, 'Warning', 'LoadBalancerFailed', `invalid requested loadbalancer IPs: ${desired.error}`);
      return 'invalid';
    }
    if (desired.ips.length > 0 && desired.ips.join(',') !== ips.join(',')) return undefined;
    return { ips, pool: pool.name };
  }

  /** Writes the assignment (status, then the pool annotation) when it differs; true when something was written. */
  private save(svc: KubeObject, ips: readonly string[], pool: string | undefined): boolean {
    let wrote = false;
    if (ips.join(',') !== lbIps(svc).join(',')) {
      if (lbIps(svc).length > 0) this.schedule('all');
      const loadBalancer = ips.length > 0 ? { ingress: ips.map((ip) => ({ ip, ipMode: 'VIP' })) } : {};
      wrote = this.write(() => this.deps.client.updateStatus('/services', { ...svc, status: { ...(svc.status as object), loadBalancer } }));
    }
    const annotations = { ...(svc.metadata.annotations ?? {}) };
    if (annotations[ANNOTATION_ALLOCATED_FROM] === pool) return wrote;
    if (pool === undefined) delete annotations[ANNOTATION_ALLOCATED_FROM];
    else annotations[ANNOTATION_ALLOCATED_FROM] = pool;
    const fresh = this.deps.client.get('/services', svc.metadata.namespace, svc.metadata.name!);
    if (!fresh) return wrote;
    const metadata = { ...fresh.metadata, annotations };
    if (Object.keys(annotations).length === 0) delete (metadata as { annotations?: unknown }).annotations;
    return this.write(() => this.deps.client.update('/services', { ...fresh, metadata })) || wrote;
  }

  private write(fn: () => unknown): boolean {
    try {
      fn();
      return true;
    } catch (e) {
      if (!isStatusError(e)) throw e;
      return false;
    }
  }

  /** The elected speaker's view of a Service: it announces and says so (nodeAssigned) on every sync. */
  private announce(svc: KubeObject): void {
    if (!isLoadBalancer(svc)) return;
    const ip = lbIps(svc)[0];
    const node = ip ? this.announcer(svc, ip) : undefined;
    if (!ip || !node) return;
    const speaker = this.speakers().find((p) => (p.spec as PodSpec).nodeName === node);
    const pool = svc.metadata.annotations?.[ANNOTATION_ALLOCATED_FROM] ?? '';
    if (speaker) {
      this.deps.log(speaker, 'speaker', metallbLog(this.deps.clock.nowMs, {
        caller: 'main.go:420', event: 'serviceAnnounced', ips: lbIps(svc), level: 'info', msg: 'service has IP, announcing', pool, protocol: 'layer2',
      }));
    }
    this.deps.speakerEvents.record(svc, 'Normal', 'nodeAssigned', `announcing from node "${node}" with protocol "layer2"`);
  }

  private speakers(): KubeObject[] {
    return this.pods.all().filter((p) => runningSince(p, 'speaker'));
  }

  /** The node whose speaker answers for `ip` of `svc`, under the configuration of the speakers' namespace. */
  private announcer(svc: KubeObject, ip: string): string | undefined {
    const speakers = this.speakers();
    if (speakers.length === 0) return undefined;
    const namespace = speakers[0]!.metadata.namespace!;
    const poolObjects = this.configIn(namespace, POOLS);
    const pool = poolFor(poolsOf(poolObjects), ip);
    const poolObject = pool && poolObjects.find((p) => p.metadata.name === pool.name);
    if (!poolObject) return undefined;
    const speakerNodes = speakers.flatMap((p) => this.nodes.get(undefined, (p.spec as PodSpec).nodeName ?? '') ?? []);
    return announcingNode(svc, ip, { pool: poolObject, l2Advertisements: this.configIn(namespace, L2ADS), speakerNodes, slices: this.slices.all() });
  }
}
