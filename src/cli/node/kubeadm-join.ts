// `kubeadm join` (and the preflight `init` shares): the checks a machine fails, token discovery (a
// token the cluster does not know is retried until the 5-minute discovery timeout), and on a bare
// machine the kubelet's start and TLS bootstrap. Mirrors kubeadm cmd/join.go, discovery/token (v1.31).

import {
  apiServerAnswers, caCertHash, checkClusterInfoSignature, controlPlaneEndpoint, initChecks, joinChecks, kubeletRegisters, nodeFacts,
  restartKubelet, splitIgnored, TOKEN_PATTERN, writeJoinedKubelet, type Cluster,
} from '../../engine/index.ts';
import type { CommandContext, Process } from '../shell/types.ts';
import { failAfter } from './fail-after.ts';
import { goDuration, NOT_ROOT, parseFlags, phaseError, reportPreflight, timeline } from './kubeadm-output.ts';
import { isRoot, type NodeEnv } from './node-env.ts';

export const KUBEADM_VERSION = 'v1.31.4';
/** The kubelet answers its healthz; the CSR is approved and the client certificate issued. */
export const KUBELET_HEALTHY_MS = 1_001;
const TLS_BOOTSTRAP_MS = 1_480;
const DISCOVERY_TIMEOUT_MS = 5 * 60_000;
export const INIT_FLAGS = {
  'pod-network-cidr': 'value', 'apiserver-advertise-address': 'value', 'control-plane-endpoint': 'value',
  'kubernetes-version': 'value', 'ignore-preflight-errors': 'value', 'service-cidr': 'value', 'cri-socket': 'value',
} as const;
const JOIN_FLAGS = {
  token: 'value', 'discovery-token-ca-cert-hash': 'value', 'discovery-token-unsafe-skip-ca-verification': 'bool',
  'ignore-preflight-errors': 'value', 'cri-socket': 'value', 'node-name': 'value',
} as const;

export const ignoredOf = (values: Map<string, string>): string[] => (values.get('ignore-preflight-errors') ?? '').split(',').filter((n) => n !== '');

function machineView(cluster: Cluster, node: string): { fs: NonNullable<ReturnType<Cluster['machines']['fs']>>; state: NonNullable<ReturnType<Cluster['machines']['state']>> } | undefined {
  const fs = cluster.machines.fs(node);
  const state = cluster.machines.state(node);
  return fs && state ? { fs, state } : undefined;
}

/** Root first, on its own (kubeadm fails fast), then the machine's checks. */
export function preflight(env: NodeEnv, ctx: CommandContext, ignored: readonly string[], which: 'init' | 'join'): number | undefined {
  ctx.io.stdout.write('[preflight] Running pre-flight checks\n');
  const root = splitIgnored(isRoot(ctx) ? [] : [NOT_ROOT], ignored);
  const rootFailed = reportPreflight(ctx, root.fatal, root.warnings);
  if (rootFailed !== undefined) return rootFailed;
  const view = machineView(env.cluster, env.node);
  const found = view ? (which === 'init' ? initChecks(view) : joinChecks(view)) : [];
  const { fatal, warnings } = splitIgnored(found, ignored);
  return reportPreflight(ctx, fatal, warnings);
}

/** Token discovery against the cluster's API server; undefined once the API server is trusted. */
function discover(env: NodeEnv, ctx: CommandContext, endpoint: string, token: string, pin: string | undefined): number | Process | undefined {
  const { cluster } = env;
  const [, id = '', secret = ''] = TOKEN_PATTERN.exec(token) ?? [];
  const identity = (cause: string) => () => ctx.io.stderr.write(`error execution phase preflight: couldn't validate the identity of the API Server: ${cause}\nTo see the stack trace of this error execute with --v=5 or higher\n`);
  if (endpoint === controlPlaneEndpoint(cluster.info.server) && !apiServerAnswers(cluster.info, cluster.machines, cluster.info.server)) {
    const url = `https://${endpoint}/api/v1/namespaces/kube-public/configmaps/cluster-info?timeout=10s`;
    return failAfter(ctx, DISCOVERY_TIMEOUT_MS, identity(`failed to request the cluster-info ConfigMap: Get "${url}": dial tcp ${endpoint}: connect: connection refused`));
  }
  if (endpoint !== controlPlaneEndpoint(cluster.info.server)) {
    const url = `https://${endpoint}/api/v1/namespaces/kube-public/configmaps/cluster-info?timeout=10s`;
    return failAfter(ctx, DISCOVERY_TIMEOUT_MS, identity(`failed to request the cluster-info ConfigMap: Get "${url}": dial tcp ${endpoint}: connect: no route to host`));
  }
  const signature = checkClusterInfoSignature(cluster.client(), id, secret);
  if (signature === 'missing') return failAfter(ctx, DISCOVERY_TIMEOUT_MS, identity(`could not find a JWS signature in the cluster-info ConfigMap for token ID "${id}"`));
  if (signature === 'mismatch') return failAfter(ctx, DISCOVERY_TIMEOUT_MS, identity("failed to verify JWS signature of received cluster info object, can't trust this API Server"));
  const actual = caCertHash(cluster.info.caPem) ?? '';
  if (pin !== undefined && pin !== actual) {
    identity(`cluster CA found in cluster-info ConfigMap is invalid: none of the public keys "${actual}" are pinned`)();
    return 1;
  }
  return undefined;
}

