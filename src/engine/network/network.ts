// The simulated network: every machine's stack (`NetSys`) over one routing function. A packet to a
// Service's ClusterIP, load-balancer address or a NodePort goes through kube-proxy to a ready
// endpoint; to a pod address, to that pod; to a node, to what listens on the node. CoreDNS answers
// on the kube-dns endpoints. Reads the cluster through watch-fed indexes; writes nothing.

import type { KubeObject } from '../api/types.ts';
import type { VirtualClock } from '../base/clock.ts';
import type { SeededRandom } from '../base/rand.ts';
import { parseTime } from '../base/time.ts';
import type { ApiClient, ResourceName } from '../client/client.ts';
import { ControlledIndex } from '../controllers/common/controlled-index.ts';
import type { HttpRequest, HttpResponse } from '../infra/images/http-types.ts';
import type { ConnectResult, DnsResult, DnsType, HttpResult, NetFailure, NetSys, PingResult } from '../infra/net.ts';
import { PortForwards } from './port-forward.ts';
import { PolicyEnforcer } from './policy-enforcer.ts';
import { holderOf, isLive, WORKSTATION_IP, nodeListener, originIp, originNode, podIp, podNode, type NetObjects, type NetOrigin } from './addresses.ts';
import { corednsAnswer, type DnsView } from './dns.ts';
import { chaseCname } from './cname-chase.ts';
import { interfacesOf } from './interfaces.ts';
import { pickBackend, readyBackends, servicePorts } from './kube-proxy.ts';
import { upstreamAnswer } from './upstream.ts';

export interface NetworkDeps {
  readonly client: ApiClient;
  readonly clock: VirtualClock;
  readonly rand: SeededRandom;
  /**
   * What the kubelet of `node` answers for `pod` on `port`: the HTTP response to `req`, `{ status: 0 }`
   * for a bare connect, undefined when nothing listens there.
   */
  serve(node: string, pod: KubeObject, port: number, req?: HttpRequest): HttpResponse | undefined;
  /** ingress-nginx's data plane: its answer when `pod` is one of its controllers listening on `port`, else undefined. */
  ingress?(pod: KubeObject, port: number, req: HttpRequest, tls: boolean): HttpResponse | undefined;
  /** Whether something answers ARP for a load-balancer address on the nodes' network (MetalLB's speakers); unknown when absent. */
  announces?(ip: string): boolean;
}

/** Servers listening on the workstation's own ports: `serve` answers a request (`undefined` req: a bare connect), undefined when nothing answers. */
export interface HostPorts {
  publishes(port: number): boolean;
  serve(port: number, req: HttpRequest | undefined): HttpResponse | undefined;
}

/** Where a connection ends up after kube-proxy: a pod's port, or why it went nowhere. */
export type Route = { readonly kind: 'pod'; readonly pod: KubeObject; readonly port: number } | NetFailure;

const LOOPBACK = /^127\./;
const NODE_RESOLVER = '127.0.0.53';

export class Network {
  private readonly objects: NetObjects;
  private readonly namespaces: ControlledIndex;
  /** `kubectl port-forward` listeners on the workstation. */
  readonly forwards = new PortForwards();
  /** Ports published on the workstation itself (Docker's `-p`), tried before the port-forwards. */
  hostPorts: HostPorts | undefined;
  /** The CNI's NetworkPolicy filter. */
  private readonly policy: PolicyEnforcer;

  constructor(private readonly deps: NetworkDeps) {
    const index = (resource: ResourceName): ControlledIndex => new ControlledIndex(deps.client, resource, deps.clock, 'network');
    const services = index('/services');
    const slices = index('discovery.k8s.io/endpointslices');
    const pods = index('/pods');
    const nodes = index('/nodes');
    this.namespaces = index('/namespaces');
    this.objects = {
      services: () => services.all(),
      slices: () => slices.all(),
      pods: () => pods.all(),
      nodes: () => nodes.all(),
      pod: (ns, name) => pods.get(ns, name),
      node: (name) => nodes.get(undefined, name),
    };
    this.policy = new PolicyEnforcer(deps.client, deps.clock, this.objects);
  }

