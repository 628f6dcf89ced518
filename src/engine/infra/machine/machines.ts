// Every node's machine: its root filesystem (base files under the state's writable layer), its
// systemd units wired to the node's kubelet, power (poweroff, reboot) and the static pods its
// kubelet runs from /etc/kubernetes/manifests. The cluster's composition root owns one.

import type { KubeObject } from '../../api/types.ts';
import type { VirtualClock } from '../../base/clock.ts';
import { parseTime } from '../../base/time.ts';
import type { ApiClient } from '../../client/client.ts';
import type { Kubelets } from '../../kubelet/kubelets.ts';
import type { BareMachine, ProfileInfo } from '../../profiles/profile.ts';
import { bareState, KUBELET_CONFIG, startCrashLoop } from '../kubeadm/bare-machine.ts';
import { emptyLayer, type ImageFiles } from '../fs/layer.ts';
import { isFsError } from '../fs/errors.ts';
import { Vfs } from '../fs/vfs.ts';
import { baseFiles, MANIFESTS_DIR, type MachineFacts } from './base-files.ts';
import { appendJournal, type MachineState, type UnitName } from './state.ts';
import { declaredName, isMirrorPod, manifestOf, manifestText, mirrorPod } from './static-pods.ts';
import { packagesOf } from './packages.ts';
import { reportKubeletVersion } from './packages-kubelet.ts';
import { localImage } from '../../kubelet/image-source.ts';
import { applyUnits, startUnit, stopUnit } from './units.ts';

