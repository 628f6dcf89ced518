// sudo 1.9.9 for the vagrant user (NOPASSWD: ALL, as Vagrant boxes have it): `sudo CMD` runs CMD
// as root (root's files and HOME), `sudo -i`, `sudo su -`, `sudo -s` start root's shell on top.

import type { ShellSession } from '../shell/session.ts';
import type { CommandContext, CommandSpec, ShellVariables } from '../shell/types.ts';
import type { NodeEnv } from './node-env.ts';
import { NodeFs } from './node-fs.ts';

const USAGE = `usage: sudo -h | -K | -k | -V
usage: sudo -v [-ABknS] [-g group] [-h host] [-p prompt] [-u user]
usage: sudo -l [-ABknS] [-g group] [-h host] [-p prompt] [-U user] [-u user]
            [command]
usage: sudo [-ABbEHknPS] [-r role] [-t type] [-C num] [-D directory] [-g group]
            [-h host] [-p prompt] [-R directory] [-T timeout] [-u user]
            [VAR=value] [-i|-s] [<command>]
usage: sudo -e [-ABknS] [-r role] [-t type] [-C num] [-D directory] [-g group]
            [-h host] [-p prompt] [-R directory] [-T timeout] [-u user] file ...
`;
const ROOT_SHELLS: ReadonlyArray<readonly string[]> = [['-i'], ['-s'], ['su'], ['su', '-'], ['su', '-l'], ['su', 'root'], ['su', '-', 'root'], ['bash'], ['-i', 'bash']];

/** The invoking user's variables with root's identity over them, as sudo's env_reset leaves them. */
class RootVariables implements ShellVariables {
  private readonly own = new Map<string, string>([['USER', 'root'], ['LOGNAME', 'root'], ['HOME', '/root'], ['SUDO_USER', 'vagrant']]);
  constructor(private readonly below: ShellVariables) {}
  get(name: string): string | undefined {
    return this.own.get(name) ?? this.below.get(name);
  }
  set(name: string, value: string): void {
    this.own.set(name, value);
  }
  unset(name: string): void {
    this.own.delete(name);
  }
  exported(): ReadonlyArray<readonly [string, string]> {
    const names = new Map(this.below.exported());
    for (const [k, v] of this.own) names.set(k, v);
    return [...names].sort(([a], [b]) => (a < b ? -1 : 1));
  }
}

function asRoot(ctx: CommandContext, argv: readonly string[], commands: ReadonlyMap<string, CommandSpec>): CommandContext {
  const fs = ctx.fs instanceof NodeFs ? ctx.fs.as('root') : ctx.fs;
  return {
    argv, io: ctx.io, fs, vars: new RootVariables(ctx.vars),
    get cwd() { return ctx.cwd; },
    setCwd: (path) => ctx.setCwd(path),
    nowMs: () => ctx.nowMs(),
    lookup: (name) => commands.get(name)?.run,
    findCommand: (name) => commands.get(name),
    history: ctx.history,
    clearScreen: () => ctx.clearScreen(),
    ...(ctx.shells ? { shells: ctx.shells } : {}),
  };
}

export function sudoProgram(env: NodeEnv, openShell: (user: string) => ShellSession, rootCommands: () => readonly CommandSpec[]): CommandSpec {
  const run = (ctx: CommandContext): ReturnType<CommandSpec['run']> => {
    const args = ctx.argv.slice(1);
    if (args.length === 0) {
      ctx.io.stderr.write(USAGE);
      return 1;
    }
    if (ROOT_SHELLS.some((form) => form.length === args.length && form.every((a, i) => a === args[i]))) {
      if (!ctx.shells) return 1;
      const pushed = ctx.shells.push(openShell('root'));
      env.login?.shells.push(pushed);
      return pushed;
    }
    const rest = args[0] === '-E' || args[0] === '--' ? args.slice(1) : args;
    const commands = new Map(rootCommands().map((c) => [c.name, c] as const));
    const name = rest[0] ?? '';
    const spec = commands.get(name) ?? [...commands.values()].find((c) => c.path === name);
    if (!spec) {
      ctx.io.stderr.write(`sudo: ${name}: command not found\n`);
      return 1;
    }
    return spec.run(asRoot(ctx, rest, commands));
  };
  return { name: 'sudo', path: '/usr/bin/sudo', run };
}