  /** A pod as the network last saw it. */
  podOf(namespace: string, name: string): KubeObject | undefined {
    return this.objects.pod(namespace, name);
  }

  /** The network stack of a pod, a node or the student's workstation. */
  stackOf(origin: NetOrigin): NetSys {
    const objects = this.objects;
    return {
      get ip() {
        return originIp(objects, origin);
      },
      interfaces: () => interfacesOf(objects, origin),
      dns: (server, name, type) => this.dns(origin, server, name, type),
      connect: (ip, port) => this.connect(origin, ip, port),
      http: (ip, port, req, opts) => this.http(origin, ip, port, req, opts?.tls === true),
      ping: (ip) => this.ping(origin, ip),
    };
  }

  /** Where a TCP connection from `origin` to `ip:port` lands: the pod listening there, or why none answers. */
  dial(origin: NetOrigin, ip: string, port: number): Route {
    const route = this.route(origin, ip, port, 'TCP');
    if (route.kind !== 'pod') return route;
    return this.serve(route.pod, route.port) ? route : { kind: 'refused' };
  }

  private connect(origin: NetOrigin, ip: string, port: number): ConnectResult {
    if (this.isHostPort(origin, ip, port)) return this.hostPorts!.serve(port, undefined) ? { kind: 'connected' } : { kind: 'refused' };
    const route = this.dial(origin, ip, port);
    return route.kind === 'pod' ? { kind: 'connected' } : route;
  }

  private http(origin: NetOrigin, ip: string, port: number, req: HttpRequest, tls = false): HttpResult {
    if (this.isHostPort(origin, ip, port)) {
      const answer = this.hostPorts!.serve(port, req);
      return answer ? { kind: 'response', response: answer } : { kind: 'refused' };
    }
    const route = this.route(origin, ip, port, 'TCP');
    if (route.kind !== 'pod') return route;
    const remote = `${this.sourceSeenBy(origin, ip)}:${32768 + this.deps.rand.int(28232)}`;
    const response = this.serve(route.pod, route.port, { ...req, remoteAddr: req.remoteAddr ?? remote }, tls);
    return response ? { kind: 'response', response } : { kind: 'refused' };
  }

  private dns(origin: NetOrigin, server: string, name: string, type: DnsType): DnsResult {
    if (server === NODE_RESOLVER) return upstreamAnswer(name, type);
    const route = this.route(origin, server, 53, 'UDP');
    if (route.kind !== 'pod') return route;
    if (route.pod.metadata.labels?.['k8s-app'] !== 'kube-dns') return { kind: 'refused' };
    const view: DnsView = {
      namespaces: () => this.namespaces.all().map((n) => n.metadata.name!),
      services: () => this.objects.services(),
      slices: () => this.objects.slices(),
      serial: Math.floor(startedMs(route.pod, this.deps.clock.nowMs) / 1000),
      upstream: upstreamAnswer,
    };
    return chaseCname((n, t) => corednsAnswer(view, n, t), name, type);
  }

  private ping(origin: NetOrigin, ip: string): PingResult {
    const none: PingResult = { reply: false, rttMs: 0, ttl: 0 };
    if (LOOPBACK.test(ip) || ip === originIp(this.objects, origin)) return { reply: true, rttMs: this.rtt(0.03), ttl: 64 };
    const holder = holderOf(this.objects, ip);
    if (!holder || holder.kind === 'service') return none;
    const from = originNode(this.objects, origin);
    if (holder.kind === 'node') return { reply: true, rttMs: this.rtt(origin.kind === 'external' ? 0.4 : 0.3), ttl: 64 };
    if (origin.kind === 'external') return none;
    if (!this.policy.admits(origin, { ip, dialedPort: 0, pod: holder.pod, port: 0, protocol: 'ICMP' })) return none;
    const sameNode = podNode(holder.pod) === from;
    return { reply: true, rttMs: this.rtt(sameNode ? 0.06 : 0.5), ttl: sameNode ? 63 : 62 };
  }

