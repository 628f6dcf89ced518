// `kubeadm init` on a bare machine: the preflight, the image pulls, then each phase's lines as the
// real tool prints them while the machine and the cluster change under it, in virtual time, and
// the closing instructions with the join command. Mirrors kubeadm cmd/init.go and phases (v1.31).

import {
  applyAddons, caCertHash, controlPlaneEndpoint, controlPlaneUp, nodeFacts, pullImages, restartKubelet, uploadConfigAndToken,
  klogTime, writeControlPlane, CONTROL_PLANE_IMAGES, type Cluster,
} from '../../engine/index.ts';
import type { CommandContext, Process } from '../shell/types.ts';
import { goDuration, parseFlags, timeline, type TimedStep } from './kubeadm-output.ts';
import { INIT_FLAGS, ignoredOf, KUBEADM_VERSION, KUBELET_HEALTHY_MS, preflight } from './kubeadm-join.ts';
import type { NodeEnv } from './node-env.ts';

const PKI = '/etc/kubernetes/pki';
/** Pulling the seven images on the lab's network; the certificates' RSA keys; the kubelet and the API server coming up. */
const PULL_MS = 23_400;
const API_HEALTHY_MS = 7_502;
const DEFAULT_POD_CIDR = '10.244.0.0/16';

const certLines = (node: string, ip: string, endpointHost: string | undefined): string[] => {
  const names = [node, 'kubernetes', 'kubernetes.default', 'kubernetes.default.svc', 'kubernetes.default.svc.cluster.local'];
  const ips = ['10.96.0.1', ip];
  if (endpointHost && /^\d+(\.\d+){3}$/.test(endpointHost)) { if (!ips.includes(endpointHost)) ips.push(endpointHost); } else if (endpointHost) names.push(endpointHost);
  const gen = (name: string): string => `[certs] Generating "${name}" certificate and key`;
  const etcdSans = (name: string): string => `[certs] ${name} serving cert is signed for DNS names [${node} localhost] and IPs [${ip} 127.0.0.1 ::1]`;
  return [
    `[certs] Using certificateDir folder "${PKI}"`, gen('ca'), gen('apiserver'),
    `[certs] apiserver serving cert is signed for DNS names [${names.join(' ')}] and IPs [${ips.join(' ')}]`,
    gen('apiserver-kubelet-client'), gen('front-proxy-ca'), gen('front-proxy-client'), gen('etcd/ca'), gen('etcd/server'), etcdSans('etcd/server'),
    gen('etcd/peer'), etcdSans('etcd/peer'), gen('etcd/healthcheck-client'), gen('apiserver-etcd-client'), '[certs] Generating "sa" key and public key',
  ];
};

const KUBECONFIG_LINES = ['[kubeconfig] Using kubeconfig folder "/etc/kubernetes"',
  ...['admin.conf', 'super-admin.conf', 'kubelet.conf', 'controller-manager.conf', 'scheduler.conf'].map((f) => `[kubeconfig] Writing "${f}" kubeconfig file`)];
const MANIFEST_LINES = [
  '[etcd] Creating static Pod manifest for local etcd in "/etc/kubernetes/manifests"', '[control-plane] Using manifest folder "/etc/kubernetes/manifests"',
  ...['kube-apiserver', 'kube-controller-manager', 'kube-scheduler'].map((c) => `[control-plane] Creating static Pod manifest for "${c}"`),
  '[kubelet-start] Writing kubelet environment file with flags to file "/var/lib/kubelet/kubeadm-flags.env"',
  '[kubelet-start] Writing kubelet configuration to file "/var/lib/kubelet/config.yaml"', '[kubelet-start] Starting the kubelet',
  '[wait-control-plane] Waiting for the kubelet to boot up the control plane as static Pods from directory "/etc/kubernetes/manifests"',
  '[kubelet-check] Waiting for a healthy kubelet at http://127.0.0.1:10248/healthz. This can take up to 4m0s',
];
const BOOTSTRAP_LINES = [
  '[bootstrap-token] Configuring bootstrap tokens, cluster-info ConfigMap, RBAC Roles',
  '[bootstrap-token] Configured RBAC rules to allow Node Bootstrap tokens to get nodes',
  '[bootstrap-token] Configured RBAC rules to allow Node Bootstrap tokens to post CSRs in order for nodes to get long term certificate credentials',
  '[bootstrap-token] Configured RBAC rules to allow the csrapprover controller automatically approve CSRs from a Node Bootstrap Token',
  '[bootstrap-token] Configured RBAC rules to allow certificate rotation for all node client certificates in the cluster',
  '[bootstrap-token] Creating the "cluster-info" ConfigMap in the "kube-public" namespace',
  '[kubelet-finalize] Updating "/etc/kubernetes/kubelet.conf" to point to a rotatable kubelet client certificate and key',
];

function successText(endpoint: string, token: string, hash: string): string {
  return `
Your Kubernetes control-plane has initialized successfully!

To start using your cluster, you need to run the following as a regular user:

  mkdir -p $HOME/.kube
  sudo cp -i /etc/kubernetes/admin.conf $HOME/.kube/config
  sudo chown $(id -u):$(id -g) $HOME/.kube/config

Alternatively, if you are the root user, you can run:

  export KUBECONFIG=/etc/kubernetes/admin.conf

You should now deploy a pod network to the cluster.
Run "kubectl apply -f [podnetwork].yaml" with one of the options listed at:
  https://kubernetes.io/docs/concepts/cluster-administration/addons/

Then you can join any number of worker nodes by running the following on each as root:

kubeadm join ${endpoint} --token ${token} \\
\t--discovery-token-ca-cert-hash ${hash} 
`;
}

