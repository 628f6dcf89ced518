// `kubeadm upgrade node` (kubeadm v1.32): on a worker it skips the control-plane phases and rewrites
// the kubelet's configuration from the cluster's kubelet-config ConfigMap (backing the old one up),
// the step `upgrade apply` also runs. Mirrors cmd/upgrade/node.go and phases/upgrade/postupgrade.go.

import { isFsError } from '../../engine/index.ts';
import type { CommandContext, Process } from '../shell/types.ts';
import { parseFlags } from './kubeadm-output.ts';
import { klog, kubeadmPid, KUBELET_CONF, loadFacts, stepsProcess, tempSuffix, type Step } from './kubeadm-upgrade-steps.ts';
import type { NodeEnv } from './node-env.ts';

const KUBELET_CONFIG = '/var/lib/kubelet/config.yaml';
const NODE_FLAGS = { 'ignore-preflight-errors': 'value', 'certificate-renewal': 'value', 'etcd-upgrade': 'value' } as const;
/** kubeadm's read of the ConfigMaps and its writes, as the lab's node does them. */
const NODE_UPGRADE_MS = 1_300;

/** The kubelet-config phase: the current file backed up, the cluster's configuration written. */
export function kubeletConfigSteps(env: NodeEnv, ctx: CommandContext, pid: number): Step[] {
  return [{
    run: () => {
      const dir = `/etc/kubernetes/tmp/kubeadm-kubelet-config${tempSuffix(ctx.nowMs(), 2)}`;
      ctx.io.stderr.write(klog('W', ctx.nowMs(), pid, 'postupgrade.go:117', `Using temporary directory ${dir} for kubelet config. To override it set the environment variable KUBEADM_UPGRADE_DRYRUN_DIR`));
      const fs = env.cluster.machines.fs(env.node);
      const current = fs?.readFile(KUBELET_CONFIG);
      fs?.mkdir(dir, { parents: true, mode: 0o700 });
      if (current !== undefined && !isFsError(current)) fs?.writeFile(`${dir}/config.yaml`, current, { mode: 0o644 });
      ctx.io.stdout.write(`[upgrade] Backing up kubelet config file to ${dir}/config.yaml\n`
        + `[kubelet-start] Writing kubelet configuration to file "${KUBELET_CONFIG}"\n`
        + '[upgrade/kubelet-config] The kubelet configuration for this node was successfully upgraded!\n');
    },
  }];
}

export function kubeadmUpgradeNode(env: NodeEnv, ctx: CommandContext, args: readonly string[]): number | Process {
  const flags = parseFlags(ctx, args, NODE_FLAGS);
  if (typeof flags === 'number') return flags;
  if (env.cluster.machines.facts(env.node)?.controlPlane) {
    ctx.io.stderr.write('kubelab: `kubeadm upgrade node` on a control-plane node is not simulated (the lab has one: use `kubeadm upgrade apply`)\n');
    return 1;
  }
  const facts = loadFacts(env, ctx, KUBELET_CONF);
  if (typeof facts === 'number') return facts;
  const out = ctx.io.stdout;
  const pid = kubeadmPid(env);
  const skip = (what: string): string => `${what} Not a control plane node.\n`;
  out.write('[upgrade] Reading configuration from the "kubeadm-config" ConfigMap in namespace "kube-system"...\n'
    + "[upgrade] Use 'kubeadm init phase upload-config --config your-config.yaml' to re-upload it.\n"
    + '[upgrade/preflight] Running pre-flight checks\n');
  out.write(skip('[upgrade/preflight] Skipping prepull.') + skip('[upgrade/control-plane] Skipping phase.') + skip('[upgrade/kubeconfig] Skipping phase.'));
  const addons: Step = { run: () => { out.write(skip('[upgrade/addon] Skipping the addon/coredns phase.') + skip('[upgrade/addon] Skipping the addon/kube-proxy phase.')); } };
  return stepsProcess(ctx, [{ afterMs: NODE_UPGRADE_MS, run: () => undefined }, ...kubeletConfigSteps(env, ctx, pid), addons], () => undefined);
}
