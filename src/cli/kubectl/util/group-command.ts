// Commands that only group subcommands (`kubectl create secret`, `kubectl config`): run bare they
// print their help to stderr and fail (cmdutil.DefaultSubCommandRun); an unknown subcommand is a
// usage error.

import { UsageError, type KubectlCommand } from '../command.ts';
import { renderHelp, type CommandHelp } from './help.ts';

export const ERR_UNKNOWN_SUBCOMMAND = (args: readonly string[]): string => `unknown command "${args.join(' ')}"`;

export function groupCommand(path: string, help: CommandHelp, subcommands: readonly KubectlCommand[]): KubectlCommand {
  const text = renderHelp(path, help, subcommands.map((c) => ({ name: c.name, short: c.short })));
  return {
    name: path.split(' ').pop()!,
    ...(help.aliases ? { aliases: help.aliases } : {}),
    short: help.short,
    help: text,
    flags: help.flags,
    subcommands,
    run: (ctx, parsed) => {
      if (parsed.args.length > 0) throw new UsageError(ERR_UNKNOWN_SUBCOMMAND(parsed.args));
      ctx.io.stderr.write(text);
      return 1;
    },
  };
}
