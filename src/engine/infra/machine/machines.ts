// Every node's machine: its root filesystem (base files under the state's writable layer), its
// systemd units wired to the node's kubelet, power (poweroff, reboot) and the static pods its
// kubelet runs from /etc/kubernetes/manifests. The cluster's composition root owns one.

import type { KubeObject } from '../../api/types.ts';
import type { VirtualClock } from '../../base/clock.ts';
import { parseTime } from '../../base/time.ts';
import type { ApiClient } from '../../client/client.ts';
import type { Kubelets } from '../../kubelet/kubelets.ts';
import type { ProfileInfo } from '../../profiles/profile.ts';
import { emptyLayer, type ImageFiles } from '../fs/layer.ts';
import { isFsError } from '../fs/errors.ts';
import { Vfs } from '../fs/vfs.ts';
import { baseFiles, MANIFESTS_DIR, type MachineFacts } from './base-files.ts';
import { appendJournal, type MachineState, type UnitName } from './state.ts';
import { declaredName, isMirrorPod, manifestOf, manifestText, mirrorPod } from './static-pods.ts';
import { applyUnits, startUnit, stopUnit } from './units.ts';

export const MACHINES_TARGET = 'machines';
/** A node machine's reboot: from the shutdown to systemd starting containerd and the kubelet again. */
export const REBOOT_MS = 40_000;
/** The kubelet's file source sees a change in the manifests directory (inotify) this soon. */
const MANIFEST_WATCH_MS = 200;
const CONTROL_PLANE_LABEL = 'node-role.kubernetes.io/control-plane';

export interface MachinesDeps {
  readonly clock: VirtualClock;
  readonly info: ProfileInfo;
  readonly kubelets: Kubelets;
  /** Reads nodes and mirror pods. */
  readonly client: ApiClient;
  /** The client a node's kubelet posts its mirror pods with. */
  readonly nodeClient: (node: string) => ApiClient;
  /** Stops or starts the control-plane process a static pod runs (kube-scheduler, …). */
  readonly setComponentRunning: (component: string, running: boolean) => void;
}

export type SystemctlAction = 'start' | 'stop' | 'restart';

export class Machines {
  private readonly base = new Map<string, ImageFiles>();

  constructor(private readonly deps: MachinesDeps) {
    deps.clock.register(MACHINES_TARGET, (key) => this.onEvent(key));
  }

  /**
   * After a restore: the control-plane processes follow the manifests the snapshot's machines hold.
   * A machine nobody entered yet has its state made on first use (so untouched nodes cost nothing).
   */
  restored(): void {
    for (const node of this.nodes()) {
      const state = this.deps.kubelets.kubelet(node)?.runtime.machine;
      if (!state) continue;
      const present = this.manifestNames(node);
      for (const name of Object.keys(state.staticPods)) this.deps.setComponentRunning(name, present.has(name));
    }
  }

  nodes(): string[] {
    return this.deps.client.list('/nodes').map((n) => n.metadata.name!).sort();
  }

  /** A node by its name or one of its addresses. */
  resolve(host: string): { readonly node: string; readonly ip: string } | undefined {
    for (const obj of this.deps.client.list('/nodes')) {
      const ip = internalIp(obj);
      if (obj.metadata.name === host || ip === host) return { node: obj.metadata.name!, ip };
    }
    return undefined;
  }

  facts(node: string): MachineFacts | undefined {
    const obj = this.deps.client.get('/nodes', undefined, node);
    if (!obj) return undefined;
    const { info } = this.deps;
    const nodes = this.deps.client.list('/nodes');
    const osImage = (obj.status as { nodeInfo?: { osImage?: string } } | undefined)?.nodeInfo?.osImage ?? 'Ubuntu 22.04.5 LTS';
    return {
      hostname: node, ip: internalIp(obj), controlPlane: obj.metadata.labels?.[CONTROL_PLANE_LABEL] !== undefined,
      server: info.server, clusterName: info.clusterName, caPem: info.caPem, adminConf: info.kubeconfig, osImage,
      hosts: nodes.map((n) => ({ name: n.metadata.name!, ip: internalIp(n) })), dnsIp: info.network.serviceCidr.replace(/\.\d+\/\d+$/, '.10'),
    };
  }

  /** The node's machine state, made on first use from what the node and its mirror pods show. */
  state(node: string): MachineState | undefined {
    const runtime = this.deps.kubelets.kubelet(node)?.runtime;
    if (!runtime) return undefined;
    runtime.machine ??= this.initialState(node);
    return runtime.machine;
  }

  /** The machine's root filesystem, seen from `/` at the current time. */
  fs(node: string): Vfs | undefined {
    const state = this.state(node);
    const facts = this.facts(node);
    if (!state || !facts) return undefined;
    let lower = this.base.get(node);
    if (!lower) {
      lower = baseFiles(facts);
      this.base.set(node, lower);
    }
    return new Vfs({ lower, upper: state.upper, lowerMtimeMs: state.bootMs }, this.deps.clock.nowMs);
  }

  poweredOn(node: string): boolean {
    const s = this.deps.kubelets.machineState(node);
    return s !== undefined && s !== 'powered-off';
  }

  systemctl(node: string, action: SystemctlAction, unit: UnitName): void {
    const state = this.state(node);
    if (!state) return;
    const now = this.deps.clock.nowMs;
    if (action !== 'start') stopUnit(state, unit, now);
    if (action !== 'stop') startUnit(state, unit, now);
    const wasDown = this.deps.kubelets.machineState(node) === 'stopped';
    applyUnits(state, this.deps.kubelets, node);
    if (wasDown && this.deps.kubelets.machineState(node) === 'running') this.manifestsChanged(node);
  }

