// `kubectl apply view-last-applied` (apply_view_last_applied.go): prints the last-applied
// configuration of each named object as YAML (default) or JSON. Objects without the annotation
// print nothing, as upstream (its error is dropped when no file is involved).

import { UsageError, type KubectlCommand, type KubectlContext } from '../../command.ts';
import { flagString, type ParsedArgs } from '../../flags.ts';
import { toYaml } from '../../printers/output.ts';
import { renderHelp } from '../../util/help.ts';
import { lastAppliedOf } from '../../util/last-applied.ts';
import { parseResourceArgs } from '../../util/resource-args.ts';
import { APPLY_VIEW_LAST_APPLIED_HELP } from './help.ts';

export const ERR_VIEW_OUTPUT = (format: string): string => `Unexpected -o output mode: ${format}, the flag 'output' must be one of yaml|json`;

function run(ctx: KubectlContext, parsed: ParsedArgs): number {
  const format = flagString(parsed, 'output') || 'yaml';
  const configs: string[] = [];
  for (const { info, names } of parseResourceArgs(parsed.args)) {
    for (const name of names) {
      const text = lastAppliedOf(ctx.client.server.get(info, info.namespaced ? ctx.namespace : undefined, name));
      if (text !== undefined) configs.push(text);
    }
  }
  for (const text of configs) {
    const value: unknown = JSON.parse(text);
    if (format === 'json') ctx.io.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
    else if (format === 'yaml') ctx.io.stdout.write(toYaml(value));
    else throw new UsageError(ERR_VIEW_OUTPUT(format));
  }
  return 0;
}

export const VIEW_LAST_APPLIED_COMMAND: KubectlCommand = {
  name: 'view-last-applied',
  short: APPLY_VIEW_LAST_APPLIED_HELP.short,
  help: renderHelp('kubectl apply view-last-applied', APPLY_VIEW_LAST_APPLIED_HELP),
  flags: APPLY_VIEW_LAST_APPLIED_HELP.flags,
  run,
};
