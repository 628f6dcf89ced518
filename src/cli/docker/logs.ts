// `docker logs`: the container's json-file log (stdout lines to stdout, stderr lines to stderr),
// `--tail N`, and `-f` following until the container stops. Mirrors cli/command/container/logs.go.

import type { DockerEngine } from '../../engine/index.ts';
import type { CommandContext, CommandResult } from '../shell/types.ts';
import { daemonError, needsArgs, type DockerCommand } from './command.ts';
import { lastValue, parseFlags, usageFailure } from './flags.ts';
import { WaitProcess } from './processes.ts';

export const LOGS: DockerCommand = {
  name: 'logs',
  usage: '[OPTIONS] CONTAINER',
  summary: 'Fetch the logs of a container',
  options: '  -f, --follow         Follow log output\n  -n, --tail string    Number of lines to show from the end of the logs (default "all")\n',
  run: (ctx, engine, args) => logs(ctx, engine, args),
};

function logs(ctx: CommandContext, engine: DockerEngine, args: readonly string[]): CommandResult {
  const p = parseFlags(args, { bools: { follow: 'f', timestamps: 't' }, values: { tail: 'n' } });
  if (p instanceof Error) return usageFailure(ctx, 'logs', p.message);
  if (p.positionals.length !== 1) return needsArgs(ctx, LOGS, 'exactly 1 argument');
  const c = engine.findContainer(p.positionals[0]!);
  if (!c) return daemonError(ctx, `No such container: ${p.positionals[0]!}`);
  const tail = lastValue(p, 'tail');
  const n = tail === undefined || tail === 'all' ? c.logs.length : Math.max(0, Number(tail) || 0);
  for (const line of c.logs.slice(c.logs.length - n)) (line.stream === 'stdout' ? ctx.io.stdout : ctx.io.stderr).write(`${line.text}\n`);
  if (!p.bools.has('follow') || c.status !== 'running') return 0;
  let ended = false;
  const unlisten = engine.listen(c, (chunk) => {
    if (chunk === undefined) ended = true;
    else (chunk.stream === 'stdout' ? ctx.io.stdout : ctx.io.stderr).write(chunk.text);
  });
  return new WaitProcess(() => (ended ? 0 : undefined), unlisten);
}
