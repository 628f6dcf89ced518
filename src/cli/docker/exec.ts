// `docker exec`: a command in a running container's namespaces (not PID 1, its own hostname), or an
// interactive shell with -it. Mirrors docker/cli cli/command/container/exec.go.

import type { DockerEngine } from '../../engine/index.ts';
import type { CommandContext, CommandResult } from '../shell/types.ts';
import { daemonError, needsArgs, type DockerCommand } from './command.ts';
import { lastValue, parseFlags, usageFailure } from './flags.ts';
import { WaitProcess } from './processes.ts';
import { ContainerTerminal, type ExitBox } from '../container-terminal.ts';

export const EXEC: DockerCommand = {
  name: 'exec',
  usage: '[OPTIONS] CONTAINER COMMAND [ARG...]',
  summary: 'Execute a command in a running container',
  options: [
    '  -e, --env list             Set environment variables',
    '  -i, --interactive          Keep STDIN open even if not attached',
    '  -t, --tty                  Allocate a pseudo-TTY',
    '  -w, --workdir string       Working directory inside the container',
    '',
  ].join('\n'),
  run: (ctx, engine, args) => exec(ctx, engine, args),
};

function exec(ctx: CommandContext, engine: DockerEngine, args: readonly string[]): CommandResult {
  const p = parseFlags(args, { bools: { interactive: 'i', tty: 't', detach: 'd' }, values: { env: 'e', workdir: 'w', user: 'u' }, stopAtPositional: true });
  if (p instanceof Error) return usageFailure(ctx, 'exec', p.message);
  if (p.positionals.length < 2) return needsArgs(ctx, EXEC, 'at least 2 arguments');
  const [ref, ...argv] = p.positionals as [string, ...string[]];
  const c = engine.findContainer(ref);
  if (!c) return daemonError(ctx, `No such container: ${ref}`);
  if (c.status !== 'running') return daemonError(ctx, `container ${c.id} is not running`);
  const problem = engine.startProblem(c, argv);
  if (problem) {
    ctx.io.stderr.write(`OCI runtime exec failed: exec failed: unable to start container process: ${problem}: unknown\n`);
    return 126;
  }
  const tty = p.bools.has('tty');
  const stdin = p.bools.has('interactive');
  const exit: ExitBox = { code: undefined };
  const workdir = lastValue(p, 'workdir');
  const session = engine.exec(c, argv, { tty, stdin, env: p.values.get('env') ?? [], ...(workdir !== undefined ? { workdir } : {}) }, {
    output: (fd, text) => (tty || fd === 1 ? ctx.io.stdout : ctx.io.stderr).write(text),
    exit: (code) => { exit.code ??= code; },
  });
  if (stdin && ctx.io.stdin !== '') {
    session.input(ctx.io.stdin);
    session.closeInput();
  }
  if (exit.code !== undefined) return exit.code;
  if (tty && stdin) return new ContainerTerminal(ctx.io.stdout, session, exit);
  if (!stdin) session.closeInput();
  return exit.code ?? new WaitProcess(() => exit.code, () => session.detach());
}
