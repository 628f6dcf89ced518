// `docker push`: `Using default tag`, the repository line, each layer's outcome as a terminal shows
// it once settled, the `<tag>: digest: … size: …` line; the daemon's errors as the stream ends with them.
// Mirrors docker/cli cli/command/image/push.go and moby's push progress.

import type { DockerEngine } from '../../engine/index.ts';
import type { CommandContext, CommandResult } from '../shell/types.ts';
import { needsArgs, type DockerCommand } from './command.ts';
import { parseFlags, usageFailure } from './flags.ts';
import { TimedOutput, type TimedLine } from './processes.ts';

export const PUSH: DockerCommand = {
  name: 'push',
  usage: '[OPTIONS] NAME[:TAG]',
  summary: 'Upload an image to a registry',
  options: '  -a, --all-tags                Push all tags of an image to the repository\n  -q, --quiet                   Suppress verbose output\n',
  run: (ctx, engine, args) => push(ctx, engine, args),
};

const PREPARE_MS = 120;

function push(ctx: CommandContext, engine: DockerEngine, args: readonly string[]): CommandResult {
  const p = parseFlags(args, { bools: { quiet: 'q', 'all-tags': 'a' }, values: {} });
  if (p instanceof Error) return usageFailure(ctx, 'push', p.message);
  if (p.positionals.length !== 1) return needsArgs(ctx, PUSH, 'exactly 1 argument');
  const name = p.positionals[0]!;
  if (!/:[^/]+$/.test(name) && !name.includes('@')) ctx.io.stdout.write('Using default tag: latest\n');
  const quiet = p.bools.has('quiet');
  const out = engine.push(name);
  const lines: TimedLine[] = [];
  if (out.ok || out.repository) lines.push({ atMs: 0, text: `The push refers to repository [${out.repository}]` });
  if (!out.ok) {
    for (const layer of out.preparing ?? []) lines.push({ atMs: PREPARE_MS, text: `${layer}: Preparing` });
    const shown = quiet ? [] : lines;
    return new TimedOutput(ctx.io, ctx.nowMs(), shown, PREPARE_MS + 400, () => {
      ctx.io.stderr.write(`${out.message}\n`);
      return 1;
    });
  }
  out.layers.forEach((l, i) => lines.push({ atMs: PREPARE_MS + Math.round(((out.durationMs - PREPARE_MS) * (i + 1)) / out.layers.length), text: `${l.layer}: ${l.result}` }));
  lines.push({ atMs: out.durationMs, text: `${out.tag}: digest: ${out.digest} size: ${out.size}` });
  return new TimedOutput(ctx.io, ctx.nowMs(), quiet ? [] : lines, out.durationMs, () => {
    if (quiet) ctx.io.stdout.write(`${out.repository.replace(/^docker\.io\/(library\/)?/, '')}:${out.tag}\n`);
    return 0;
  });
}
