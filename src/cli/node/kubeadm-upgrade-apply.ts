// `kubeadm upgrade apply <version>` on a control-plane node (kubeadm v1.32): the version policy, the
// [y/N] prompt, the image prepull, each static pod's manifest moved in and waited for until the kubelet
// runs the new one, then the kubeadm-config upload and the addons. Mirrors cmd/upgrade/apply.go and
// phases/upgrade/staticpods.go.

import {
  controlPlaneImages, imageByRef, manifestTag, parseVersion, postUpgrade, UPGRADE_COMPONENTS, upgradedManifest, versionPolicyErrors,
  type KubeObject, type UpgradeComponent,
} from '../../engine/index.ts';
import type { CommandContext, Process } from '../shell/types.ts';
import { parseFlags, phaseError, STACK_TRACE_HINT } from './kubeadm-output.ts';
import { ADMIN_CONF, backupStamp, klog, kubeadmPid, legacyKubeadm, loadFacts, staticPod, stepsProcess, tempSuffix, type Step, type UpgradeFacts } from './kubeadm-upgrade-steps.ts';
import { kubeletConfigSteps } from './kubeadm-upgrade-node.ts';
import type { NodeEnv } from './node-env.ts';

const APPLY_FLAGS = { yes: 'bool', force: 'bool', 'ignore-preflight-errors': 'value' } as const;
const TIMEOUT_MS = 5 * 60_000;
/** kubeadm's prepull of the new release's images over the lab's link. */
const PREPULL_MS = 21_400;
const RENEWED: Readonly<Record<UpgradeComponent, readonly string[]>> = {
  etcd: ['etcd-server', 'etcd-peer', 'etcd-healthcheck-client'],
  'kube-apiserver': ['apiserver', 'apiserver-kubelet-client', 'front-proxy-client', 'apiserver-etcd-client'],
  'kube-controller-manager': ['controller-manager.conf'],
  'kube-scheduler': ['scheduler.conf'],
};
const SANDBOX_WARNING = 'detected that the sandbox image "registry.k8s.io/pause:3.8" of the container runtime is inconsistent with that used by kubeadm.It is recommended to use "registry.k8s.io/pause:3.10" as the CRI sandbox image.';

/** `v1.32.0`, `1.32.0` → `v1.32.0`; undefined when it does not parse. */
function normalise(version: string): string | undefined {
  const v = parseVersion(version);
  return v ? `v${v.major}.${v.minor}.${v.patch}${v.pre ? `-${v.pre}` : ''}` : undefined;
}

/** v1.32 reports a failed preflight phase; v1.31 wraps the error in `[upgrade/version] FATAL`. */
function fail(ctx: CommandContext, facts: UpgradeFacts, message: string): number {
  if (!legacyKubeadm(facts)) return phaseError(ctx, 'preflight', message);
  ctx.io.stderr.write(`[upgrade/version] FATAL: ${message}\n${STACK_TRACE_HINT}`);
  return 1;
}

function policyError(ctx: CommandContext, facts: UpgradeFacts, target: string, force: boolean): number | undefined {
  const { mandatory, skippable } = versionPolicyErrors(facts.cluster, facts.kubeadm, target);
  const list = (errors: readonly string[]): string => errors.map((e) => `\t- ${e}\n`).join('');
  const argument = legacyKubeadm(facts) ? '--version argument' : 'version argument';
  if (mandatory.length > 0) return fail(ctx, facts, `the ${argument} is invalid due to these fatal errors:\n\n${list(mandatory)}\nPlease fix the misalignments highlighted above and try upgrading again`);
  if (skippable.length > 0 && !force) return fail(ctx, facts, `the ${argument} is invalid due to these errors:\n\n${list(skippable)}\nCan be bypassed if you pass the --force flag`);
  if (skippable.length > 0) ctx.io.stdout.write(`[upgrade/version] Found ${skippable.length} potential version compatibility errors but skipping since the --force flag is set: \n\n${list(skippable)}`);
  return undefined;
}

