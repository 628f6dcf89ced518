// `docker tag SOURCE TARGET`: another name for the same image. Mirrors cli/command/image/tag.go.

import type { DockerEngine } from '../../engine/index.ts';
import { dockerFamiliarTag } from '../../engine/index.ts';
import type { CommandContext } from '../shell/types.ts';
import { needsArgs, type DockerCommand } from './command.ts';
import { parseFlags, usageFailure } from './flags.ts';

export const TAG: DockerCommand = {
  name: 'tag',
  usage: 'SOURCE_IMAGE[:TAG] TARGET_IMAGE[:TAG]',
  summary: 'Create a tag TARGET_IMAGE that refers to SOURCE_IMAGE',
  options: '',
  run: (ctx, engine, args) => tag(ctx, engine, args),
};

function tag(ctx: CommandContext, engine: DockerEngine, args: readonly string[]): number {
  const p = parseFlags(args, { bools: {}, values: {} });
  if (p instanceof Error) return usageFailure(ctx, 'tag', p.message);
  if (p.positionals.length !== 2) return needsArgs(ctx, TAG, 'exactly 2 arguments');
  const [source, target] = p.positionals as [string, string];
  const image = engine.findImage(source);
  if (!image) {
    ctx.io.stderr.write(`Error response from daemon: No such image: ${dockerFamiliarTag(source) ?? source}\n`);
    return 1;
  }
  const targetTag = dockerFamiliarTag(target);
  if (!targetTag) {
    ctx.io.stderr.write(`Error parsing reference: "${target}" is not a valid repository/tag: invalid reference format\n`);
    return 1;
  }
  engine.tag(image, targetTag);
  return 0;
}