/** klog's header for kubeadm's own warning, `W0317 08:31:02.123456    4321 checks.go:846] `. */
function klogWarning(nowMs: number, pid: number): string {
  return `W${klogTime(nowMs)} ${String(pid).padStart(7)} checks.go:846] `;
}

function steps(env: NodeEnv, ctx: CommandContext, podCidr: string, endpointFlag: string | undefined): TimedStep[] {
  const { cluster, node } = env;
  const out = (lines: readonly string[]): void => ctx.io.stdout.write(lines.map((l) => `${l}\n`).join(''));
  const ip = cluster.machines.resolve(node)?.ip ?? '';
  const endpoint = endpointFlag ? (endpointFlag.includes(':') ? endpointFlag : `${endpointFlag}:6443`) : controlPlaneEndpoint(cluster.info.server);
  const facts = nodeFacts(cluster, node, podCidr, true);
  const pid = (cluster.machines.state(node)?.nextPid ?? 5_400) + 211;
  let token = '';
  return [
    { afterMs: 300, run: () => out(['[preflight] Pulling images required for setting up a Kubernetes cluster', '[preflight] This might take a minute or two, depending on the speed of your internet connection', "[preflight] You can also perform this action beforehand using 'kubeadm config images pull'"]) },
    { afterMs: PULL_MS, run: () => {
      pullImages(cluster, node, CONTROL_PLANE_IMAGES);
      ctx.io.stderr.write(`${klogWarning(cluster.nowMs, pid)}detected that the sandbox image "registry.k8s.io/pause:3.8" of the container runtime is inconsistent with that used by kubeadm.It is recommended to use "registry.k8s.io/pause:3.10" as the CRI sandbox image.\n`);
    } },
    { afterMs: 40, run: () => out(certLines(node, ip, endpointFlag?.split(':')[0])) },
    { afterMs: 1_650, run: () => out(KUBECONFIG_LINES) },
    { afterMs: 420, run: () => {
      writeControlPlane(cluster, node, podCidr);
      restartKubelet(cluster, node);
      // Deviation from upstream: the API server takes its objects and the kubelet registers at once (not some seconds on).
      controlPlaneUp(cluster, facts);
      out(MANIFEST_LINES);
    } },
    { afterMs: KUBELET_HEALTHY_MS, run: () => out([`[kubelet-check] The kubelet is healthy after ${goDuration(KUBELET_HEALTHY_MS, cluster.rand.int(1_000_000))}`, '[api-check] Waiting for a healthy API server. This can take up to 4m0s']) },
    { afterMs: API_HEALTHY_MS, run: () => {
      out([`[api-check] The API server is healthy after ${goDuration(API_HEALTHY_MS, cluster.rand.int(1_000_000))}`]);
    } },
    { afterMs: 60, run: () => {
      token = uploadConfigAndToken(cluster, podCidr);
      out(['[upload-config] Storing the configuration used in ConfigMap "kubeadm-config" in the "kube-system" Namespace',
        '[kubelet] Creating a ConfigMap "kubelet-config" in namespace kube-system with the configuration for the kubelets in the cluster',
        '[upload-certs] Skipping phase. Please see --upload-certs',
        `[mark-control-plane] Marking the node ${node} as control-plane by adding the labels: [node-role.kubernetes.io/control-plane node.kubernetes.io/exclude-from-external-load-balancers]`,
        `[mark-control-plane] Marking the node ${node} as control-plane by adding the taints [node-role.kubernetes.io/control-plane:NoSchedule]`,
        `[bootstrap-token] Using token: ${token}`, ...BOOTSTRAP_LINES]);
    } },
    { afterMs: 480, run: () => {
      applyAddons(cluster, podCidr);
      out(['[addons] Applied essential addon: CoreDNS', '[addons] Applied essential addon: kube-proxy']);
      ctx.io.stdout.write(successText(endpoint, token, caCertHash(cluster.info.caPem) ?? ''));
    } },
  ];
}

export function kubeadmInit(env: NodeEnv, ctx: CommandContext, args: readonly string[]): number | Process {
  const flags = parseFlags(ctx, args, INIT_FLAGS);
  if (typeof flags === 'number') return flags;
  ctx.io.stdout.write(`[init] Using Kubernetes version: ${flags.values.get('kubernetes-version') ?? KUBEADM_VERSION}\n`);
  const failed = preflight(env, ctx, ignoredOf(flags.values), 'init');
  if (failed !== undefined) return failed;
  if (!isBare(env.cluster, env.node)) {
    ctx.io.stderr.write('kubelab: initialising a machine again over a running control plane is not simulated\n');
    return 1;
  }
  return timeline(ctx, steps(env, ctx, flags.values.get('pod-network-cidr') ?? DEFAULT_POD_CIDR, flags.values.get('control-plane-endpoint')));
}

/** A machine of the bare profile that is not a node yet. */
function isBare(cluster: Cluster, node: string): boolean {
  return cluster.info.machines?.some((m) => m.name === node) === true && !cluster.client().get('/nodes', undefined, node);
}
