// client-go's in-cluster config, kubectl's fallback inside a pod when its kubeconfig names no server
// (clientcmd DeferredLoadingClientConfig, rest.InClusterConfig): KUBERNETES_SERVICE_HOST/PORT, the
// ServiceAccount token and namespace files. Without them kubectl keeps its default localhost:8080.

import type { VirtualFs } from '../../fs/virtual-fs.ts';
import { currentContext, emptyKubeconfig, type Kubeconfig } from '../kubeconfig.ts';

export const SERVICE_ACCOUNT_DIR = '/var/run/secrets/kubernetes.io/serviceaccount';
const TOKEN_FILE = `${SERVICE_ACCOUNT_DIR}/token`;
const NAMESPACE_FILE = `${SERVICE_ACCOUNT_DIR}/namespace`;
const IN_CLUSTER = 'in-cluster';

/** A kubeconfig as kubectl loaded it, and where from. */
export interface LoadedConfig {
  readonly kubeconfig: Kubeconfig;
  readonly kubeconfigPath: string;
}

function readable(fs: VirtualFs, path: string): string | undefined {
  return fs.stat(path)?.type === 'file' ? fs.readFile(path) : undefined;
}

/** inClusterClientConfig: when Possible(), its config as a kubeconfig of one context. */
export function inClusterConfig(fs: VirtualFs, env: (name: string) => string | undefined): Kubeconfig | undefined {
  const host = env('KUBERNETES_SERVICE_HOST') ?? '';
  const port = env('KUBERNETES_SERVICE_PORT') ?? '';
  if (host === '' || port === '' || readable(fs, TOKEN_FILE) === undefined) return undefined;
  const namespace = env('POD_NAMESPACE') || readable(fs, NAMESPACE_FILE)?.trim() || 'default';
  return {
    ...emptyKubeconfig(),
    clusters: [{ name: IN_CLUSTER, cluster: { server: `https://${host.includes(':') ? `[${host}]` : host}:${port}`, 'certificate-authority': `${SERVICE_ACCOUNT_DIR}/ca.crt` } }],
    users: [{ name: IN_CLUSTER, user: { tokenFile: TOKEN_FILE } }],
    contexts: [{ name: IN_CLUSTER, context: { cluster: IN_CLUSTER, user: IN_CLUSTER, namespace } }],
    'current-context': IN_CLUSTER,
  };
}

/** A kubeconfig that configures no server (none, or no current context) yields to the in-cluster config, when there is one. */
export function orInCluster(loaded: LoadedConfig, inCluster: Kubeconfig | undefined, contextOverride: string): LoadedConfig {
  const context = currentContext(loaded.kubeconfig, contextOverride);
  const server = loaded.kubeconfig.clusters.find((c) => c.name === context?.context.cluster)?.cluster.server;
  if (!inCluster || (typeof server === 'string' && server !== '')) return loaded;
  return { ...loaded, kubeconfig: inCluster };
}