/** One static pod: manifest moved in, then waited for until the kubelet runs the new pod. */
function componentSteps(env: NodeEnv, ctx: CommandContext, facts: UpgradeFacts, target: string, component: UpgradeComponent, backupDir: string): Step[] {
  const out = ctx.io.stdout;
  const { cluster, node } = env;
  const state = cluster.machines.state(node);
  const text = state?.staticPods[component];
  if (!text) return [];
  const current = JSON.parse(text) as KubeObject;
  const next = upgradedManifest(current, target, facts.kubeadm);
  if (manifestTag(next) === manifestTag(current)) {
    return [{ run: () => { out.write(`[upgrade/staticpods] Preparing for "${component}" upgrade\n[upgrade/staticpods] Current and new manifests of ${component} are equal, skipping upgrade\n`); } }];
  }
  const file = `/etc/kubernetes/manifests/${component}.yaml`;
  return [{
    run: () => {
      out.write(`[upgrade/staticpods] Preparing for "${component}" upgrade\n${RENEWED[component].map((c) => `[upgrade/staticpods] Renewing ${c} certificate\n`).join('')}`
        + `[upgrade/staticpods] Moving new manifest to "${file}" and backing up old manifest to "${backupDir}/${component}.yaml"\n`
        + '[upgrade/staticpods] Waiting for the kubelet to restart the component\n[upgrade/staticpods] This can take up to 5m0s\n');
      const fs = cluster.machines.fs(node);
      const old = fs?.readFile(file);
      fs?.mkdir(backupDir, { parents: true, mode: 0o700 });
      if (typeof old === 'string') fs?.writeFile(`${backupDir}/${component}.yaml`, old, { mode: 0o600 });
      cluster.machines.replaceStaticPod(node, next);
    },
  }, {
    timeoutMs: TIMEOUT_MS,
    until: () => {
      const pod = staticPod(facts.client, component, node);
      const ready = (pod?.status as { conditions?: Array<{ type: string; status: string }> } | undefined)?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True');
      return pod !== undefined && manifestTag(pod) === manifestTag(next) && ready === true;
    },
    run: () => {
      out.write(`[apiclient] Found 1 Pods for label selector component=${component}\n[upgrade/staticpods] Component "${component}" upgraded successfully!\n`);
      if (component === 'etcd') out.write('[upgrade/etcd] Waiting for etcd to become available\n');
    },
  }];
}

function upgradeSteps(env: NodeEnv, ctx: CommandContext, facts: UpgradeFacts, target: string): Step[] {
  const out = ctx.io.stdout;
  const { cluster, node } = env;
  const pid = kubeadmPid(env);
  const start = ctx.nowMs();
  const backupDir = `/etc/kubernetes/tmp/kubeadm-backup-manifests-${backupStamp(start + PREPULL_MS)}`;
  return [{
    run: () => {
      out.write('[upgrade/preflight] Pulling images required for setting up a Kubernetes cluster\n'
        + '[upgrade/preflight] This might take a minute or two, depending on the speed of your internet connection\n'
        + "[upgrade/preflight] You can also perform this action beforehand using 'kubeadm config images pull'\n");
    },
  }, {
    afterMs: PREPULL_MS,
    run: () => {
      cluster.machines.pullImages(node, controlPlaneImages(target, facts.kubeadm));
      ctx.io.stderr.write(klog('W', ctx.nowMs(), pid, 'checks.go:846', SANDBOX_WARNING));
      out.write(`[upgrade/control-plane] Upgrading your static Pod-hosted control plane to version "${target}" (timeout: 5m0s)...\n`
        + `[upgrade/staticpods] Writing new Static Pod manifests to "/etc/kubernetes/tmp/kubeadm-upgraded-manifests${tempSuffix(start, 1)}"\n`);
    },
  },
  ...UPGRADE_COMPONENTS.flatMap((c) => componentSteps(env, ctx, facts, target, c, backupDir)),
  {
    run: () => {
      postUpgrade(facts.client, target);
      out.write('[upgrade/control-plane] The control plane instance for this node was successfully upgraded!\n'
        + '[upload-config] Storing the configuration used in ConfigMap "kubeadm-config" in the "kube-system" Namespace\n'
        + '[kubelet] Creating a ConfigMap "kubelet-config" in namespace kube-system with the configuration for the kubelets in the cluster\n'
        + '[upgrad/kubeconfig] The kubeconfig files for this node were successfully upgraded!\n');
    },
  },
  ...kubeletConfigSteps(env, ctx, pid),
  {
    run: () => {
      out.write('[upgrade/bootstrap-token] Configuring bootstrap token and cluster-info RBAC rules\n'
        + '[bootstrap-token] Configured RBAC rules to allow Node Bootstrap tokens to get nodes\n'
        + '[bootstrap-token] Configured RBAC rules to allow Node Bootstrap tokens to post CSRs in order for nodes to get long term certificate credentials\n'
        + '[bootstrap-token] Configured RBAC rules to allow the csrapprover controller automatically approve CSRs from a Node Bootstrap Token\n'
        + '[bootstrap-token] Configured RBAC rules to allow certificate rotation for all node client certificates in the cluster\n'
        + '[addons] Applied essential addon: CoreDNS\n[addons] Applied essential addon: kube-proxy\n\n'
        + `[upgrade] SUCCESS! A control plane node of your cluster was upgraded to "${target}".\n\n`
        + '[upgrade] Now please proceed with upgrading the rest of the nodes by following the right order.\n');
    },
  }];
}

