// `docker rmi`: untags an image and deletes it once no tag is left, refusing while a container uses
// it (unless -f). Mirrors cli/command/image/remove.go and the daemon's conflict texts.

import type { DockerEngine } from '../../engine/index.ts';
import { dockerFamiliarTag } from '../../engine/index.ts';
import type { CommandContext } from '../shell/types.ts';
import { needsArgs, type DockerCommand } from './command.ts';
import { parseFlags, usageFailure } from './flags.ts';

export const RMI: DockerCommand = {
  name: 'rmi',
  usage: '[OPTIONS] IMAGE [IMAGE...]',
  summary: 'Remove one or more images',
  options: '  -f, --force      Force removal of the image\n',
  run: (ctx, engine, args) => rmi(ctx, engine, args),
};

function rmi(ctx: CommandContext, engine: DockerEngine, args: readonly string[]): number {
  const p = parseFlags(args, { bools: { force: 'f' }, values: {} });
  if (p instanceof Error) return usageFailure(ctx, 'rmi', p.message);
  if (p.positionals.length === 0) return needsArgs(ctx, RMI, 'at least 1 argument');
  let code = 0;
  for (const ref of p.positionals) {
    const image = engine.findImage(ref);
    const tag = dockerFamiliarTag(ref);
    if (!image) {
      ctx.io.stderr.write(`Error response from daemon: No such image: ${tag ?? ref}\n`);
      code = 1;
      continue;
    }
    const user = engine.state.containers.find((c) => c.imageId === image.id);
    const byTag = tag !== undefined && image.repoTags.includes(tag);
    if (user && !p.bools.has('force') && (!byTag || image.repoTags.length === 1)) {
      const what = byTag ? `unable to remove repository reference "${ref}" (must force) - container ${user.id.slice(0, 12)} is using its referenced image ${image.id.slice(0, 12)}`
        : `unable to delete ${image.id.slice(0, 12)} (must be forced) - image is being used by stopped container ${user.id.slice(0, 12)}`;
      ctx.io.stderr.write(`Error response from daemon: conflict: ${what}\n`);
      code = 1;
      continue;
    }
    const tags = byTag ? [tag] : [...image.repoTags];
    let deleted = false;
    for (const t of tags) {
      ctx.io.stdout.write(`Untagged: ${t}\n`);
      deleted = engine.untag(image, t);
    }
    if (deleted) {
      for (const d of image.repoDigests) ctx.io.stdout.write(`Untagged: ${d}\n`);
      ctx.io.stdout.write(`Deleted: sha256:${image.id}\n`);
    }
  }
  return code;
}
