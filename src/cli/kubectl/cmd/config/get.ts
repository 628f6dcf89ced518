// `kubectl config get-contexts | get-clusters | get-users` (pkg/cmd/config/get_*.go): the entries
// of the kubeconfig, sorted by name; get-contexts as a table with `*` on the current context.

import { KubectlError, type KubectlCommand, type KubectlContext } from '../../command.ts';
import { flagBool, flagString, type ParsedArgs } from '../../flags.ts';
import { TABLE_TABWRITER, TabWriter } from '../../printers/tabwriter.ts';
import { reportErrors } from '../../util/error-report.ts';
import { CONFIG_GET_CLUSTERS_HELP, CONFIG_GET_CONTEXTS_HELP, CONFIG_GET_USERS_HELP } from './help.ts';
import { loadConfig } from './model.ts';
import { configCommand } from './subcommand.ts';

export const ERR_GET_CONTEXTS_OUTPUT = (output: string): string =>
  `--output ${output} is not available in kubectl config get-contexts; resetting to default output format`;
export const ERR_CONTEXT_NOT_FOUND = (name: string): string => `context ${name} not found`;

const CONTEXT_HEADERS = 'CURRENT\tNAME\tCLUSTER\tAUTHINFO\tNAMESPACE\n';

function sortedNames(entries: ReadonlyArray<{ name: string }>): string[] {
  return entries.map((e) => e.name).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

function runGetContexts(ctx: KubectlContext, parsed: ParsedArgs): number {
  const output = flagString(parsed, 'output');
  if (output !== '' && output !== 'name') throw new KubectlError(ERR_GET_CONTEXTS_OUTPUT(output));
  const cfg = loadConfig(ctx);
  const known = new Map(cfg.contexts.map((c) => [c.name, c.context]));
  const errors = parsed.args.filter((n) => !known.has(n)).map((n) => new KubectlError(ERR_CONTEXT_NOT_FOUND(n)));
  const names = parsed.args.length === 0 ? sortedNames(cfg.contexts) : parsed.args.filter((n) => known.has(n)).sort();
  const writer = new TabWriter(TABLE_TABWRITER, (text) => ctx.io.stdout.write(text));
  const nameOnly = output === 'name';
  if (!nameOnly && !flagBool(parsed, 'no-headers')) writer.write(CONTEXT_HEADERS);
  for (const name of names) {
    const c = known.get(name)!;
    const prefix = cfg['current-context'] === name ? '*' : ' ';
    writer.write(nameOnly ? `${name}\n` : `${prefix}\t${name}\t${c.cluster ?? ''}\t${c.user ?? ''}\t${c.namespace ?? ''}\n`);
  }
  writer.flush();
  return reportErrors(ctx, errors);
}

export const GET_CONTEXTS_COMMAND = configCommand('get-contexts', CONFIG_GET_CONTEXTS_HELP, runGetContexts);

export const GET_CLUSTERS_COMMAND = configCommand('get-clusters', CONFIG_GET_CLUSTERS_HELP, (ctx) => {
  ctx.io.stdout.write(['NAME', ...sortedNames(loadConfig(ctx).clusters)].map((l) => `${l}\n`).join(''));
  return 0;
});

export const GET_USERS_COMMAND = configCommand('get-users', CONFIG_GET_USERS_HELP, (ctx) => {
  ctx.io.stdout.write(['NAME', ...sortedNames(loadConfig(ctx).users)].map((l) => `${l}\n`).join(''));
  return 0;
});

export const GET_COMMANDS: readonly KubectlCommand[] = [GET_CLUSTERS_COMMAND, GET_CONTEXTS_COMMAND, GET_USERS_COMMAND];