/** The confirmation: a piped answer (no input at all reads as EOF), else keys typed at the terminal. */
function confirmed(ctx: CommandContext, steps: Step[], onTimeout: () => void): Process {
  const terminal = ctx.io.stdin === '' && ctx.io.stdoutIsTerminal === true;
  let answer: string | undefined = terminal ? undefined : ctx.io.stdin.split('\n')[0]!;
  let typed = '';
  const decide: Step = {
    until: () => answer !== undefined,
    run: () => {
      if (/^[yY]$/.test(answer!.trim())) return undefined;
      return phaseError(ctx, 'preflight', "won't proceed; the user didn't answer (Y|y) in order to continue");
    },
  };
  const process = stepsProcess(ctx, [decide, ...steps], onTimeout);
  process.input = (keys: string): boolean => {
    if (keys === '\x03') return false;
    for (const key of keys) {
      if (key === '\r' || key === '\n') {
        ctx.io.stdout.write('\n');
        answer = typed;
      } else if (key === '\x7f') {
        typed = typed.slice(0, -1);
      } else {
        typed += key;
        ctx.io.stdout.write(key);
      }
    }
    process.poll(ctx.nowMs());
    return true;
  };
  return process;
}

export function kubeadmUpgradeApply(env: NodeEnv, ctx: CommandContext, args: readonly string[]): number | Process {
  const flags = parseFlags(ctx, args.map((a) => (a === '-y' ? '--yes' : a === '-f' ? '--force' : a)), APPLY_FLAGS);
  if (typeof flags === 'number') return flags;
  const given = flags.positional[0];
  if (given === undefined) {
    ctx.io.stderr.write(`missing version argument\n${STACK_TRACE_HINT}`);
    return 1;
  }
  const target = normalise(given);
  if (!target) {
    ctx.io.stderr.write(`couldn't parse version ${JSON.stringify(given)}: could not parse "${given}" as version\n${STACK_TRACE_HINT}`);
    return 1;
  }
  const facts = loadFacts(env, ctx, ADMIN_CONF);
  if (typeof facts === 'number') return facts;
  if (!facts.controlPlane) return phaseError(ctx, 'preflight', `couldn't find a control-plane static Pod manifest on node "${env.node}"`);
  ctx.io.stdout.write(legacyKubeadm(facts)
    ? "[preflight] Running pre-flight checks.\n[upgrade/config] Reading configuration from the cluster...\n[upgrade/config] FYI: You can look at this config file with 'kubectl -n kube-system get cm kubeadm-config -o yaml'\n"
      + `[upgrade] Running cluster health checks\n[upgrade/version] You have chosen to change the cluster version to "${target}"\n`
    : '[upgrade] Reading configuration from the "kubeadm-config" ConfigMap in namespace "kube-system"...\n'
      + "[upgrade] Use 'kubeadm init phase upload-config --config your-config.yaml' to re-upload it.\n"
      + `[upgrade/preflight] Running preflight checks\n[upgrade] Running cluster health checks\n[upgrade/preflight] You have chosen to upgrade the cluster version to "${target}"\n`);
  ctx.io.stdout.write(`[upgrade/versions] Cluster version: ${facts.cluster}\n[upgrade/versions] kubeadm version: ${facts.kubeadm}\n`);
  const force = flags.values.has('force');
  const failed = policyError(ctx, facts, target, force);
  if (failed !== undefined) return failed;
  if (legacyKubeadm(facts) || !controlPlaneImages(target, facts.kubeadm).every((ref) => imageByRef(ref) !== undefined)) {
    ctx.io.stderr.write(`kubelab: only the upgrade to v1.32.0 with kubeadm v1.32.0 is simulated\n`);
    return 1;
  }
  const steps = upgradeSteps(env, ctx, facts, target);
  const onTimeout = (): void => { phaseError(ctx, 'control-plane', `couldn't upgrade control plane. kubeadm has tried to recover everything into the earlier state. Errors faced: timed out waiting for the condition`); };
  if (flags.values.has('yes') || force) return stepsProcess(ctx, steps, onTimeout);
  ctx.io.stdout.write('[upgrade] Are you sure you want to proceed? [y/N]: ');
  return confirmed(ctx, steps, onTimeout);
}
