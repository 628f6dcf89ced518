// `docker build -t NAME .`: sends the directory as the build context and prints BuildKit's plain
// progress as the steps run on the virtual clock. Mirrors buildx's `build` (progress=plain).

import type { DockerEngine } from '../../engine/index.ts';
import type { CommandContext, CommandResult } from '../shell/types.ts';
import type { DockerCommand } from './command.ts';
import { lastValue, parseFlags } from './flags.ts';
import { TimedOutput } from './processes.ts';
import { readTree } from './workspace.ts';

export const BUILD: DockerCommand = {
  name: 'build',
  usage: '[OPTIONS] PATH | URL | -',
  summary: 'Start a build',
  options: '  -f, --file string             Name of the Dockerfile (default: "PATH/Dockerfile")\n  -t, --tag stringArray         Name and optionally a tag (format: "name:tag")\n',
  run: (ctx, engine, args) => build(ctx, engine, args),
};

function build(ctx: CommandContext, engine: DockerEngine, args: readonly string[]): CommandResult {
  const p = parseFlags(args, { bools: { 'no-cache': '', quiet: 'q' }, values: { tag: 't', file: 'f' } });
  if (p instanceof Error) {
    ctx.io.stderr.write(`ERROR: ${p.message}\n`);
    return 1;
  }
  if (p.positionals.length !== 1) {
    ctx.io.stderr.write('ERROR: "docker buildx build" requires exactly 1 argument.\nSee \'docker buildx build --help\'.\n\nUsage:  docker buildx build [OPTIONS] PATH | URL | -\n\nStart a build\n');
    return 1;
  }
  const dir = absolute(ctx.cwd, p.positionals[0]!);
  if (ctx.fs.stat(dir)?.type !== 'dir') {
    ctx.io.stderr.write(`ERROR: unable to prepare context: path "${p.positionals[0]!}" not found\n`);
    return 1;
  }
  const context = readTree(ctx.fs, dir);
  const file = lastValue(p, 'file') ?? 'Dockerfile';
  const dockerfile = context[file.replace(/^\.\//, '')];
  if (dockerfile === undefined) {
    ctx.io.stderr.write(`ERROR: failed to solve: failed to read dockerfile: open ${file}: no such file or directory\n`);
    return 1;
  }
  const tag = lastValue(p, 'tag');
  const result = engine.build({ dockerfile, context, ...(tag !== undefined ? { tag } : {}) });
  const lines = result.lines.map((l) => ({ ...l, err: true }));
  if (result.error) lines.push({ atMs: result.durationMs, text: result.error, err: true });
  return new TimedOutput(ctx.io, ctx.nowMs(), lines, result.durationMs, () => (result.error ? 1 : 0));
}

function absolute(cwd: string, path: string): string {
  const parts: string[] = [];
  for (const part of (path.startsWith('/') ? path : `${cwd}/${path}`).split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return `/${parts.join('/')}`;
}
