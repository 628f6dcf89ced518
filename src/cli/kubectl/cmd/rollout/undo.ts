// `kubectl rollout undo (TYPE NAME | TYPE/NAME) [--to-revision=N]` (pkg/cmd/rollout/rollout_undo.go):
// rolls each object back and prints it with the rollbacker's result as the operation.

import { KubectlError, type KubectlCommand, type KubectlContext } from '../../command.ts';
import { flagInt, flagList, type ParsedArgs } from '../../flags.ts';
import { reportErrors } from '../../util/error-report.ts';
import { commandFromHelp } from '../../util/help.ts';
import { dryRunStrategy, formatObject, outputFormat } from '../../util/mutation.ts';
import { resolveTargets, targetQuery } from '../set/targets.ts';
import { rejectKustomize } from '../set/unsupported.ts';
import { ROLLOUT_UNDO_HELP } from './help.ts';
import { unsupportedKind } from './history-viewer.ts';
import { rollback } from './rollbacker.ts';
import { ERR_REQUIRED_RESOURCE } from './status.ts';

function runUndo(ctx: KubectlContext, parsed: ParsedArgs): number {
  rejectKustomize(parsed);
  const dryRun = dryRunStrategy(ctx, parsed);
  if (parsed.args.length === 0 && flagList(parsed, 'filename').length === 0) throw new KubectlError(ERR_REQUIRED_RESOURCE);
  const output = outputFormat(parsed);
  const toRevision = flagInt(parsed, 'to-revision') ?? 0;
  const { targets, errors } = resolveTargets(ctx, targetQuery(parsed, parsed.args, true));
  for (const { info, obj } of targets) {
    try {
      const unsupported = unsupportedKind(info, 'rollbacker');
      if (unsupported) throw new KubectlError(unsupported);
      const operation = rollback(ctx, info, obj, toRevision, dryRun);
      ctx.io.stdout.write(formatObject(info, obj, { output, operation, dryRun }));
    } catch (e) {
      errors.push(e);
    }
  }
  return reportErrors(ctx, errors);
}

export const ROLLOUT_UNDO_COMMAND: KubectlCommand = commandFromHelp('undo', ROLLOUT_UNDO_HELP, runUndo, 'kubectl rollout undo');
