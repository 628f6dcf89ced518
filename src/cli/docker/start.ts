// `docker start`: starts stopped containers again (same ID, same writable layer) and prints their
// names. Mirrors cli/command/container/start.go (without -a/-i).

import type { DockerEngine } from '../../engine/index.ts';
import type { CommandContext } from '../shell/types.ts';
import { needsArgs, type DockerCommand } from './command.ts';
import { parseFlags, usageFailure } from './flags.ts';

export const START: DockerCommand = {
  name: 'start',
  usage: '[OPTIONS] CONTAINER [CONTAINER...]',
  summary: 'Start one or more stopped containers',
  options: '',
  run: (ctx, engine, args) => start(ctx, engine, args),
};

function start(ctx: CommandContext, engine: DockerEngine, args: readonly string[]): number {
  const p = parseFlags(args, { bools: {}, values: {} });
  if (p instanceof Error) return usageFailure(ctx, 'start', p.message);
  if (p.positionals.length === 0) return needsArgs(ctx, START, 'at least 1 argument');
  const failed: string[] = [];
  for (const ref of p.positionals) {
    const c = engine.findContainer(ref);
    const err = c ? engine.start(c) : `No such container: ${ref}`;
    if (err) {
      ctx.io.stderr.write(`Error response from daemon: ${err}\n`);
      failed.push(ref);
      continue;
    }
    ctx.io.stdout.write(`${ref}\n`);
  }
  if (failed.length === 0) return 0;
  ctx.io.stderr.write(`Error: failed to start containers: ${failed.join(', ')}\n`);
  return 1;
}
