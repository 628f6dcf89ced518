// `kubeadm upgrade` on a node: the subcommands, and `plan` (the versions it could upgrade to, the
// kubelets left to upgrade by hand, the control plane's components and the component configs), as
// kubeadm v1.32 prints them (cmd/upgrade/plan.go, phases/upgrade/compute.go).

import { COREDNS_VERSION, etcdVersionFor, latestPatch, latestStable, parseVersion, type ApiClient } from '../../engine/index.ts';
import type { CommandContext, Process } from '../shell/types.ts';
import { tabbed, type TabWriterConfig } from '../kubectl/printers/tabwriter.ts';
import { STACK_TRACE_HINT } from './kubeadm-output.ts';
import { kubeadmUpgradeApply } from './kubeadm-upgrade-apply.ts';
import { kubeadmUpgradeNode } from './kubeadm-upgrade-node.ts';
import { ADMIN_CONF, CONTROL_PLANE_LABEL, klog, kubeadmPid, legacyKubeadm, loadFacts, staticPodTag, type UpgradeFacts } from './kubeadm-upgrade-steps.ts';
import type { NodeEnv } from './node-env.ts';

/** kubeadm's tabwriter: min width 10, padding 3. */
const KUBEADM_TABLE: TabWriterConfig = { minWidth: 10, padding: 3, rememberWidths: false };
const SEPARATOR = '_____________________________________________________________________\n';
const USAGE = `Upgrade your cluster smoothly to a newer version with this command

Usage:
  kubeadm upgrade [flags]
  kubeadm upgrade [command]

Available Commands:
  apply       Upgrade your Kubernetes cluster to the specified version
  diff        Show what differences would be applied to existing static pod manifests. See also: kubeadm upgrade apply --dry-run
  node        Upgrade commands for a node in the cluster
  plan        Check which versions are available to upgrade to and validate whether your current cluster is upgradeable.

Flags:
  -h, --help   help for upgrade

Global Flags:
      --add-dir-header           If true, adds the file directory to the header of the log messages
      --log-file string          If non-empty, use this log file (no effect when -logtostderr=true)
      --log-file-max-size uint   Defines the maximum size a log file can grow to (no effect when -logtostderr=true). Unit is megabytes. If the value is 0, the maximum file size is unlimited. (default 1800)
      --one-output               If true, only write logs to their native severity level (vs also writing to each lower severity level; no effect when -logtostderr=true)
      --rootfs string            The path to the 'real' host root filesystem. This will cause kubeadm to chroot into the provided path.
      --skip-headers             If true, avoid header prefixes in the log messages
      --skip-log-headers         If true, avoid headers when opening log files (no effect when -logtostderr=true)
  -v, --v Level                  number for the log level verbosity

Use "kubeadm upgrade [command] --help" for more information about a command.
`;

interface Offer {
  readonly description: string;
  readonly target: string;
  readonly kubeadm: string;
}

const vless = (a: string, b: string): boolean => {
  const [x, y] = [parseVersion(a), parseVersion(b)];
  return !!x && !!y && (x.minor !== y.minor ? x.minor < y.minor : x.patch < y.patch);
};

/** GetAvailableUpgrades, with dl.k8s.io's stable label capped to kubeadm's own minor. */
function offers(facts: UpgradeFacts, stable: string): Offer[] {
  const list: Offer[] = [];
  let minor = vless(facts.cluster, stable);
  if (!vless(stable, facts.cluster)) {
    const branch = `${parseVersion(facts.cluster)!.major}.${parseVersion(facts.cluster)!.minor}`;
    const patch = latestPatch(parseVersion(facts.cluster)!.minor) ?? facts.cluster;
    minor = vless(patch, stable);
    if (vless(facts.cluster, patch)) {
      list.push({ description: `version in the v${branch} series`, target: patch, kubeadm: vless(facts.kubeadm, patch) ? patch : facts.kubeadm });
    }
  }
  if (minor) list.push({ description: 'stable version', target: stable, kubeadm: stable });
  return list;
}

function controlPlaneNodes(client: ApiClient): string[] {
  return client.list('/nodes').filter((n) => n.metadata.labels?.[CONTROL_PLANE_LABEL] !== undefined).map((n) => n.metadata.name!).sort();
}

function corednsTag(client: ApiClient): string {
  const image = client.get('apps/deployments', 'kube-system', 'coredns')?.spec as { template?: { spec?: { containers?: Array<{ image?: string }> } } } | undefined;
  const ref = image?.template?.spec?.containers?.[0]?.image ?? '';
  return ref.slice(ref.lastIndexOf(':') + 1);
}

