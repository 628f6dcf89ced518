// The `docker` program on the student's workstation: the commands (an explicit table), `docker
// --help`, per-command `--help`, and the CLI's error for an unknown command.
// Mirrors docker/cli cmd/docker (Docker 27.x client); the daemon is the cluster's DockerEngine.

import type { Cluster } from '../../engine/index.ts';
import type { CommandContext, CommandResult, CommandSpec } from '../shell/types.ts';
import { BUILD } from './build.ts';
import { helpText, type DockerCommand } from './command.ts';
import { EXEC } from './exec.ts';
import { IMAGES } from './images.ts';
import { INSPECT } from './inspect.ts';
import { LOGS } from './logs.ts';
import { PS } from './ps.ts';
import { PULL } from './pull.ts';
import { PUSH } from './push.ts';
import { RESTART } from './restart.ts';
import { STATS } from './stats.ts';
import { SYSTEM } from './system.ts';
import { INFO } from './info.ts';
import { RM } from './rm.ts';
import { RMI } from './rmi.ts';
import { RUN } from './run.ts';
import { START } from './start.ts';
import { STOP } from './stop.ts';
import { TAG } from './tag.ts';
import { DOCKER_CLIENT_VERSION, VERSION_CMD } from './version.ts';

const COMMANDS: readonly DockerCommand[] = [RUN, EXEC, PS, BUILD, PULL, PUSH, IMAGES, LOGS, STOP, START, RESTART, STATS, RM, RMI, TAG, INSPECT, SYSTEM, VERSION_CMD, INFO];

const COMMON = ['run', 'exec', 'ps', 'build', 'pull', 'push', 'images', 'info', 'version'];

function rootHelp(): string {
  const line = (c: DockerCommand): string => `  ${c.name.padEnd(11)} ${c.summary}\n`;
  return [
    '\nUsage:  docker [OPTIONS] COMMAND\n\nA self-sufficient runtime for containers\n\nCommon Commands:\n',
    ...COMMANDS.filter((c) => COMMON.includes(c.name)).map(line),
    '\nCommands:\n',
    ...COMMANDS.filter((c) => !COMMON.includes(c.name)).map(line),
    '\nGlobal Options:\n  -v, --version            Print version information and quit\n',
    "\nRun 'docker COMMAND --help' for more information on a command.\n",
  ].join('');
}

export function dockerProgram(cluster: Cluster): CommandSpec {
  return { name: 'docker', path: '/usr/bin/docker', run: (ctx) => runDocker(cluster, ctx) };
}

function runDocker(cluster: Cluster, ctx: CommandContext): CommandResult {
  const [name, ...args] = ctx.argv.slice(1);
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    ctx.io.stdout.write(rootHelp());
    return 0;
  }
  if (name === '--version' || name === '-v') {
    ctx.io.stdout.write(`Docker version ${DOCKER_CLIENT_VERSION}, build ce12230\n`);
    return 0;
  }
  const cmd = COMMANDS.find((c) => c.name === name);
  if (!cmd) {
    ctx.io.stderr.write(`docker: '${name}' is not a docker command.\nSee 'docker --help'\n`);
    return 1;
  }
  if (args.includes('--help') || args.includes('-h')) {
    ctx.io.stdout.write(helpText(cmd));
    return 0;
  }
  return cmd.run(ctx, cluster.docker, args);
}
