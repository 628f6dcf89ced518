// kubeadm's preflight checks that look at the machine: the ports the control plane and the kubelet
// hold, the files and directories a previous init or join left. Mirrors kubeadm's
// preflight/checks.go (RunInitNodeChecks, RunJoinNodeChecks), in its order, v1.31.

import { isFsError } from '../fs/errors.ts';
import type { Vfs } from '../fs/vfs.ts';
import type { MachineState } from '../machine/state.ts';

const MANIFESTS = '/etc/kubernetes/manifests';

export interface PreflightError {
  /** The check's name, as --ignore-preflight-errors spells it: Port-6443, FileAvailable--etc-…. */
  readonly name: string;
  readonly message: string;
}

export interface MachineView {
  readonly fs: Vfs;
  readonly state: MachineState;
}

/** A static pod runs while its manifest is in the kubelet's manifests directory and the kubelet works. */
function staticPodRuns(m: MachineView, component: string): boolean {
  return m.state.units.kubelet.active && m.state.units.containerd.active && m.fs.exists(`${MANIFESTS}/${component}.yaml`);
}

const portCheck = (port: number, inUse: boolean): PreflightError[] => (inUse ? [{ name: `Port-${port}`, message: `Port ${port} is in use` }] : []);

function fileAvailable(m: MachineView, path: string): PreflightError[] {
  return m.fs.exists(path) ? [{ name: `FileAvailable-${path.replace(/\//g, '-')}`, message: `${path} already exists` }] : [];
}

function dirAvailable(m: MachineView, path: string): PreflightError[] {
  const entries = m.fs.readdir(path);
  return !isFsError(entries) && entries.length > 0 ? [{ name: `DirAvailable-${path.replace(/\//g, '-')}`, message: `${path} is not empty` }] : [];
}

/** `kubeadm init`'s checks once it runs as root. */
export function initChecks(m: MachineView): PreflightError[] {
  const kubelet = m.state.units.kubelet.active;
  return [
    ...portCheck(6443, staticPodRuns(m, 'kube-apiserver')),
    ...portCheck(10259, staticPodRuns(m, 'kube-scheduler')),
    ...portCheck(10257, staticPodRuns(m, 'kube-controller-manager')),
    ...['kube-apiserver', 'kube-controller-manager', 'kube-scheduler', 'etcd'].flatMap((c) => fileAvailable(m, `${MANIFESTS}/${c}.yaml`)),
    ...portCheck(10250, kubelet),
    ...portCheck(2379, staticPodRuns(m, 'etcd')),
    ...portCheck(2380, staticPodRuns(m, 'etcd')),
    ...dirAvailable(m, '/var/lib/etcd'),
  ];
}

/** `kubeadm join`'s checks for a worker, once it runs as root. */
export function joinChecks(m: MachineView): PreflightError[] {
  return [
    ...dirAvailable(m, MANIFESTS),
    ...fileAvailable(m, '/etc/kubernetes/kubelet.conf'),
    ...portCheck(10250, m.state.units.kubelet.active),
    ...fileAvailable(m, '/etc/kubernetes/pki/ca.crt'),
  ];
}

/** --ignore-preflight-errors: names (case-insensitive) or `all`. */
export function splitIgnored(errors: readonly PreflightError[], ignored: readonly string[]): { fatal: PreflightError[]; warnings: PreflightError[] } {
  const set = new Set(ignored.map((n) => n.toLowerCase()));
  const isIgnored = (e: PreflightError): boolean => set.has('all') || set.has(e.name.toLowerCase());
  return { fatal: errors.filter((e) => !isIgnored(e)), warnings: errors.filter(isIgnored) };
}
