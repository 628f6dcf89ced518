// `docker ps`: running containers (all with -a), newest first, or their IDs only (-q).
// Mirrors docker/cli cli/command/container/list.go and formatter/container.go's table.

import type { DockerEngine } from '../../engine/index.ts';
import type { CommandContext } from '../shell/types.ts';
import type { DockerCommand } from './command.ts';
import { parseFlags, usageFailure } from './flags.ts';
import { ago, commandColumn, portsColumn, statusColumn, table } from './format.ts';

export const PS: DockerCommand = {
  name: 'ps',
  usage: '[OPTIONS]',
  summary: 'List containers',
  options: '  -a, --all             Show all containers (default shows just running)\n  -q, --quiet           Only display container IDs\n',
  run: (ctx, engine, args) => ps(ctx, engine, args),
};

function ps(ctx: CommandContext, engine: DockerEngine, args: readonly string[]): number {
  const p = parseFlags(args, { bools: { all: 'a', quiet: 'q' }, values: {} });
  if (p instanceof Error) return usageFailure(ctx, 'ps', p.message);
  const now = ctx.nowMs();
  const list = engine.state.containers.filter((c) => p.bools.has('all') || c.status === 'running').slice().reverse();
  if (p.bools.has('quiet')) {
    ctx.io.stdout.write(list.map((c) => `${c.id.slice(0, 12)}\n`).join(''));
    return 0;
  }
  const rows = [['CONTAINER ID', 'IMAGE', 'COMMAND', 'CREATED', 'STATUS', 'PORTS', 'NAMES']];
  for (const c of list) {
    const exposed = engine.state.images.find((i) => i.id === c.imageId)?.config.exposedPorts ?? [];
    rows.push([c.id.slice(0, 12), c.imageName, commandColumn(c), ago(now - c.createdMs), statusColumn(c, now), portsColumn(c, exposed), c.name]);
  }
  ctx.io.stdout.write(table(rows));
  return 0;
}
