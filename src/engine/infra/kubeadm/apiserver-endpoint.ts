// Whether an API server answers at a kubeconfig's server URL. On the `bare` machines it does once
// `kubeadm init` has the kube-apiserver static pod running (its manifest there, the kubelet up) and
// until `kubeadm reset`; nothing listens on kubectl's default http://localhost:8080.

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

/** Nothing answers at kubectl's default; profiles built as a running cluster do elsewhere, the bare machines once initialised. */
export function apiServerAnswers(info: ProfileInfo, machines: Machines, server: string): boolean {
  const hostPort = serverHostPort(server);
  if (hostPort === serverHostPort(DEFAULT_SERVER)) return false;
  if (!info.machines) return true;
  if (hostPort !== controlPlaneEndpoint(info.server)) return !/^(localhost|127\.0\.0\.1):/.test(hostPort);
  const master = machines.resolve(hostPort.split(':')[0]!);
  const state = master ? machines.state(master.node) : undefined;
  return state !== undefined && state.units.kubelet.active && machines.fs(master!.node)?.exists(APISERVER_MANIFEST) === true;
}
