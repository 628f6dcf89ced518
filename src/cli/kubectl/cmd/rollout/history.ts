// `kubectl rollout history (TYPE NAME | TYPE/NAME) [--revision=N]` (pkg/cmd/rollout/rollout_history.go):
// the name printer's line with the history as its "operation" (`deployment.apps/web ` then the table),
// or with -o the revisions' objects (ReplicaSets; DaemonSets/StatefulSets as of that revision).

import { resourceForKind, splitApiVersion, type KubeObject } from '../../../../engine/index.ts';
import { KubectlError, type KubectlCommand, type KubectlContext } from '../../command.ts';
import { flagInt, flagList, type ParsedArgs } from '../../flags.ts';
import { reportErrors } from '../../util/error-report.ts';
import { commandFromHelp } from '../../util/help.ts';
import { DryRun, formatObject, outputFormat, OutputFormat } from '../../util/mutation.ts';
import { resolveTargets, targetQuery } from '../set/targets.ts';
import { rejectKustomize } from '../set/unsupported.ts';
import { ROLLOUT_HISTORY_HELP } from './help.ts';
import { revisionsOf, unsupportedKind, viewHistory } from './history-viewer.ts';
import { ERR_NEGATIVE_REVISION, ERR_REQUIRED_RESOURCE } from './status.ts';

function runHistory(ctx: KubectlContext, parsed: ParsedArgs): number {
  rejectKustomize(parsed);
  if (parsed.args.length === 0 && flagList(parsed, 'filename').length === 0) throw new KubectlError(ERR_REQUIRED_RESOURCE);
  const revision = flagInt(parsed, 'revision') ?? 0;
  if (revision < 0) throw new KubectlError(ERR_NEGATIVE_REVISION(revision));
  const output = parsed.changed.has('output') ? outputFormat(parsed) : undefined;
  const { targets, errors } = resolveTargets(ctx, targetQuery(parsed, parsed.args, true));
  for (const { info, obj } of targets) {
    try {
      const unsupported = unsupportedKind(info, 'history');
      if (unsupported) throw new KubectlError(unsupported);
      const revisions = revisionsOf(ctx, info, obj);
      if (output !== undefined) {
        const objects = revision > 0 ? [revisions.get(revision)?.object].filter((o): o is KubeObject => o !== undefined)
          : [...revisions.keys()].sort((a, b) => a - b).map((n) => revisions.get(n)!.object);
        ctx.io.stdout.write(printObjects(objects, output));
        continue;
      }
      const withRevision = revision > 0 ? `with revision #${revision}` : '';
      const operation = `${withRevision}\n${viewHistory(revisions, revision)}`;
      ctx.io.stdout.write(formatObject(info, obj, { output: OutputFormat.Default, operation, dryRun: DryRun.None }));
    } catch (e) {
      errors.push(e);
    }
  }
  return reportErrors(ctx, errors);
}

/** The YAML printer separates documents after the first with `---`. */
function printObjects(objects: readonly KubeObject[], output: OutputFormat): string {
  return objects.map((obj, i) => {
    const info = resourceForKind(splitApiVersion(obj.apiVersion ?? '').group, obj.kind ?? '')!;
    const text = formatObject(info, obj, { output, operation: '', dryRun: DryRun.None });
    return output === OutputFormat.Yaml && i > 0 ? `---\n${text}` : text;
  }).join('');
}

export const ROLLOUT_HISTORY_COMMAND: KubectlCommand = commandFromHelp('history', ROLLOUT_HISTORY_HELP, runHistory, 'kubectl rollout history');
