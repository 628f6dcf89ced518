// What a node reports of its kubelet package: a restarted kubelet posts the version of the binary
// the package installed (status.nodeInfo.kubeletVersion, the VERSION column of `kubectl get nodes`).

import type { KubeObject } from '../../api/types.ts';
import { clone } from '../../base/json.ts';
import type { ApiClient } from '../../client/client.ts';
import { isStatusError } from '../../api/errors.ts';
import { binaryVersion, type PackageState } from './packages.ts';

interface NodeInfo {
  kubeletVersion?: string;
  kubeProxyVersion?: string;
}

/** The kubelet started from the installed package: its node status names that version. */
export function reportKubeletVersion(client: ApiClient, node: string, pkgs: PackageState): void {
  const obj = client.get('/nodes', undefined, node);
  const status = clone((obj?.status ?? {}) as { nodeInfo?: NodeInfo });
  const version = binaryVersion(pkgs.installed.kubelet);
  if (!obj || !status.nodeInfo || status.nodeInfo.kubeletVersion === version) return;
  status.nodeInfo.kubeletVersion = version;
  status.nodeInfo.kubeProxyVersion = version;
  try {
    client.updateStatus('/nodes', { ...obj, status } as KubeObject);
  } catch (e) {
    if (!isStatusError(e)) throw e;
  }
}
