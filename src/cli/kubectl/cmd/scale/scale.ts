// `kubectl scale --replicas=N TYPE NAME` (pkg/cmd/scale/scale.go): writes spec.replicas of
// deployments, replica sets, stateful sets and replication controllers; `deployment.apps/web scaled`.

import { KubectlError, type KubectlCommand, type KubectlContext } from '../../command.ts';
import { flagInt, type ParsedArgs } from '../../flags.ts';
import { checkRequiredFlags } from '../create/generator.ts';
import { reportErrors } from '../../util/error-report.ts';
import { commandFromHelp } from '../../util/help.ts';
import { DryRun, dryRunStrategy, formatObject, outputFormat } from '../../util/mutation.ts';
import { parseResourceArgs } from '../../util/resource-args.ts';
import { SCALE_HELP } from './help.ts';

export const ERR_REPLICAS = 'The --replicas=COUNT flag is required, and COUNT must be greater than or equal to 0';
export const ERR_NO_SCALE = (kind: string): string => `cannot scale ${kind}`;
const SCALABLE = new Set(['Deployment', 'ReplicaSet', 'StatefulSet', 'ReplicationController']);

function runScale(ctx: KubectlContext, parsed: ParsedArgs): number {
  checkRequiredFlags(parsed, ['replicas']);
  const replicas = flagInt(parsed, 'replicas') ?? -1;
  const dryRun = dryRunStrategy(ctx, parsed);
  const output = outputFormat(parsed);
  if (replicas < 0) throw new KubectlError(ERR_REPLICAS);
  const errors: unknown[] = [];
  for (const { info, names } of parseResourceArgs(parsed.args)) {
    for (const name of names) {
      try {
        if (!SCALABLE.has(info.kind)) throw new KubectlError(ERR_NO_SCALE(info.kind.toLowerCase()));
        const ns = info.namespaced ? ctx.namespace : undefined;
        const obj = dryRun === DryRun.Client
          ? ctx.client.server.get(info, ns, name)
          : ctx.client.server.patch(info, ns, name, 'merge', { spec: { replicas } }, { dryRun: dryRun === DryRun.Server });
        ctx.io.stdout.write(formatObject(info, obj, { output, operation: 'scaled', dryRun }));
      } catch (err) {
        errors.push(err);
      }
    }
  }
  return reportErrors(ctx, errors);
}

export const SCALE_COMMAND: KubectlCommand = commandFromHelp('scale', SCALE_HELP, runScale);
