// Whether an API server answers at a kubeconfig's server URL: the kube-apiserver static pod's
// manifest on the control-plane machine with its kubelet up (after `kubeadm init`, until `kubeadm
// reset` or the manifest is moved away); nothing listens on kubectl's default http://localhost:8080.

import type { Machines } from '../machine/machines.ts';
import type { ProfileInfo } from '../../profiles/profile.ts';
import { controlPlaneEndpoint } from './discovery.ts';

export const APISERVER_MANIFEST = '/etc/kubernetes/manifests/kube-apiserver.yaml';
/** kubectl's server when no kubeconfig names one. */
export const DEFAULT_SERVER = 'http://localhost:8080';

/** `host:port` of a server URL, with the scheme's default port. */
export function serverHostPort(server: string): string {
  const m = /^(https?):\/\/([^/]+)/.exec(server);
  if (!m) return server;
  return m[2]!.includes(':') ? m[2]! : `${m[2]!}:${m[1] === 'https' ? 443 : 80}`;
}

/**
 * Nothing answers at kubectl's default. The control plane's endpoint answers while kube-apiserver's
 * static pod runs: on the bare machines once initialised (manifest there, kubelet up); on a cluster
 * built running, until a running kubelet sees its manifest gone (a stopped kubelet leaves it running).
 */
export function apiServerAnswers(info: ProfileInfo, machines: Machines, server: string): boolean {
  const hostPort = serverHostPort(server);
  if (hostPort === serverHostPort(DEFAULT_SERVER)) return false;
  if (hostPort !== controlPlaneEndpoint(info.server)) return !info.machines || !/^(localhost|127\.0\.0\.1):/.test(hostPort);
  const master = machines.resolve(hostPort.split(':')[0]!);
  const state = master ? machines.state(master.node) : undefined;
  if (state === undefined) return !info.machines;
  const manifest = machines.fs(master!.node)?.exists(APISERVER_MANIFEST) === true;
  return info.machines ? state.units.kubelet.active && manifest : manifest || !state.units.kubelet.active;
}
