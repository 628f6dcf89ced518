// Running one program from another (`timeout`, `env`): the same context with other arguments.

import type { CommandContext, ShellVariables } from '../types.ts';

export function withArgv(ctx: CommandContext, argv: readonly string[], vars: ShellVariables = ctx.vars): CommandContext {
  return {
    argv,
    io: ctx.io,
    fs: ctx.fs,
    vars,
    get cwd() {
      return ctx.cwd;
    },
    setCwd: (path) => ctx.setCwd(path),
    nowMs: () => ctx.nowMs(),
    lookup: (name) => ctx.lookup(name),
    findCommand: ctx.findCommand,
    history: ctx.history,
    clearScreen: () => ctx.clearScreen(),
  };
}
