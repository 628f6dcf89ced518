// `reboot`, `poweroff`, `shutdown -r|-h now` on a node: root only (logind asks others to
// authenticate); the machine goes down and the ssh connection closes under the student.

import type { CommandContext, CommandSpec } from '../shell/types.ts';
import { hangUp, isRoot, type NodeEnv } from './node-env.ts';

type Action = 'reboot' | 'poweroff';

function refuse(ctx: CommandContext, action: Action): number {
  const verb = action === 'reboot' ? 'reboot' : 'power off';
  ctx.io.stderr.write(`Failed to set wall message, ignoring: Interactive authentication required.\nFailed to ${verb} system via logind: Interactive authentication required.\nFailed to open initctl fifo: Permission denied\nFailed to talk to init daemon.\n`);
  return 1;
}

function goDown(env: NodeEnv, ctx: CommandContext, action: Action): number {
  if (!isRoot(ctx)) return refuse(ctx, action);
  if (action === 'reboot') env.cluster.machines.reboot(env.node);
  else env.cluster.machines.powerOff(env.node);
  hangUp(ctx, env.login);
  return 0;
}

function shutdown(env: NodeEnv, ctx: CommandContext): number {
  const args = ctx.argv.slice(1);
  const action: Action = args.includes('-r') || args.includes('--reboot') ? 'reboot' : 'poweroff';
  if (!args.includes('now') && !args.includes('+0')) {
    ctx.io.stderr.write('Deviation: kubelab runs `shutdown` only with `now` (e.g. `sudo shutdown -r now`).\n');
    return 1;
  }
  return goDown(env, ctx, action);
}

export const powerPrograms: ReadonlyArray<(env: NodeEnv) => CommandSpec> = [
  (env) => ({ name: 'reboot', path: '/usr/sbin/reboot', run: (ctx) => goDown(env, ctx, 'reboot') }),
  (env) => ({ name: 'poweroff', path: '/usr/sbin/poweroff', run: (ctx) => goDown(env, ctx, 'poweroff') }),
  (env) => ({ name: 'shutdown', path: '/usr/sbin/shutdown', run: (ctx) => shutdown(env, ctx) }),
];
