// The shape shared by the `kubectl config` subcommands (pkg/cmd/config): each has its help data and
// a run function; some argument errors print the help to stdout before the error (helpErrorf).

import { KubectlError, type KubectlCommand, type KubectlContext } from '../../command.ts';
import { flagString, type ParsedArgs } from '../../flags.ts';
import { renderHelp, type CommandHelp } from '../../util/help.ts';

export const ERR_UNEXPECTED_ARGS = (args: readonly string[]): string => `Unexpected args: [${args.join(' ')}]`;

export type ConfigRun = (ctx: KubectlContext, parsed: ParsedArgs, help: string) => number;

export function configCommand(name: string, help: CommandHelp, run: ConfigRun): KubectlCommand {
  const text = renderHelp(`kubectl config ${name}`, help);
  return {
    name,
    ...(help.aliases ? { aliases: help.aliases } : {}),
    short: help.short,
    help: text,
    flags: help.flags,
    run: (ctx, parsed) => run(ctx, parsed, text),
  };
}

/** cmdutil's helpErrorf: the command's help on stdout, then `error: <message>`. */
export function helpError(ctx: KubectlContext, help: string, message: string): never {
  ctx.io.stdout.write(help);
  throw new KubectlError(message);
}

/** Exactly `count` arguments, or the help and `Unexpected args: [...]`. */
export function requireArgs(ctx: KubectlContext, parsed: ParsedArgs, help: string, count: number): string[] {
  if (parsed.args.length !== count) helpError(ctx, help, ERR_UNEXPECTED_ARGS(parsed.args));
  return parsed.args;
}

/** The kubeconfig file as kubectl names it in messages: --kubeconfig as typed, else the resolved path. */
export function configFileName(ctx: KubectlContext, parsed: ParsedArgs): string {
  return flagString(parsed, 'kubeconfig') || ctx.kubeconfigPath;
}