export function kubeadmJoin(env: NodeEnv, ctx: CommandContext, args: readonly string[]): number | Process {
  const flags = parseFlags(ctx, args, JOIN_FLAGS);
  if (typeof flags === 'number') return flags;
  const token = flags.values.get('token') ?? '';
  const pin = flags.values.get('discovery-token-ca-cert-hash');
  if (token === '') return phaseError(ctx, 'preflight', 'discovery: Invalid value: "": bootstrapToken or file must be set');
  if (pin === undefined && !flags.values.has('discovery-token-unsafe-skip-ca-verification')) {
    return phaseError(ctx, 'preflight', 'discovery.bootstrapToken: Invalid value: "": using token-based discovery without caCertHashes can be unsafe. Set unsafeSkipCAVerification as true in your kubeadm config file or pass --discovery-token-unsafe-skip-ca-verification flag to continue');
  }
  const failed = preflight(env, ctx, ignoredOf(flags.values), 'join');
  if (failed !== undefined) return failed;
  const discovered = discover(env, ctx, flags.positional[0] ?? '', token, pin);
  if (discovered !== undefined) return discovered;
  ctx.io.stdout.write('[preflight] Reading configuration from the "kubeadm-config" ConfigMap in namespace "kube-system"...\n'
    + "[preflight] Use 'kubeadm init phase upload-config --config your-config-file' to re-upload it.\n");
  const name = flags.values.get('node-name') ?? env.node;
  const cluster = env.cluster;
  const node = cluster.client().get('/nodes', undefined, name);
  const ready = (node?.status as { conditions?: Array<{ type: string; status: string }> } | undefined)?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True');
  if (ready) return phaseError(ctx, 'kubelet-start', `a Node with name "${name}" and status "Ready" already exists in the cluster. You must delete the existing Node or change the name of this new joining Node`);
  if (node || !cluster.info.machines?.some((m) => m.name === name)) {
    ctx.io.stderr.write('kubelab: joining a machine again is not simulated\n');
    return 1;
  }
  return joinSteps(env, ctx);
}

/** The podSubnet of the uploaded ClusterConfiguration (node IPAM's cluster CIDR). */
function podSubnet(cluster: Cluster): string {
  const config = cluster.client().get('/configmaps', 'kube-system', 'kubeadm-config');
  return /podSubnet: (\S+)/.exec(String((config?.data as Record<string, string> | undefined)?.ClusterConfiguration ?? ''))?.[1] ?? '10.244.0.0/16';
}

/** [kubelet-start] and the TLS bootstrap, then the node is in the cluster (NotReady until its CNI agent runs). */
function joinSteps(env: NodeEnv, ctx: CommandContext): Process {
  const { cluster, node } = env;
  const out = (text: string): void => ctx.io.stdout.write(text);
  const facts = nodeFacts(cluster, node, podSubnet(cluster), false);
  return timeline(ctx, [
    { afterMs: 420, run: () => {
      writeJoinedKubelet(cluster, node);
      restartKubelet(cluster, node);
      out('[kubelet-start] Writing kubelet configuration to file "/var/lib/kubelet/config.yaml"\n'
        + '[kubelet-start] Writing kubelet environment file with flags to file "/var/lib/kubelet/kubeadm-flags.env"\n'
        + '[kubelet-start] Starting the kubelet\n'
        + '[kubelet-check] Waiting for a healthy kubelet at http://127.0.0.1:10248/healthz. This can take up to 4m0s\n');
    } },
    { afterMs: KUBELET_HEALTHY_MS, run: () => out(`[kubelet-check] The kubelet is healthy after ${goDuration(KUBELET_HEALTHY_MS, cluster.rand.int(1_000_000))}\n[kubelet-start] Waiting for the kubelet to perform the TLS Bootstrap\n`) },
    { afterMs: TLS_BOOTSTRAP_MS, run: () => {
      kubeletRegisters(cluster, facts, []);
      out('\nThis node has joined the cluster:\n* Certificate signing request was sent to apiserver and a response was received.\n'
        + '* The Kubelet was informed of the new secure connection details.\n\n'
        + "Run 'kubectl get nodes' on the control-plane to see this node join the cluster.\n\n");
    } },
  ]);
}
