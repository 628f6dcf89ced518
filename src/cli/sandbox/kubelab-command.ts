// `kubelab`: the sandbox's own command on the workstation (no real tool has this name), for what a
// student does to the machines themselves: stop or start a node's kubelet, power a node off or on,
// and see how each machine stands. The engine side is Cluster.kubelets (stopKubelet, powerOff, …).

import type { Cluster } from '../../engine/index.ts';
import type { CommandContext, CommandSpec } from '../shell/types.ts';

export const KUBELAB_USAGE = `Usage: kubelab node ACTION [NODE]

Sandbox controls for the cluster's machines (what systemctl and the power button do on real ones).

Actions:
  stop NODE       stop the node's kubelet (systemctl stop kubelet): its containers keep running
  start NODE      start the node's kubelet again (systemctl start kubelet)
  poweroff NODE   cut the node's power: the kubelet and every container on it stop at once
  poweron NODE    power the node on: it boots and its kubelet starts
  status [NODE]   how each machine stands
`;

type Action = 'stop' | 'start' | 'poweroff' | 'poweron';
const ACTIONS: readonly string[] = ['stop', 'start', 'poweroff', 'poweron', 'status'];

function fail(ctx: CommandContext, message: string, code = 1): number {
  ctx.io.stderr.write(`kubelab: ${message}\n`);
  return code;
}

function status(ctx: CommandContext, cluster: Cluster, nodes: readonly string[]): number {
  const rows = nodes.map((n) => {
    const state = cluster.kubelets.machineState(n);
    return [n, state === 'powered-off' ? 'off' : 'on', state === 'running' ? 'running' : 'stopped'] as const;
  });
  const width = Math.max(4, ...rows.map((r) => r[0].length)) + 3;
  ctx.io.stdout.write(`${'NODE'.padEnd(width)}POWER   KUBELET\n`);
  for (const [n, power, kubelet] of rows) ctx.io.stdout.write(`${n.padEnd(width)}${power.padEnd(8)}${kubelet}\n`);
  return 0;
}

function act(ctx: CommandContext, cluster: Cluster, action: Action, node: string): number {
  const k = cluster.kubelets;
  const state = k.machineState(node);
  if (state === undefined) return fail(ctx, `no node named "${node}"`);
  if (state === 'powered-off' && (action === 'stop' || action === 'start')) return fail(ctx, `${node} is powered off (kubelab node poweron ${node})`);
  const say = (text: string): number => {
    ctx.io.stdout.write(`${node}: ${text}\n`);
    return 0;
  };
  switch (action) {
    case 'stop':
      if (state === 'stopped') return say('kubelet is already stopped');
      k.stopKubelet(node);
      return say('kubelet stopped (its containers keep running)');
    case 'start':
      if (state === 'running') return say('kubelet is already running');
      k.startKubelet(node);
      return say('kubelet started');
    case 'poweroff':
      if (state === 'powered-off') return say('already powered off');
      k.powerOff(node);
      return say('powered off');
    case 'poweron':
      if (state !== 'powered-off') return say('already powered on');
      k.powerOn(node);
      return say('powered on, kubelet started');
  }
}

export function kubelabProgram(cluster: Cluster): CommandSpec {
  const run = (ctx: CommandContext): number => {
    const [group, action, node, ...rest] = ctx.argv.slice(1);
    if (group === undefined || group === '-h' || group === '--help' || group === 'help') {
      ctx.io.stdout.write(KUBELAB_USAGE);
      return group === undefined ? 2 : 0;
    }
    if (group !== 'node') return fail(ctx, `unknown command "${group}"\n\n${KUBELAB_USAGE}`, 2);
    if (action === undefined || !ACTIONS.includes(action)) return fail(ctx, `unknown action "${action ?? ''}"\n\n${KUBELAB_USAGE}`, 2);
    if (rest.length > 0) return fail(ctx, `too many arguments: ${rest.join(' ')}`, 2);
    const nodes = cluster.client().list('/nodes').map((n) => n.metadata.name!);
    if (action === 'status') {
      if (node !== undefined && !nodes.includes(node)) return fail(ctx, `no node named "${node}"`);
      return status(ctx, cluster, node === undefined ? nodes : [node]);
    }
    if (node === undefined) return fail(ctx, `${action} needs a node: one of ${nodes.join(', ')}`, 2);
    return act(ctx, cluster, action as Action, node);
  };
  return { name: 'kubelab', path: '/usr/local/bin/kubelab', run };
}
