// `docker rm`: removes stopped containers; a running one only with -f (killed first).
// Mirrors cli/command/container/rm.go and the daemon's refusal text.

import type { DockerEngine } from '../../engine/index.ts';
import type { CommandContext } from '../shell/types.ts';
import { needsArgs, type DockerCommand } from './command.ts';
import { parseFlags, usageFailure } from './flags.ts';

export const RM: DockerCommand = {
  name: 'rm',
  usage: '[OPTIONS] CONTAINER [CONTAINER...]',
  summary: 'Remove one or more containers',
  options: '  -f, --force     Force the removal of a running container (uses SIGKILL)\n  -v, --volumes   Remove anonymous volumes associated with the container\n',
  run: (ctx, engine, args) => rm(ctx, engine, args),
};

export const MSG_RM_RUNNING = (name: string): string =>
  `cannot remove container "/${name}": container is running: stop the container before removing or force remove`;

function rm(ctx: CommandContext, engine: DockerEngine, args: readonly string[]): number {
  const p = parseFlags(args, { bools: { force: 'f', volumes: 'v' }, values: {} });
  if (p instanceof Error) return usageFailure(ctx, 'rm', p.message);
  if (p.positionals.length === 0) return needsArgs(ctx, RM, 'at least 1 argument');
  let code = 0;
  for (const ref of p.positionals) {
    const c = engine.findContainer(ref);
    const err = !c ? `No such container: ${ref}` : c.status === 'running' && !p.bools.has('force') ? MSG_RM_RUNNING(c.name) : undefined;
    if (err || !c) {
      ctx.io.stderr.write(`Error response from daemon: ${err!}\n`);
      code = 1;
      continue;
    }
    engine.remove(c);
    ctx.io.stdout.write(`${ref}\n`);
  }
  return code;
}
