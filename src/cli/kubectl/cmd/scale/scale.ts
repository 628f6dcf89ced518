// `kubectl scale --replicas=N (-f FILE | TYPE NAME | TYPE -l SEL | TYPE --all)` (pkg/cmd/scale/scale.go,
// pkg/scale/scale.go): writes spec.replicas of deployments, replica sets, stateful sets and replication
// controllers, checks --current-replicas / --resource-version first, and with --timeout waits until
// the status has caught up before printing `deployment.apps/web scaled`.

import { isStatusError } from '../../../../engine/index.ts';
import type { CommandResult } from '../../../shell/types.ts';
import { KubectlError, type KubectlCommand, type KubectlContext } from '../../command.ts';
import { FlagError, flagBool, flagInt, flagString, type ParsedArgs } from '../../flags.ts';
import { reportErrors } from '../../util/error-report.ts';
import { renderHelp } from '../../util/help.ts';
import { DryRun, dryRunStrategy, outputFormat } from '../../util/mutation.ts';
import { checkRequiredFlags } from '../create/generator.ts';
import { parseGoDuration } from '../logs/go-time.ts';
import { RECORD_FLAG, recorderFor } from '../set/record.ts';
import { resolveTargets, targetQuery } from '../set/targets.ts';
import { rejectKustomize } from '../set/unsupported.ts';
import { SCALE_HELP } from './help.ts';
import { printScaled, scaleOne, type ScaleOptions } from './scaler.ts';
import { ScaleWait } from './wait.ts';

export const ERR_REPLICAS = 'The --replicas=COUNT flag is required, and COUNT must be greater than or equal to 0';
export const ERR_CURRENT_REPLICAS = 'The --current-replicas must specify an integer of -1 or greater';
export const ERR_RESOURCE_VERSION_MULTIPLE = 'cannot use --resource-version with multiple resources';
export const ERR_NO_OBJECTS = 'no objects passed to scale';

function complete(ctx: KubectlContext, parsed: ParsedArgs): ScaleOptions {
  const rawTimeout = flagString(parsed, 'timeout');
  const timeout = parseGoDuration(rawTimeout);
  if (!timeout.ok) throw new FlagError(`invalid argument "${rawTimeout}" for "--timeout" flag: ${timeout.error}`);
  checkRequiredFlags(parsed, ['replicas']);
  rejectKustomize(parsed);
  const o: ScaleOptions = {
    recorder: recorderFor(ctx, parsed), dryRun: dryRunStrategy(ctx, parsed), output: outputFormat(parsed),
    replicas: flagInt(parsed, 'replicas') ?? 0, currentReplicas: flagInt(parsed, 'current-replicas') ?? -1,
    resourceVersion: flagString(parsed, 'resource-version'), timeoutMs: timeout.value,
  };
  if (o.replicas < 0) throw new KubectlError(ERR_REPLICAS);
  if (o.currentReplicas < -1) throw new KubectlError(ERR_CURRENT_REPLICAS);
  return o;
}

function runScale(ctx: KubectlContext, parsed: ParsedArgs): CommandResult {
  const o = complete(ctx, parsed);
  const { targets, errors } = resolveTargets(ctx, targetQuery(parsed, parsed.args, flagBool(parsed, 'all')));
  if (o.resourceVersion !== '' && targets.length > 1) throw new KubectlError(ERR_RESOURCE_VERSION_MULTIPLE);
  if (targets.length === 0) throw new KubectlError(ERR_NO_OBJECTS);
  if (o.timeoutMs > 0 && o.dryRun === DryRun.None) return new ScaleWait(ctx, o, targets, errors).start(ctx.nowMs());
  for (const t of targets) {
    if (o.dryRun !== DryRun.Client) {
      try {
        scaleOne(ctx, t, o);
      } catch (e) {
        if (!isStatusError(e) && !(e instanceof KubectlError)) throw e;
        return reportErrors(ctx, [e]);
      }
    }
    printScaled(ctx, t, o);
  }
  return reportErrors(ctx, errors);
}

export const SCALE_COMMAND: KubectlCommand = {
  name: 'scale',
  short: SCALE_HELP.short,
  help: renderHelp('kubectl scale', SCALE_HELP),
  flags: [...SCALE_HELP.flags, RECORD_FLAG],
  run: runScale,
};