function printOffer(facts: UpgradeFacts, offer: Offer): string {
  const { client } = facts;
  const kubelets = client.list('/nodes').map((n) => [n.metadata.name!, (n.status as { nodeInfo?: { kubeletVersion?: string } } | undefined)?.nodeInfo?.kubeletVersion ?? ''] as const)
    .filter(([, v]) => v !== offer.target).sort((a, b) => (a[0] < b[0] ? -1 : 1));
  const manual = tabbed(KUBEADM_TABLE, ['COMPONENT\tNODE\tCURRENT\tTARGET', ...kubelets.map(([n, v]) => `kubelet\t${n}\t${v}\t${offer.target}`)].join('\n') + '\n');
  const masters = controlPlaneNodes(client);
  const rows = [
    'COMPONENT\tNODE\tCURRENT\tTARGET',
    ...['kube-apiserver', 'kube-controller-manager', 'kube-scheduler'].flatMap((c) => masters.map((n) => `${c}\t${n}\t${staticPodTag(client, c, n)}\t${offer.target}`)),
    `kube-proxy\t\t${facts.cluster.replace(/^v/, '')}\t${offer.target}`,
    `CoreDNS\t\t${corednsTag(client)}\t${COREDNS_VERSION}`,
    ...masters.map((n) => `etcd\t${n}\t${staticPodTag(client, 'etcd', n)}\t${etcdVersionFor(facts.kubeadm)}`),
  ];
  const note = offer.kubeadm !== facts.kubeadm ? `Note: Before you can perform this upgrade, you have to update kubeadm to ${offer.kubeadm}.\n\n` : '';
  return `Components that must be upgraded manually after you have upgraded the control plane with 'kubeadm upgrade apply':\n${manual}\n`
    + `Upgrade to the latest ${offer.description}:\n\n${tabbed(KUBEADM_TABLE, `${rows.join('\n')}\n`)}\n`
    + `You can now apply the upgrade by executing the following command:\n\n\tkubeadm upgrade apply ${offer.target}\n\n${note}${SEPARATOR}\n`;
}

const COMPONENT_CONFIGS = `
The table below shows the current state of component configs as understood by this version of kubeadm.
Configs that have a "yes" mark in the "MANUAL UPGRADE REQUIRED" column require manual config upgrade or
resetting to kubeadm defaults before a successful upgrade can be performed. The version to manually
upgrade to is denoted in the "PREFERRED VERSION" column.

${tabbed(KUBEADM_TABLE, 'API GROUP\tCURRENT VERSION\tPREFERRED VERSION\tMANUAL UPGRADE REQUIRED\nkubeproxy.config.k8s.io\tv1alpha1\tv1alpha1\tno\nkubelet.config.k8s.io\tv1beta1\tv1beta1\tno\n')}${SEPARATOR}
`;

function plan(env: NodeEnv, ctx: CommandContext): number {
  const facts = loadFacts(env, ctx, ADMIN_CONF);
  if (typeof facts === 'number') return facts;
  const k = parseVersion(facts.kubeadm)!;
  const stable = latestPatch(k.minor) ?? facts.kubeadm;
  const out = ctx.io.stdout;
  const config = legacyKubeadm(facts)
    ? "[upgrade/config] Reading configuration from the cluster...\n[upgrade/config] FYI: You can look at this config file with 'kubectl -n kube-system get cm kubeadm-config -o yaml'\n"
    : `[upgrade/config] Reading configuration from the "kubeadm-config" ConfigMap in namespace "kube-system"...\n[upgrade/config] Use 'kubeadm init phase upload-config --config your-config.yaml' to re-upload it.\n`;
  out.write(`[preflight] Running pre-flight checks.\n${config}[upgrade] Running cluster health checks\n[upgrade] Fetching available versions to upgrade to\n`
    + `[upgrade/versions] Cluster version: ${facts.cluster.replace(/^v/, '')}\n[upgrade/versions] kubeadm version: ${facts.kubeadm}\n`);
  const newest = latestStable();
  if (parseVersion(newest)!.minor > k.minor) {
    ctx.io.stderr.write(klog('I', ctx.nowMs(), kubeadmPid(env), 'version.go:261', `remote version is much newer: ${newest}; falling back to: stable-${k.major}.${k.minor}`));
  }
  out.write(`[upgrade/versions] Target version: ${stable}\n`);
  const c = parseVersion(facts.cluster)!;
  if (!vless(stable, facts.cluster)) out.write(`[upgrade/versions] Latest version in the v${c.major}.${c.minor} series: ${latestPatch(c.minor) ?? facts.cluster}\n`);
  out.write('\n');
  const list = offers(facts, stable);
  if (list.length === 0) out.write("Awesome, you're up-to-date! Enjoy!\n");
  for (const offer of list) out.write(printOffer(facts, offer));
  out.write(COMPONENT_CONFIGS);
  return 0;
}

export function kubeadmUpgrade(env: NodeEnv, ctx: CommandContext, args: readonly string[]): number | Process {
  const [sub, ...rest] = args;
  switch (sub) {
    case 'plan': return plan(env, ctx);
    case 'apply': return kubeadmUpgradeApply(env, ctx, rest);
    case 'node': return kubeadmUpgradeNode(env, ctx, rest);
    case undefined: case '-h': case '--help':
      ctx.io.stdout.write(USAGE);
      return 0;
    default:
      ctx.io.stderr.write(`unknown command "${sub}" for "kubeadm upgrade"\n${STACK_TRACE_HINT}`);
      return 1;
  }
}
