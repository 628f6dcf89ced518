// `docker stop`: the stop signal, SIGKILL after the timeout (10 s), each name printed once its
// container has stopped. Mirrors cli/command/container/stop.go.

import type { DockerContainer, DockerEngine } from '../../engine/index.ts';
import type { CommandContext, CommandResult } from '../shell/types.ts';
import { needsArgs, type DockerCommand } from './command.ts';
import { lastValue, parseFlags, usageFailure } from './flags.ts';
import { WaitProcess } from './processes.ts';

export const STOP: DockerCommand = {
  name: 'stop',
  usage: '[OPTIONS] CONTAINER [CONTAINER...]',
  summary: 'Stop one or more running containers',
  options: '  -t, --time int        Seconds to wait before killing the container\n',
  run: (ctx, engine, args) => stop(ctx, engine, args),
};

function stop(ctx: CommandContext, engine: DockerEngine, args: readonly string[]): CommandResult {
  const p = parseFlags(args, { bools: {}, values: { time: 't', signal: 's' } });
  if (p instanceof Error) return usageFailure(ctx, 'stop', p.message);
  if (p.positionals.length === 0) return needsArgs(ctx, STOP, 'at least 1 argument');
  const time = lastValue(p, 'time');
  let failed = false;
  const pending: Array<{ ref: string; c: DockerContainer }> = [];
  for (const ref of p.positionals) {
    const c = engine.findContainer(ref);
    if (!c) {
      ctx.io.stderr.write(`Error response from daemon: No such container: ${ref}\n`);
      failed = true;
      continue;
    }
    engine.stop(c, time === undefined ? undefined : Number(time));
    pending.push({ ref, c });
  }
  const report = (): number | undefined => {
    while (pending.length > 0 && pending[0]!.c.status !== 'running') ctx.io.stdout.write(`${pending.shift()!.ref}\n`);
    return pending.length > 0 ? undefined : failed ? 1 : 0;
  };
  return report() ?? new WaitProcess(report);
}
