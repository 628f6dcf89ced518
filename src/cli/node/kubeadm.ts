// kubeadm v1.31.4 on a node machine: `version`, `token`, and the preflight and discovery of `init`
// and `join` (the course's machines are already a cluster). Mirrors kubeadm's cmd/ (v1.31).

import { versionInfo } from '../kubectl/cmd/version/version.ts';
import type { CommandContext, CommandSpec, Process } from '../shell/types.ts';
import { kubeadmInit } from './kubeadm-init.ts';
import { kubeadmReset } from './kubeadm-reset.ts';
import { kubeadmJoin, KUBEADM_VERSION } from './kubeadm-join.ts';
import { STACK_TRACE_HINT } from './kubeadm-output.ts';
import { kubeadmToken } from './kubeadm-token.ts';
import { kubeadmUpgrade } from './kubeadm-upgrade.ts';
import { installedKubeadm } from './kubeadm-upgrade-steps.ts';
import type { NodeEnv } from './node-env.ts';

const USAGE = `Usage:
  kubeadm [command]

Available Commands:
  certs       Commands related to handling kubernetes certificates
  completion  Output shell completion code for the specified shell (bash or zsh)
  config      Manage configuration for a kubeadm cluster persisted in a ConfigMap in the cluster
  help        Help about any command
  init        Run this command in order to set up the Kubernetes control plane
  join        Run this on any machine you wish to join an existing cluster
  kubeconfig  Kubeconfig file utilities
  reset       Performs a best effort revert of changes made to this host by 'kubeadm init' or 'kubeadm join'
  token       Manage bootstrap tokens
  upgrade     Upgrade your cluster smoothly to a newer version with this command
  version     Print the version of kubeadm

Flags:
  -h, --help                     help for kubeadm
      --rootfs string            [EXPERIMENTAL] The path to the 'real' host root filesystem. This will cause kubeadm to chroot into the provided path.

Additional help topics:
  kubeadm alpha      Kubeadm experimental sub-commands

Use "kubeadm [command] --help" for more information about a command.
`;

function version(ctx: CommandContext, args: readonly string[], gitVersion: string): number {
  const info = versionInfo(gitVersion);
  const output = args.find((a) => a.startsWith('-o'))?.replace(/^-o=?/, '') || (args[args.indexOf('-o') + 1] ?? '');
  if (output === 'short') {
    ctx.io.stdout.write(`${gitVersion}\n`);
    return 0;
  }
  ctx.io.stdout.write(`kubeadm version: &version.Info{Major:"${info.major}", Minor:"${info.minor}", GitVersion:"${info.gitVersion}", GitCommit:"${info.gitCommit}", GitTreeState:"${info.gitTreeState}", BuildDate:"${info.buildDate}", GoVersion:"${info.goVersion}", Compiler:"${info.compiler}", Platform:"${info.platform}"}\n`);
  return 0;
}

function run(env: NodeEnv, ctx: CommandContext): number | Process {
  const [sub, ...args] = ctx.argv.slice(1);
  switch (sub) {
    case 'version': return version(ctx, args, installedKubeadm(env) ?? KUBEADM_VERSION);
    case 'token': return kubeadmToken(env, ctx, args);
    case 'init': return kubeadmInit(env, ctx, args);
    case 'join': return kubeadmJoin(env, ctx, args);
    case 'reset': return kubeadmReset(env, ctx, args);
    case 'upgrade': return kubeadmUpgrade(env, ctx, args);
    case undefined: case 'help': case '-h': case '--help':
      ctx.io.stdout.write(USAGE);
      return 0;
    default:
      ctx.io.stderr.write(`unknown command "${sub}" for "kubeadm"\n${STACK_TRACE_HINT}`);
      return 1;
  }
}

export function KUBEADM(env: NodeEnv): CommandSpec {
  return { name: 'kubeadm', path: '/usr/bin/kubeadm', run: (ctx) => run(env, ctx) };
}
