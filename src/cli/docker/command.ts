// The shape of one docker CLI command and the daemon-error helpers every command shares.
// Mirrors docker/cli's cobra commands: `Usage:` line, short description, exit codes.

import type { DockerEngine } from '../../engine/index.ts';
import type { CommandContext, CommandResult } from '../shell/types.ts';

export interface DockerCommand {
  readonly name: string;
  /** The `Usage:` line's arguments after `docker <name>`. */
  readonly usage: string;
  readonly summary: string;
  /** The options section of `--help` (already aligned), '' for none. */
  readonly options: string;
  run(ctx: CommandContext, engine: DockerEngine, args: readonly string[]): CommandResult;
}

/** `Error response from daemon: …` on stderr, exit 1 (the form for every command but run/create). */
export function daemonError(ctx: CommandContext, message: string): number {
  ctx.io.stderr.write(`Error response from daemon: ${message}\n`);
  return 1;
}

/** `docker: Error response from daemon: ….` + `See 'docker run --help'.`, exit 125. */
export function runDaemonError(ctx: CommandContext, command: string, message: string): number {
  ctx.io.stderr.write(`docker: Error response from daemon: ${message.replace(/\.?$/, '.')}\nSee 'docker ${command} --help'.\n`);
  return 125;
}

/** `"docker stop" requires at least 1 argument.` with the usage, exit 1. */
export function needsArgs(ctx: CommandContext, cmd: DockerCommand, what: string): number {
  ctx.io.stderr.write(`"docker ${cmd.name}" requires ${what}.\nSee 'docker ${cmd.name} --help'.\n\nUsage:  docker ${cmd.name} ${cmd.usage}\n\n${cmd.summary}\n`);
  return 1;
}

export function helpText(cmd: DockerCommand): string {
  return `\nUsage:  docker ${cmd.name} ${cmd.usage}\n\n${cmd.summary}\n${cmd.options ? `\nOptions:\n${cmd.options}` : ''}`;
}
