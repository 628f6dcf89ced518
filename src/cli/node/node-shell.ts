// A bash login shell on a node machine, as a user (vagrant, or root after `sudo -i`): the node's
// files, its hostname and prompt, and the programs an Ubuntu node of the course has installed.

import { ROOT_HOME, VAGRANT, type Cluster } from '../../engine/index.ts';
import { kubectlProgram } from '../kubectl/main.ts';
import { BUILTINS } from '../shell/builtins/registry.ts';
import { ShellSession } from '../shell/session.ts';
import type { CommandSpec } from '../shell/types.ts';
import { APT_CACHE } from './apt-cache.ts';
import { APT, APT_GET } from './apt-get.ts';
import { APT_MARK, DPKG } from './apt-mark.ts';
import { accountPrograms } from './accounts.ts';
import { CRICTL } from './crictl.ts';
import { EXIT, LOGOUT } from './exit.ts';
import { hostInfoPrograms } from './host-info.ts';
import { IP } from './ip.ts';
import { JOURNALCTL } from './journalctl.ts';
import { KUBEADM } from './kubeadm.ts';
import type { Login, NodeEnv } from './node-env.ts';
import { NodeFs } from './node-fs.ts';
import { powerPrograms } from './power.ts';
import { sshProgram } from './ssh.ts';
import { sudoProgram } from './sudo.ts';
import { SYSTEMCTL } from './systemctl.ts';

const PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin:/usr/games:/usr/local/games:/snap/bin';

/** A program made for one node: it gets the node's environment when the shell is built. */
export type NodeProgram = (env: NodeEnv) => CommandSpec;

const NODE_PROGRAMS: readonly NodeProgram[] = [APT, APT_CACHE, APT_GET, APT_MARK, DPKG, CRICTL, IP, JOURNALCTL, KUBEADM, SYSTEMCTL, ...hostInfoPrograms, ...powerPrograms, ...accountPrograms];

export function homeOf(user: string): string {
  return user === 'root' ? ROOT_HOME : `/home/${user}`;
}

/** The programs on the node's PATH, as `user` has them. */
export function nodeCommands(env: NodeEnv, user: string): CommandSpec[] {
  const controlPlane = env.cluster.client().get('/nodes', undefined, env.node)?.metadata.labels?.['node-role.kubernetes.io/control-plane'] !== undefined;
  return [
    ...BUILTINS, EXIT, LOGOUT,
    ...NODE_PROGRAMS.map((p) => p(env)),
    sudoProgram(env, (shellUser) => openNodeShell(env.cluster, env.node, shellUser, env.login), () => nodeCommands(env, 'root')),
    sshProgram(env.cluster, { from: env.cluster.machines.resolve(env.node)?.ip ?? '', openShell: openNodeShell }),
    // The bare machines had kubectl installed with kubeadm and the kubelet.
    ...(controlPlane || env.cluster.info.machines ? [kubectlProgram({ cluster: env.cluster, home: homeOf(user) })] : []),
  ];
}

/** A login shell on `node` for `user`, belonging to the ssh connection `login` when there is one. */
export function openNodeShell(cluster: Cluster, node: string, user: string, login?: Login): ShellSession {
  const env: NodeEnv = { cluster, node, ...(login ? { login } : {}) };
  const home = homeOf(user);
  return new ShellSession({
    fs: new NodeFs(cluster, node, user),
    commands: nodeCommands(env, user),
    home,
    user,
    hostname: node,
    nowMs: () => cluster.nowMs,
    env: {
      HOME: home, USER: user, LOGNAME: user, SHELL: '/bin/bash', PATH, LANG: 'C.UTF-8', TERM: 'xterm-256color',
      ...(user === VAGRANT.user ? {} : { SUDO_USER: VAGRANT.user }),
    },
  });
}
