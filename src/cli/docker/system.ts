// `docker system df`: what images, containers' writable layers, volumes and the build cache take,
// and how much of it nothing uses. Mirrors cli/command/system/df.go and formatter/disk_usage.go.

import type { DockerEngine } from '../../engine/index.ts';
import { utf8ByteLength } from '../../engine/index.ts';
import type { CommandContext } from '../shell/types.ts';
import type { DockerCommand } from './command.ts';
import { humanSize, table } from './format.ts';

export const SYSTEM: DockerCommand = {
  name: 'system',
  usage: 'COMMAND',
  summary: 'Manage Docker',
  options: '',
  run: (ctx, engine, args) => system(ctx, engine, args),
};

const SYSTEM_HELP = '\nUsage:  docker system COMMAND\n\nManage Docker\n\nCommands:\n  df          Show docker disk usage\n\nRun \'docker system COMMAND --help\' for more information on a command.\n';

function system(ctx: CommandContext, engine: DockerEngine, args: readonly string[]): number {
  if (args[0] !== 'df') {
    if (args.length === 0) {
      ctx.io.stdout.write(SYSTEM_HELP);
      return 0;
    }
    ctx.io.stderr.write(`docker: '${args[0]!}' is not a docker command.\nSee 'docker --help'\n`);
    return 1;
  }
  const { images, containers, volumes } = engine.state;
  const layerBytes = (entries: Readonly<Record<string, { t: string; data?: string }>>): number =>
    Object.values(entries).reduce((a, e) => a + (e.t === 'f' ? utf8ByteLength(e.data ?? '') : 0), 0);
  const usedImages = new Set(containers.map((c) => c.imageId));
  const imageSize = images.reduce((a, i) => a + i.sizeBytes, 0);
  const idleImages = images.filter((i) => !usedImages.has(i.id)).reduce((a, i) => a + i.sizeBytes, 0);
  const cSize = (running: boolean): number => containers.filter((c) => (c.status === 'running') === running).reduce((a, c) => a + layerBytes(c.upper.entries), 0);
  const mounted = new Set(containers.flatMap((c) => c.mounts.filter((m) => m.type === 'volume').map((m) => m.source)));
  const volumeSize = (names: readonly string[]): number => names.reduce((a, n) => a + layerBytes(volumes[n]!.entries), 0);
  const names = Object.keys(volumes);
  const rows = [
    ['TYPE', 'TOTAL', 'ACTIVE', 'SIZE', 'RECLAIMABLE'],
    ['Images', String(images.length), String(usedImages.size), humanSize(imageSize), reclaimable(idleImages, imageSize)],
    ['Containers', String(containers.length), String(containers.filter((c) => c.status === 'running').length), humanSize(cSize(true) + cSize(false)), reclaimable(cSize(false), cSize(true) + cSize(false))],
    ['Local Volumes', String(names.length), String(names.filter((n) => mounted.has(n)).length), humanSize(volumeSize(names)), reclaimable(volumeSize(names.filter((n) => !mounted.has(n))), volumeSize(names))],
    ['Build Cache', String(Object.keys(engine.state.buildCache).length), '0', '0B', '0B'],
  ];
  ctx.io.stdout.write(table(rows));
  return 0;
}

function reclaimable(bytes: number, total: number): string {
  return total > 0 ? `${humanSize(bytes)} (${Math.trunc((100 * bytes) / total)}%)` : humanSize(bytes);
}
