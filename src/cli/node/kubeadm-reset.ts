// `kubeadm reset [-f]`: the confirmation (y/N, skipped with -f), then the phases that stop the
// kubelet and delete what `kubeadm init` or `join` wrote, and the closing notes about what it leaves.
// Mirrors kubeadm cmd/reset.go and phases/reset (v1.31).

import { klogTime, RESET_DIRECTORIES, RESET_FILES, resetMachine } from '../../engine/index.ts';
import type { CommandContext, Process } from '../shell/types.ts';
import { NOT_ROOT, parseFlags, phaseError, reportPreflight, STACK_TRACE_HINT } from './kubeadm-output.ts';
import { isRoot, type NodeEnv } from './node-env.ts';

const RESET_FLAGS = { force: 'bool', 'cri-socket': 'value', 'ignore-preflight-errors': 'value', 'cleanup-tmp-dir': 'bool', 'dry-run': 'bool' } as const;
const CLOSING = `
The reset process does not clean CNI configuration. To do so, you must remove /etc/cni/net.d

The reset process does not reset or clean up iptables rules or IPVS tables.
If you wish to reset iptables, you must do so manually by using the "iptables" command.

If your cluster was setup to utilize IPVS, run ipvsadm --clear (or similar)
to reset your system's IPVS tables.

The reset process does not clean your kubeconfig files and you must remove them manually.
Please, check the contents of the $HOME/.kube/config file.
`;
const PID = 6_113;

const warning = (ctx: CommandContext, source: string, text: string): void => {
  ctx.io.stderr.write(`W${klogTime(ctx.nowMs())} ${String(PID).padStart(7)} ${source}] ${text}\n`);
};

function phases(env: NodeEnv, ctx: CommandContext): number {
  ctx.io.stdout.write('[preflight] Running pre-flight checks\n');
  const controlPlane = env.cluster.machines.fs(env.node)?.exists('/etc/kubernetes/manifests/etcd.yaml') === true;
  if (!controlPlane) warning(ctx, 'removeetcdmember.go:106', '[reset] No kubeadm config, using etcd pod spec to get data directory');
  resetMachine(env.cluster, env.node);
  ctx.io.stdout.write(`${controlPlane ? '[reset] Deleted contents of the etcd data directory: /var/lib/etcd\n' : '[reset] No etcd config found. Assuming external etcd\n[reset] Please, manually reset etcd to prevent further issues\n'}`
    + '[reset] Stopping the kubelet service\n[reset] Unmounting mounted directories in "/var/lib/kubelet"\n'
    + `[reset] Deleting contents of directories: [${RESET_DIRECTORIES.join(' ')}]\n[reset] Deleting files: [${RESET_FILES.join(' ')}]\n${CLOSING}`);
  return 0;
}

/** Waits for the answer typed on the terminal: `y` goes on, anything else aborts. */
function confirmation(env: NodeEnv, ctx: CommandContext): Process {
  let line = '';
  let done = false;
  let exitCode = 0;
  return {
    get done() { return done; },
    get exitCode() { return exitCode; },
    wakeAtMs: () => undefined,
    poll: () => undefined,
    cancel: () => {
      done = true;
      exitCode = 130;
    },
    input: (keys) => {
      for (const key of keys) {
        if (done) break;
        if (key !== '\r' && key !== '\n') {
          line += key;
          ctx.io.stdout.write(key);
          continue;
        }
        ctx.io.stdout.write('\n');
        exitCode = line.trim().toLowerCase() === 'y' ? phases(env, ctx) : phaseError(ctx, 'preflight', 'aborted reset operation');
        done = true;
      }
      return true;
    },
  };
}

export function kubeadmReset(env: NodeEnv, ctx: CommandContext, args: readonly string[]): number | Process {
  const flags = parseFlags(ctx, args.map((a) => (a === '-f' ? '--force' : a)), RESET_FLAGS);
  if (typeof flags === 'number') return flags;
  if (!isRoot(ctx)) return reportPreflight(ctx, [NOT_ROOT], []) ?? 1;
  const hasAdminConf = env.cluster.machines.fs(env.node)?.exists('/etc/kubernetes/admin.conf') === true;
  if (hasAdminConf) {
    ctx.io.stdout.write('[reset] Reading configuration from the "kubeadm-config" ConfigMap in namespace "kube-system"...\n'
      + "[reset] Use 'kubeadm init phase upload-config --config your-config-file' to re-upload it.\n");
  } else {
    warning(ctx, 'reset.go:124', '[reset] Unable to fetch the kubeadm-config ConfigMap from cluster: failed to get config map: failed to load admin kubeconfig: open /etc/kubernetes/admin.conf: no such file or directory');
  }
  warning(ctx, 'preflight.go:56', "[reset] WARNING: Changes made to this host by 'kubeadm init' or 'kubeadm join' will be reverted.");
  if (flags.values.has('force')) return phases(env, ctx);
  ctx.io.stdout.write('[reset] Are you sure you want to proceed? [y/N]: ');
  if (!ctx.shells) {
    ctx.io.stderr.write(`\nerror execution phase preflight: aborted reset operation\n${STACK_TRACE_HINT}`);
    return 1;
  }
  return confirmation(env, ctx);
}
