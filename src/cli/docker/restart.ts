// `docker restart`: stops each container (stop signal, SIGKILL after the timeout), starts it again
// and prints its name. Mirrors cli/command/container/restart.go.

import type { DockerContainer, DockerEngine } from '../../engine/index.ts';
import type { CommandContext, CommandResult } from '../shell/types.ts';
import { needsArgs, type DockerCommand } from './command.ts';
import { lastValue, parseFlags, usageFailure } from './flags.ts';
import { WaitProcess } from './processes.ts';

export const RESTART: DockerCommand = {
  name: 'restart',
  usage: '[OPTIONS] CONTAINER [CONTAINER...]',
  summary: 'Restart one or more containers',
  options: '  -t, --time int        Seconds to wait before killing the container\n',
  run: (ctx, engine, args) => restart(ctx, engine, args),
};

function restart(ctx: CommandContext, engine: DockerEngine, args: readonly string[]): CommandResult {
  const p = parseFlags(args, { bools: {}, values: { time: 't', signal: 's' } });
  if (p instanceof Error) return usageFailure(ctx, 'restart', p.message);
  if (p.positionals.length === 0) return needsArgs(ctx, RESTART, 'at least 1 argument');
  const time = lastValue(p, 'time');
  const failed: string[] = [];
  const pending: Array<{ ref: string; c: DockerContainer }> = [];
  for (const ref of p.positionals) {
    const c = engine.findContainer(ref);
    if (!c) {
      ctx.io.stderr.write(`Error response from daemon: No such container: ${ref}\n`);
      failed.push(ref);
      continue;
    }
    engine.stop(c, time === undefined ? undefined : Number(time));
    pending.push({ ref, c });
  }
  const report = (): number | undefined => {
    while (pending.length > 0 && pending[0]!.c.status !== 'running') {
      const { ref, c } = pending.shift()!;
      const err = engine.start(c);
      if (err) {
        ctx.io.stderr.write(`Error response from daemon: Cannot restart container ${ref}: ${err}\n`);
        failed.push(ref);
      } else ctx.io.stdout.write(`${ref}\n`);
    }
    if (pending.length > 0) return undefined;
    return failed.length === 0 ? 0 : 1;
  };
  return report() ?? new WaitProcess(report);
}
