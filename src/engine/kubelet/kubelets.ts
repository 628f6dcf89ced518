// Every node's kubelet: one per Node object, fed by a single pod watch, one clock target for all of
// them, and their runtime state as one plain-data snapshot.

import type { KubeObject } from '../api/types.ts';
import type { VirtualClock } from '../base/clock.ts';
import type { SeededRandom } from '../base/rand.ts';
import type { ApiClient } from '../client/client.ts';
import type { EventRecorder } from '../client/events.ts';
import { adoptRunningPods } from './adopt.ts';
import { KUBELET_TARGET, parseStepKey } from './context.ts';
import { Kubelet } from './kubelet.ts';
import { nodeProxy } from './proxy.ts';
import type { NodeRuntime } from './state.ts';
import type { NetSys } from '../infra/net.ts';
import type { VolumeData } from '../storage/volume-data.ts';
import type { ContainerCommands } from '../infra/images/container-commands.ts';
import type { RegistryPull } from './context.ts';

export interface KubeletsDeps {
  /** A client per node, acting as system:node:<name>. */
  readonly client: (node: string) => ApiClient;
  readonly clock: VirtualClock;
  readonly rand: SeededRandom;
  readonly recorder: (node: string) => EventRecorder;
  /** The network stack of a pod's processes. */
  readonly net?: (pod: KubeObject) => NetSys;
  /** The storage backend network volumes' data lives in. */
  readonly volumeData?: VolumeData;
  /** Programs the host lends the images. */
  readonly commands?: ContainerCommands;
  /** Pulls from the workstation's registry. */
  readonly registry?: RegistryPull;
}

export type KubeletsSnapshot = Readonly<Record<string, NodeRuntime>>;

export class Kubelets {
  private readonly byNode = new Map<string, Kubelet>();

  constructor(private readonly deps: KubeletsDeps, private readonly watchClient: ApiClient) {
    deps.clock.register(KUBELET_TARGET, (key) => {
      const { node, kind, id } = parseStepKey(key);
      this.byNode.get(node)?.step(kind, id);
    });
  }

  /** Starts a kubelet on every node (adopting the pods already running there) and follows the pods. */
  start(): void {
    for (const node of this.watchClient.list('/nodes')) this.startNode(node.metadata.name!, undefined);
    this.watchClient.watch('/pods', (e) => {
      const node = (e.object.spec as { nodeName?: string } | undefined)?.nodeName;
      const kubelet = node ? this.byNode.get(node) : undefined;
      if (!kubelet || kubelet.runtime.down) return;
      if (e.type === 'DELETED') kubelet.podDeleted(e.object);
      else kubelet.podChanged(e.object);
    });
    this.watchClient.watch('/configmaps', (e) => this.apiDataChanged('configmap', e.object));
    this.watchClient.watch('/secrets', (e) => this.apiDataChanged('secret', e.object));
    this.watchClient.watch('/nodes', (e) => {
      if (e.type === 'ADDED' && !this.byNode.has(e.object.metadata.name!)) this.startNode(e.object.metadata.name!, undefined);
    });
  }

  private apiDataChanged(kind: 'configmap' | 'secret', obj: KubeObject): void {
    for (const kubelet of this.byNode.values()) kubelet.apiDataChanged(kind, obj);
  }

  /** `systemctl stop kubelet` on a node: its Lease and status go stale, its containers keep running. */
  stopKubelet(node: string): void {
    this.byNode.get(node)?.goDown('stopped');
  }

  /** `systemctl start kubelet`, or the machine booting again after powerOn. */
  startKubelet(node: string): void {
    this.byNode.get(node)?.comeUp();
  }

  /** The machine loses power: its kubelet and every container on it stop at once. */
  powerOff(node: string): void {
    this.byNode.get(node)?.goDown('powered-off');
  }

  /** The machine boots: containerd and the kubelet start (systemd units enabled). */
  powerOn(node: string): void {
    if (this.byNode.get(node)?.runtime.down === 'powered-off') this.startKubelet(node);
  }

  /** How a node's kubelet stands: running, stopped, or the machine off; undefined for an unknown node. */
  machineState(node: string): 'running' | 'stopped' | 'powered-off' | undefined {
    const kubelet = this.byNode.get(node);
    return kubelet ? kubelet.runtime.down ?? 'running' : undefined;
  }

  /** A machine with kubeadm installed but no node yet: its runtime exists, its kubelet down until it joins. */
  addMachine(name: string): void {
    if (!this.byNode.has(name)) this.attach({ ...emptyRuntime(name, undefined), down: 'stopped', networkUnready: true });
  }

  /** kubeadm's kubelet-start: the kubelet of a machine that registered its Node runs and renews its lease. */
  joined(name: string): void {
    const kubelet = this.byNode.get(name);
    if (!kubelet) return this.startNode(name, undefined);
    kubelet.comeUp();
    kubelet.startLease();
  }

  kubelet(node: string): Kubelet | undefined {
    return this.byNode.get(node);
  }

  snapshot(): KubeletsSnapshot {
    return Object.fromEntries([...this.byNode].map(([name, k]) => [name, k.runtime]));
  }

  /** Replaces every node's runtime with the snapshot's (the clock's queue comes back separately). */
  restore(snap: KubeletsSnapshot): void {
    this.byNode.clear();
    for (const runtime of Object.values(snap)) this.attach(runtime);
  }

  private startNode(name: string, runtime: NodeRuntime | undefined): void {
    const kubelet = this.attach(runtime ?? emptyRuntime(name, this.watchClient.get('/nodes', undefined, name)));
    adoptRunningPods(kubelet);
    kubelet.startLease();
  }

  private attach(runtime: NodeRuntime): Kubelet {
    const name = runtime.node;
    const kubelet = new Kubelet({ client: this.deps.client(name), clock: this.deps.clock, rand: this.deps.rand, recorder: this.deps.recorder(name), ...(this.deps.net ? { net: this.deps.net } : {}), ...(this.deps.volumeData ? { volumeData: this.deps.volumeData } : {}), ...(this.deps.commands ? { commands: this.deps.commands } : {}), ...(this.deps.registry ? { registry: this.deps.registry } : {}) }, runtime);
    this.byNode.set(name, kubelet);
    this.watchClient.server.registerNodeProxy(name, nodeProxy(kubelet));
    return kubelet;
  }
}

/** A node's runtime at kubelet start: the images node.status.images lists, nothing running. */
function emptyRuntime(node: string, obj: KubeObject | undefined): NodeRuntime {
  const images = ((obj?.status as { images?: Array<{ names?: string[] }> } | undefined)?.images ?? [])
    .flatMap((i) => (i.names ?? []).filter((n) => !n.includes('@')));
  return { node, images, pullFreeAtMs: 0, pods: {}, usedIps: [], hostPaths: {} };
}
