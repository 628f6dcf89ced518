// What `rollout pause`, `resume` and `restart` share (rollout_pause.go and siblings with
// polymorphichelpers ObjectPauser/Resumer/Restarter): change each object locally, turn the change into
// a patch, report the objects kubectl refuses as `error: deployments.apps "web" is already paused`.

import { clone, goQuote, type KubeObject } from '../../../../engine/index.ts';
import { KubectlError, type KubectlContext } from '../../command.ts';
import { flagList, type ParsedArgs } from '../../flags.ts';
import { messageOf, reportErrors, wrapped } from '../../util/error-report.ts';
import { DryRun, formatObject, outputFormat } from '../../util/mutation.ts';
import { isEmptyPatch, mergePatchDiff, sendPatch } from '../set/patch.ts';
import { resolveTargets, targetQuery, type Target } from '../set/targets.ts';
import { rejectKustomize } from '../set/unsupported.ts';
import { NO_RESOURCES_FOUND, ERR_REQUIRED_RESOURCE } from './status.ts';

export interface ObjectPatcher {
  /** Changes the object in place; a KubectlError thrown is kubectl's patch error for it. */
  mutate(obj: KubeObject): void;
  /** The name printer's operation after a successful patch: `paused`. */
  readonly operation: string;
  /** What an empty patch means: printed as an operation, or an error about the object. */
  unchanged(t: Target): { operation: string } | { error: string };
}

/** `deployments.apps`: the mapping's resource, qualified by its group. */
function resourceString(t: Target): string {
  return t.info.group === '' ? t.info.resource : `${t.info.resource}.${t.info.group}`;
}

export function runObjectPatcher(ctx: KubectlContext, parsed: ParsedArgs, patcher: ObjectPatcher): number {
  rejectKustomize(parsed);
  if (parsed.args.length === 0 && flagList(parsed, 'filename').length === 0) throw new KubectlError(ERR_REQUIRED_RESOURCE);
  const output = outputFormat(parsed);
  const { targets, errors } = resolveTargets(ctx, targetQuery(parsed, parsed.args, true));
  if (targets.length === 0 && errors.length === 0) {
    ctx.io.stderr.write(NO_RESOURCES_FOUND(ctx.namespace));
    return 0;
  }
  const print = (obj: KubeObject, t: Target, operation: string): void => {
    ctx.io.stdout.write(formatObject(t.info, obj, { output, operation, dryRun: DryRun.None }));
  };
  for (const t of targets) {
    const obj = clone(t.obj);
    try {
      patcher.mutate(obj);
    } catch (e) {
      if (!(e instanceof KubectlError)) throw e;
      errors.push(new KubectlError(`error: ${resourceString(t)} ${goQuote(t.obj.metadata.name ?? '')} ${messageOf(e)}`));
      continue;
    }
    const patch = mergePatchDiff(t.obj as Record<string, unknown>, obj as Record<string, unknown>);
    if (isEmptyPatch(patch)) {
      const unchanged = patcher.unchanged(t);
      if ('error' in unchanged) errors.push(new KubectlError(unchanged.error));
      else print(t.obj, t, unchanged.operation);
      continue;
    }
    try {
      print(sendPatch(ctx, t.info, t.obj, patch, DryRun.None), t, patcher.operation);
    } catch (e) {
      errors.push(wrapped('failed to patch: ', e));
    }
  }
  return reportErrors(ctx, errors);
}
