// `docker images`: REPOSITORY, TAG, IMAGE ID, CREATED, SIZE, one row per tag, newest first.
// Mirrors docker/cli cli/command/image/list.go and formatter/image.go.

import type { DockerEngine } from '../../engine/index.ts';
import type { CommandContext } from '../shell/types.ts';
import type { DockerCommand } from './command.ts';
import { parseFlags, usageFailure } from './flags.ts';
import { ago, humanSize, table } from './format.ts';

export const IMAGES: DockerCommand = {
  name: 'images',
  usage: '[OPTIONS] [REPOSITORY[:TAG]]',
  summary: 'List images',
  options: '  -a, --all             Show all images (default hides intermediate images)\n  -q, --quiet           Only show image IDs\n',
  run: (ctx, engine, args) => images(ctx, engine, args),
};

function images(ctx: CommandContext, engine: DockerEngine, args: readonly string[]): number {
  const p = parseFlags(args, { bools: { all: 'a', quiet: 'q' }, values: {} });
  if (p instanceof Error) return usageFailure(ctx, 'images', p.message);
  const now = ctx.nowMs();
  const list = engine.state.images.slice().sort((a, b) => b.createdMs - a.createdMs);
  if (p.bools.has('quiet')) {
    ctx.io.stdout.write([...new Set(list.map((i) => i.id.slice(0, 12)))].map((id) => `${id}\n`).join(''));
    return 0;
  }
  const rows = [['REPOSITORY', 'TAG', 'IMAGE ID', 'CREATED', 'SIZE']];
  for (const image of list) {
    const tags = image.repoTags.length > 0 ? image.repoTags : ['<none>:<none>'];
    for (const t of tags) {
      const i = t.lastIndexOf(':');
      rows.push([t.slice(0, i), t.slice(i + 1), image.id.slice(0, 12), ago(now - image.createdMs), humanSize(image.sizeBytes)]);
    }
  }
  ctx.io.stdout.write(table(rows));
  return 0;
}