  /** Where `ip:port` leads from `origin`, through kube-proxy and the CNI's NetworkPolicy filter. */
  private route(origin: NetOrigin, ip: string, port: number, protocol: string): Route {
    const route = this.resolve(origin, ip, port, protocol);
    if (route.kind !== 'pod') return route;
    return this.policy.admits(origin, { ip, dialedPort: port, pod: route.pod, port: route.port, protocol }) ? route : { kind: 'timeout' };
  }

  /** Where `ip:port` leads from `origin`, kube-proxy's translation included. */
  private resolve(origin: NetOrigin, ip: string, port: number, protocol: string): Route {
    const self = this.selfPod(origin);
    if (self && (LOOPBACK.test(ip) || ip === podIp(self))) return { kind: 'pod', pod: self, port };
    if (origin.kind === 'external' && (LOOPBACK.test(ip) || ip === WORKSTATION_IP)) return this.forwards.route(ip, port, this.objects);
    const holder = holderOf(this.objects, ip);
    if (!holder) return { kind: 'timeout' };
    if (holder.kind === 'pod') return origin.kind === 'external' ? { kind: 'timeout' } : { kind: 'pod', pod: holder.pod, port };
    if (holder.kind === 'service') {
      if (holder.via === 'clusterIP' && origin.kind === 'external') return { kind: 'timeout' };
      if (holder.via === 'loadBalancer' && origin.kind === 'external' && this.deps.announces?.(ip) === false) return { kind: 'unreachable' };
      const sp = servicePorts(holder.svc).find((p) => p.port === port && (p.protocol ?? 'TCP') === protocol);
      return sp ? this.toEndpoint(origin, holder.svc, sp, undefined) : { kind: 'timeout' };
    }
    const node = holder.node.metadata.name!;
    for (const svc of this.objects.services()) {
      const sp = servicePorts(svc).find((p) => p.nodePort === port && (p.protocol ?? 'TCP') === protocol);
      if (!sp) continue;
      const local = (svc.spec as { externalTrafficPolicy?: string }).externalTrafficPolicy === 'Local';
      return this.toEndpoint(origin, svc, sp, local ? node : undefined);
    }
    const listener = nodeListener(this.objects, node, port, protocol);
    return listener ? { kind: 'pod', ...listener } : { kind: 'refused' };
  }

  private toEndpoint(origin: NetOrigin, svc: KubeObject, sp: ReturnType<typeof servicePorts>[number], onNode: string | undefined): Route {
    const backends = readyBackends(svc, sp, this.objects.slices(), onNode);
    const pick = pickBackend(svc, backends, originIp(this.objects, origin), this.deps.rand);
    if (!pick) return onNode ? { kind: 'timeout' } : { kind: 'refused' };
    const pod = this.objects.pods().find((p) => isLive(p) && podIp(p) === pick.ip && podNode(p) === (pick.nodeName ?? podNode(p)));
    return pod ? { kind: 'pod', pod, port: pick.port } : { kind: 'timeout' };
  }

  private serve(pod: KubeObject, port: number, req?: HttpRequest, tls = false): HttpResponse | undefined {
    const node = podNode(pod);
    if (!node) return undefined;
    return (req && this.deps.ingress?.(pod, port, req, tls)) || this.deps.serve(node, pod, port, req);
  }

  /** The client address the server sees: a node's when kube-proxy masquerades traffic from outside. */
  private sourceSeenBy(origin: NetOrigin, ip: string): string {
    const holder = origin.kind === 'external' ? holderOf(this.objects, ip) : undefined;
    return holder?.kind === 'node' ? ip : originIp(this.objects, origin);
  }

  private isHostPort(origin: NetOrigin, ip: string, port: number): boolean {
    return origin.kind === 'external' && (LOOPBACK.test(ip) || ip === WORKSTATION_IP) && this.hostPorts?.publishes(port) === true;
  }

  private selfPod(origin: NetOrigin): KubeObject | undefined {
    return origin.kind === 'pod' ? this.objects.pod(origin.namespace, origin.name) : undefined;
  }

  private rtt(baseMs: number): number {
    return Math.round((baseMs * (0.8 + this.deps.rand.next() * 0.6)) * 1000) / 1000;
  }
}

function startedMs(pod: KubeObject, fallback: number): number {
  return parseTime((pod.status as { startTime?: string } | undefined)?.startTime) ?? fallback;
}
