// What the programs on a node machine share: the cluster, the node they run on, and the ssh
// login they run under (so `reboot` can close it as the remote host does).

import type { Cluster } from '../../engine/index.ts';
import type { CommandContext, Process } from '../shell/types.ts';

/** One ssh connection: the shells it stacked on the terminal (the login shell, `sudo -i` ones). */
export interface Login {
  /** The destination as typed (lowercased), for `Connection to … closed.` */
  readonly host: string;
  readonly shells: Process[];
  /** The machine went away under it (reboot, poweroff). */
  closedByRemote: boolean;
}

export interface NodeEnv {
  readonly cluster: Cluster;
  readonly node: string;
  readonly login?: Login;
}

export function isRoot(ctx: CommandContext): boolean {
  return ctx.vars.get('USER') === 'root';
}

/** The remote side closes the connection: every shell it stacked ends at once. */
export function hangUp(ctx: CommandContext, login: Login | undefined): void {
  if (!login || !ctx.shells) return;
  login.closedByRemote = true;
  for (let i = 0; i < login.shells.length && login.shells.some((p) => !p.done); i++) ctx.shells.logout(255);
}
