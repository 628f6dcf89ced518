// `docker stats`: each running container's CPU, memory against its limit (--memory, or the host's
// memory), network and block I/O and processes, redrawn every second (`--no-stream`: one sample).
// Mirrors cli/command/container/stats.go and formatter/stats.go's table.

import type { DockerContainer, DockerEngine } from '../../engine/index.ts';
import type { CommandContext, CommandResult, Process } from '../shell/types.ts';
import type { DockerCommand } from './command.ts';
import { parseFlags, usageFailure } from './flags.ts';
import { humanSize, table } from './format.ts';
import { bytesSize, WORKSTATION_HOST } from './host.ts';

export const STATS: DockerCommand = {
  name: 'stats',
  usage: '[OPTIONS] [CONTAINER...]',
  summary: 'Display a live stream of container(s) resource usage statistics',
  options: '  -a, --all             Show all containers (default shows just running)\n      --no-stream       Disable streaming stats and only pull the first result\n      --no-trunc        Do not truncate output\n',
  run: (ctx, engine, args) => stats(ctx, engine, args),
};

/** Without --no-stream the table is redrawn every second, over the cleared screen, until Ctrl-C. */
const REFRESH_MS = 1_000;
const CLEAR_SCREEN = '\x1b[2J\x1b[H';
const CTRL_C_EXIT = 130;

class StatsStream implements Process {
  done = false;
  exitCode = 0;
  private nextMs: number;

  constructor(nowMs: number, private readonly draw: () => void) {
    this.nextMs = nowMs + REFRESH_MS;
  }

  wakeAtMs(): number | undefined {
    return this.done ? undefined : this.nextMs;
  }

  poll(nowMs: number): void {
    if (this.done || nowMs < this.nextMs) return;
    this.draw();
    this.nextMs = nowMs + REFRESH_MS;
  }

  cancel(): void {
    this.done = true;
    this.exitCode = CTRL_C_EXIT;
  }
}

function stats(ctx: CommandContext, engine: DockerEngine, args: readonly string[]): CommandResult {
  const p = parseFlags(args, { bools: { all: 'a', 'no-stream': '', 'no-trunc': '' }, values: {} });
  if (p instanceof Error) return usageFailure(ctx, 'stats', p.message);
  const picked: DockerContainer[] = [];
  for (const ref of p.positionals) {
    const c = engine.findContainer(ref);
    if (!c) {
      ctx.io.stderr.write(`Error response from daemon: No such container: ${ref}\n`);
      return 1;
    }
    picked.push(c);
  }
  const draw = (): void => {
    const list = p.positionals.length > 0 ? picked : engine.state.containers.filter((c) => p.bools.has('all') || c.status === 'running').slice().reverse();
    ctx.io.stdout.write(`${p.bools.has('no-stream') ? '' : CLEAR_SCREEN}${statsTable(engine, list, p.bools.has('no-trunc'))}`);
  };
  draw();
  return p.bools.has('no-stream') ? 0 : new StatsStream(ctx.nowMs(), draw);
}

function statsTable(engine: DockerEngine, list: readonly DockerContainer[], noTrunc: boolean): string {
  const rows = [['CONTAINER ID', 'NAME', 'CPU %', 'MEM USAGE / LIMIT', 'MEM %', 'NET I/O', 'BLOCK I/O', 'PIDS']];
  for (const c of list) {
    const s = engine.stats(c);
    const limit = c.memoryBytes > 0 ? c.memoryBytes : WORKSTATION_HOST.memoryBytes;
    const running = c.status === 'running';
    rows.push([
      noTrunc ? c.id : c.id.slice(0, 12), c.name, running ? `${s.cpuPercent.toFixed(2)}%` : '0.00%',
      running ? `${bytesSize(s.memoryBytes)} / ${bytesSize(limit)}` : '0B / 0B', running ? `${((100 * s.memoryBytes) / limit).toFixed(2)}%` : '0.00%',
      `${humanSize(s.netRxBytes)} / ${humanSize(s.netTxBytes)}`, '0B / 0B', String(s.pids),
    ]);
  }
  return table(rows);
}