  /** `poweroff`: every process stops; the machine stays off until powered on. */
  powerOff(node: string): void {
    const state = this.state(node);
    if (!state || !this.poweredOn(node)) return;
    const now = this.deps.clock.nowMs;
    for (const unit of ['kubelet', 'containerd'] as const) stopUnit(state, unit, now);
    this.deps.kubelets.powerOff(node);
  }

  /** `reboot`: off now, back (containerd, then the kubelet) after REBOOT_MS. */
  reboot(node: string): void {
    this.powerOff(node);
    this.deps.clock.schedule(MACHINES_TARGET, `boot\t${node}`, REBOOT_MS);
  }

  /** The machine boots: its units start, the kubelet re-reads its pods and static manifests. */
  boot(node: string): void {
    const state = this.state(node);
    if (!state || this.poweredOn(node)) return;
    const now = this.deps.clock.nowMs;
    state.bootMs = now - 9_000;
    for (const unit of ['containerd', 'kubelet'] as const) startUnit(state, unit, now);
    this.deps.kubelets.powerOn(node);
    this.manifestsChanged(node);
  }

  /** Records an ssh login and returns the previous one, for the banner's `Last login:` line. */
  login(node: string, from: string): { ms: number; from: string } | undefined {
    const state = this.state(node);
    if (!state) return undefined;
    const previous = state.lastLogin;
    state.lastLogin = { ms: this.deps.clock.nowMs, from };
    return previous;
  }

  /** Something in /etc/kubernetes/manifests changed: the kubelet's file source sees it shortly. */
  manifestsChanged(node: string): void {
    this.deps.clock.schedule(MACHINES_TARGET, `manifests\t${node}`, MANIFEST_WATCH_MS);
  }

  private onEvent(key: string): void {
    const [kind, node = ''] = key.split('\t');
    if (kind === 'boot') this.boot(node);
    else if (kind === 'manifests') this.syncStaticPods(node);
  }

  private manifestNames(node: string): Set<string> {
    const fs = this.fs(node);
    const names = fs?.readdir(MANIFESTS_DIR);
    const present = new Set<string>();
    if (!fs || !names || isFsError(names)) return present;
    for (const file of names) {
      if (file.startsWith('.')) continue;
      const content = fs.readFile(`${MANIFESTS_DIR}/${file}`);
      const name = isFsError(content) ? undefined : declaredName(content);
      if (name) present.add(name);
    }
    return present;
  }

  /** The kubelet's file source: a static pod runs (and is mirrored) exactly while its manifest is there. */
  private syncStaticPods(node: string): void {
    const state = this.state(node);
    const nodeObj = this.deps.client.get('/nodes', undefined, node);
    if (!state || !nodeObj || this.deps.kubelets.machineState(node) !== 'running') return;
    const present = this.manifestNames(node);
    const client = this.deps.nodeClient(node);
    for (const [name, text] of Object.entries(state.staticPods)) {
      const manifest = JSON.parse(text) as KubeObject;
      const namespace = manifest.metadata.namespace ?? 'default';
      const mirror = this.deps.client.get('/pods', namespace, `${name}-${node}`);
      const wanted = present.has(name);
      if (wanted && !mirror) client.create('/pods', mirrorPod(manifest, nodeObj, this.deps.clock.nowMs));
      if (!wanted && mirror) client.delete('/pods', namespace, mirror.metadata.name!, { gracePeriodSeconds: 0 });
      this.deps.setComponentRunning(name, wanted);
    }
  }

  private initialState(node: string): MachineState {
    const obj = this.deps.client.get('/nodes', undefined, node);
    const registeredMs = parseTime(obj?.metadata.creationTimestamp) ?? this.deps.info.bootTimeMs;
    const controlPlane = obj?.metadata.labels?.[CONTROL_PLANE_LABEL] !== undefined;
    const bootMs = registeredMs - (controlPlane ? 96_000 : 61_000);
    const kubeletMs = registeredMs - 4_000;
    const state: MachineState = {
      upper: emptyLayer(bootMs),
      bootMs,
      units: { containerd: { active: true, sinceMs: bootMs + 8_000, pid: 716 }, kubelet: { active: true, sinceMs: kubeletMs, pid: controlPlane ? 5_381 : 4_127 } },
      nextPid: 5_400,
      journal: [],
      staticPods: {},
    };
    appendJournal(state, { ms: bootMs + 8_000, ident: 'systemd', unit: 'containerd', pid: 1, text: 'Started containerd container runtime.' });
    appendJournal(state, { ms: kubeletMs, ident: 'systemd', unit: 'kubelet', pid: 1, text: 'Started kubelet: The Kubernetes Node Agent.' });
    const mirrors = this.deps.client.list('/pods', undefined, { fieldSelector: `spec.nodeName=${node}` }).filter((p) => isMirrorPod(p, node));
    for (const mirror of mirrors) {
      const manifest = manifestOf(mirror);
      const name = manifest.metadata.name!;
      state.staticPods[name] = JSON.stringify(manifest);
      state.upper.entries['/etc'] = { t: 'd', mode: 0o755, mtimeMs: bootMs };
      state.upper.entries['/etc/kubernetes'] = { t: 'd', mode: 0o755, mtimeMs: registeredMs };
      state.upper.entries[MANIFESTS_DIR] = { t: 'd', mode: 0o700, mtimeMs: registeredMs };
      state.upper.entries[`${MANIFESTS_DIR}/${name}.yaml`] = { t: 'f', data: manifestText(manifest), mode: 0o600, mtimeMs: registeredMs };
    }
    return state;
  }
}

function internalIp(node: KubeObject): string {
  const addresses = (node.status as { addresses?: Array<{ type: string; address: string }> } | undefined)?.addresses ?? [];
  return addresses.find((a) => a.type === 'InternalIP')?.address ?? '';
}
