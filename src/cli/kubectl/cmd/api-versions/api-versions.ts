// `kubectl api-versions` (pkg/cmd/apiresources/apiversions.go): every served group/version, one per
// line, sorted as plain strings (so the core `v1` comes last).

import { UsageError, type KubectlCommand, type KubectlContext } from '../../command.ts';
import type { ParsedArgs } from '../../flags.ts';
import { commandFromHelp } from '../../util/help.ts';
import { API_VERSIONS_HELP } from './help.ts';

export const ERR_UNEXPECTED_ARGS = (args: readonly string[]): string => `unexpected arguments: [${args.join(' ')}]`;

function runApiVersions(ctx: KubectlContext, parsed: ParsedArgs): number {
  if (parsed.args.length > 0) throw new UsageError(ERR_UNEXPECTED_ARGS(parsed.args));
  ctx.io.stdout.write(ctx.client.kinds().groupVersions().map((gv) => `${gv}\n`).join(''));
  return 0;
}

export const API_VERSIONS_COMMAND: KubectlCommand = commandFromHelp('api-versions', API_VERSIONS_HELP, runApiVersions);