export const MACHINES_TARGET = 'machines';
/** A node machine's reboot: from the shutdown to systemd starting containerd and the kubelet again. */
export const REBOOT_MS = 40_000;
/** The kubelet's file source sees a change in the manifests directory (inotify) this soon. */
const MANIFEST_WATCH_MS = 200;
const CONTROL_PLANE_LABEL = 'node-role.kubernetes.io/control-plane';
const OS_IMAGE = 'Ubuntu 22.04.5 LTS';

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
    for (const machine of deps.info.machines ?? []) deps.kubelets.addMachine(machine.name);
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
    const names = new Set([...this.deps.client.list('/nodes').map((n) => n.metadata.name!), ...(this.deps.info.machines ?? []).map((m) => m.name)]);
    return [...names].sort();
  }

  /** A node by its name or one of its addresses. */
  resolve(host: string): { readonly node: string; readonly ip: string } | undefined {
    for (const obj of this.deps.client.list('/nodes')) {
      const ip = internalIp(obj);
      if (obj.metadata.name === host || ip === host) return { node: obj.metadata.name!, ip };
    }
    const bare = this.deps.info.machines?.find((m) => m.name === host || m.ip === host);
    return bare ? { node: bare.name, ip: bare.ip } : undefined;
  }

  facts(node: string): MachineFacts | undefined {
    const { info } = this.deps;
    const bare = info.machines?.find((m) => m.name === node);
    if (bare) return bareFacts(info, bare);
    const obj = this.deps.client.get('/nodes', undefined, node);
    if (!obj) return undefined;
    const nodes = this.deps.client.list('/nodes');
    const osImage = (obj.status as { nodeInfo?: { osImage?: string } } | undefined)?.nodeInfo?.osImage ?? OS_IMAGE;
    return {
      hostname: node, ip: internalIp(obj), controlPlane: obj.metadata.labels?.[CONTROL_PLANE_LABEL] !== undefined,
      server: info.server, clusterName: info.clusterName, caPem: info.caPem, adminConf: info.kubeconfig, osImage,
      hosts: nodes.map((n) => ({ name: n.metadata.name!, ip: internalIp(n) })), dnsIp: dnsIp(info), kubeadmFiles: true,
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
    const withoutConfig = unit === 'kubelet' && this.fs(node)?.exists(KUBELET_CONFIG) === false;
    if (action !== 'stop' && withoutConfig) startCrashLoop(state, now);
    else if (action !== 'stop') startUnit(state, unit, now);
    const wasDown = this.deps.kubelets.machineState(node) === 'stopped';
    applyUnits(state, this.deps.kubelets, node);
    if (wasDown && this.deps.kubelets.machineState(node) === 'running') this.manifestsChanged(node);
    if (unit === 'kubelet' && this.deps.kubelets.machineState(node) === 'running') reportKubeletVersion(this.deps.nodeClient(node), node, packagesOf(state));
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
    reportKubeletVersion(this.deps.nodeClient(node), node, packagesOf(state));
    this.manifestsChanged(node);
  }

  /** The API server's version: the image tag of the kube-apiserver static pod, when one runs. */
  serverVersion(): string | undefined {
    const pod = this.deps.client.list('/pods', 'kube-system', { labelSelector: 'component=kube-apiserver' })[0];
    const image = (pod?.spec as { containers?: Array<{ image?: string }> } | undefined)?.containers?.[0]?.image;
    return image?.slice(image.lastIndexOf(':') + 1);
  }

  /** kubeadm rewrites a static pod's manifest (upgrade): the file, then the pod the kubelet runs from it. */
  replaceStaticPod(node: string, manifest: KubeObject): void {
    const state = this.state(node);
    const fs = this.fs(node);
    if (!state || !fs) return;
    const name = manifest.metadata.name!;
    state.staticPods[name] = JSON.stringify(manifest);
    fs.writeFile(`${MANIFESTS_DIR}/${name}.yaml`, manifestText(manifest), { mode: 0o600 });
    this.manifestsChanged(node);
  }

  /** Images put in the node's containerd store ahead of use (kubeadm's prepull). */
  pullImages(node: string, refs: readonly string[]): void {
    const images = this.deps.kubelets.kubelet(node)?.runtime.images;
    for (const ref of refs) {
      const found = localImage(ref);
      if (images && found.ok && !images.includes(found.image.ref)) images.push(found.image.ref);
    }
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
      if (wanted && mirror && imagesOf(mirror) !== imagesOf(manifest)) {
        client.delete('/pods', namespace, mirror.metadata.name!, { gracePeriodSeconds: 0 });
        client.create('/pods', mirrorPod(manifest, nodeObj, this.deps.clock.nowMs));
      }
      if (!wanted && mirror) client.delete('/pods', namespace, mirror.metadata.name!, { gracePeriodSeconds: 0 });
      this.deps.setComponentRunning(name, wanted);
    }
  }

  private initialState(node: string): MachineState {
    if (this.deps.info.machines?.some((m) => m.name === node)) return bareState(this.deps.info.bootTimeMs);
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

const dnsIp = (info: ProfileInfo): string => info.network.serviceCidr.replace(/\.\d+\/\d+$/, '.10');

/** A machine kubeadm has not set up yet: only what the packages installed is in its base files. */
function bareFacts(info: ProfileInfo, machine: BareMachine): MachineFacts {
  return {
    hostname: machine.name, ip: machine.ip, controlPlane: false, server: info.server, clusterName: info.clusterName, caPem: info.caPem,
    adminConf: '', osImage: OS_IMAGE, hosts: (info.machines ?? []).map((m) => ({ name: m.name, ip: m.ip })), dnsIp: dnsIp(info), kubeadmFiles: false,
  };
}

/** The images a pod runs: a manifest whose images changed is a new pod for the kubelet. */
function imagesOf(pod: KubeObject): string {
  return ((pod.spec as { containers?: Array<{ image?: string }> } | undefined)?.containers ?? []).map((c) => c.image).join(',');
}

function internalIp(node: KubeObject): string {
  const addresses = (node.status as { addresses?: Array<{ type: string; address: string }> } | undefined)?.addresses ?? [];
  return addresses.find((a) => a.type === 'InternalIP')?.address ?? '';
}
