// `kubectl set serviceaccount (-f FILE | TYPE NAME) SERVICE_ACCOUNT` (pkg/cmd/set/set_serviceaccount.go):
// sets serviceAccountName in the pod template. Unlike its siblings it patches even when nothing changes.

import { KubectlError, type KubectlCommand, type KubectlContext } from '../../command.ts';
import { flagBool, type ParsedArgs } from '../../flags.ts';
import { reportErrors } from '../../util/error-report.ts';
import { renderHelp } from '../../util/help.ts';
import { DryRun, dryRunStrategy, outputFormat } from '../../util/mutation.ts';
import { SET_SERVICEACCOUNT_HELP } from './help-more.ts';
import { applyMutation, reportMutationErrors } from './mutate.ts';
import { podSpecOf } from './pod-spec.ts';
import { RECORD_FLAG, recorderFor } from './record.ts';
import { ERR_LOCAL_SERVER_DRY_RUN } from './set-image.ts';
import { resolveTargets, targetQuery } from './targets.ts';
import { rejectKustomize } from './unsupported.ts';

export const ERR_SERVICEACCOUNT_REQUIRED = 'serviceaccount is required';

function runSetServiceAccount(ctx: KubectlContext, parsed: ParsedArgs): number {
  rejectKustomize(parsed);
  const recorder = recorderFor(ctx, parsed);
  const dryRun = dryRunStrategy(ctx, parsed);
  const local = flagBool(parsed, 'local');
  if (local && dryRun === DryRun.Server) throw new KubectlError(ERR_LOCAL_SERVER_DRY_RUN);
  const output = outputFormat(parsed);
  if (parsed.args.length === 0) throw new KubectlError(ERR_SERVICEACCOUNT_REQUIRED);
  const name = parsed.args[parsed.args.length - 1]!;
  const query = { ...targetQuery(parsed, parsed.args.slice(0, -1), flagBool(parsed, 'all')), selector: '' };
  const { targets, errors } = resolveTargets(ctx, query);
  if (errors.length > 0) return reportErrors(ctx, errors);
  const failures = applyMutation(ctx, targets, (obj) => {
    podSpecOf(obj).serviceAccountName = name;
    return true;
  }, { operation: 'serviceaccount updated', patchFailure: 'failed to patch ServiceAccountName ', dryRun, local, output, recorder, patchUnchanged: true });
  return reportMutationErrors(ctx, failures);
}

export const SET_SERVICEACCOUNT_COMMAND: KubectlCommand = {
  name: 'serviceaccount',
  aliases: SET_SERVICEACCOUNT_HELP.aliases,
  short: SET_SERVICEACCOUNT_HELP.short,
  help: renderHelp('kubectl set serviceaccount', SET_SERVICEACCOUNT_HELP),
  flags: [...SET_SERVICEACCOUNT_HELP.flags, RECORD_FLAG],
  run: runSetServiceAccount,
};
