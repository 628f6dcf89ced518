// `docker pull`: the default tag notice, the layers' progress, the digest and status lines, and the
// image's full name. Mirrors docker/cli cli/command/image/pull.go.

import type { DockerEngine } from '../../engine/index.ts';
import { dockerFamiliarTag } from '../../engine/index.ts';
import type { CommandContext, CommandResult } from '../shell/types.ts';
import { daemonError, needsArgs, type DockerCommand } from './command.ts';
import { parseFlags, usageFailure } from './flags.ts';
import { TimedOutput } from './processes.ts';
import { pullLines } from './pull-progress.ts';

export const PULL: DockerCommand = {
  name: 'pull',
  usage: '[OPTIONS] NAME[:TAG|@DIGEST]',
  summary: 'Download an image from a registry',
  options: '  -q, --quiet                   Suppress verbose output\n',
  run: (ctx, engine, args) => pull(ctx, engine, args),
};

function pull(ctx: CommandContext, engine: DockerEngine, args: readonly string[]): CommandResult {
  const p = parseFlags(args, { bools: { quiet: 'q' }, values: {} });
  if (p instanceof Error) return usageFailure(ctx, 'pull', p.message);
  if (p.positionals.length !== 1) return needsArgs(ctx, PULL, 'exactly 1 argument');
  const name = p.positionals[0]!;
  const tag = dockerFamiliarTag(name);
  if (!tag) return daemonError(ctx, 'invalid reference format');
  if (!/:[^/]+$/.test(name)) ctx.io.stdout.write('Using default tag: latest\n');
  const pulled = engine.pull(name);
  if (!pulled.ok) return daemonError(ctx, pulled.message);
  const full = normalized(pulled.tag);
  const lines = p.bools.has('quiet') ? [] : pullLines(pulled, false);
  return new TimedOutput(ctx.io, ctx.nowMs(), lines, pulled.durationMs, () => {
    ctx.io.stdout.write(`${full}\n`);
    return 0;
  });
}

/** `nginx:latest` → `docker.io/library/nginx:latest`. */
function normalized(tag: string): string {
  const first = tag.split('/')[0]!;
  if (tag.includes('/') && (first.includes('.') || first.includes(':') || first === 'localhost')) return tag;
  return `docker.io/${tag.includes('/') ? '' : 'library/'}${tag}`;
}
