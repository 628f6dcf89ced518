// `kubectl replace -f FILENAME` (pkg/cmd/replace/replace.go, v1.31): PUT every object of the files
// (taking the live resourceVersion when the file has none), printing `pod/x replaced`; with --force
// delete them, wait until they are gone (see force.ts), then create them again.

import { clone, type KubeObject } from '../../../../engine/index.ts';
import type { CommandResult } from '../../../shell/types.ts';
import { KubectlError, type KubectlCommand, type KubectlContext } from '../../command.ts';
import { flagBool, flagInt, flagList, flagString, parseDuration, type ParsedArgs } from '../../flags.ts';
import { reportErrors, withSource } from '../../util/error-report.ts';
import { commandFromHelp } from '../../util/help.ts';
import { withLastApplied } from '../../util/last-applied.ts';
import type { Manifest } from '../../util/manifests.ts';
import { checkValidateFlag, DryRun, dryRunStrategy, formatObject, OutputFormat, outputFormat } from '../../util/mutation.ts';
import { placeInNamespace } from '../../util/namespaces.ts';
import { ERR_FILENAME_REQUIRED, selectManifests } from '../create/create.ts';
import { forceReplace, type ForceReplaceOptions } from './force.ts';
import { REPLACE_HELP } from './help.ts';

export const ERR_GRACE_NEEDS_FORCE = '--grace-period must have --force specified';
export const ERR_TIMEOUT_NEEDS_FORCE = '--timeout must have --force specified';
export const ERR_DRY_RUN_WITH_FORCE = '--dry-run can not be used when --force is set';

/** How long --force waits for the deletions when --timeout is 0. */
const DEFAULT_FORCE_TIMEOUT_MS = 5 * 60_000;

export interface ReplaceOptions extends ForceReplaceOptions {
  readonly saveConfig: boolean;
}

function complete(ctx: KubectlContext, parsed: ParsedArgs): ReplaceOptions {
  checkValidateFlag(parsed);
  const dryRun = dryRunStrategy(ctx, parsed);
  const output = outputFormat(parsed);
  let gracePeriod = flagInt(parsed, 'grace-period') ?? -1;
  // Backwards compatibility with safety: --grace-period=0 becomes 1 (and the deletion is awaited).
  if (gracePeriod === 0) gracePeriod = 1;
  if (flagList(parsed, 'filename').length === 0 && flagString(parsed, 'kustomize') === '') throw new KubectlError(ERR_FILENAME_REQUIRED);
  const force = flagBool(parsed, 'force');
  const timeoutMs = parseDuration(flagString(parsed, 'timeout') || '0s') ?? 0;
  if (gracePeriod >= 0 && !force) throw new KubectlError(ERR_GRACE_NEEDS_FORCE);
  if (timeoutMs !== 0 && !force) throw new KubectlError(ERR_TIMEOUT_NEEDS_FORCE);
  if (force && dryRun !== DryRun.None) throw new KubectlError(ERR_DRY_RUN_WITH_FORCE);
  return { dryRun, output, saveConfig: flagBool(parsed, 'save-config'), gracePeriod, timeoutMs: timeoutMs || DEFAULT_FORCE_TIMEOUT_MS };
}

/** The objects of the -f files, placed in the command's namespace and annotated for --save-config. */
export function replacementObjects(ctx: KubectlContext, parsed: ParsedArgs, o: ReplaceOptions): Array<{ manifest: Manifest; obj: KubeObject }> {
  return selectManifests(ctx, flagList(parsed, 'filename'), flagBool(parsed, 'recursive'), '').map((manifest) => {
    const obj = placeInNamespace(ctx, manifest.info, clone(manifest.object));
    return { manifest, obj: o.saveConfig ? withLastApplied(obj) : obj };
  });
}

/** resource.Helper.Replace with overwrite: a missing resourceVersion is taken from the live object. */
function replaceOne(ctx: KubectlContext, o: ReplaceOptions, m: Manifest, obj: KubeObject): KubeObject {
  const ns = m.info.namespaced ? obj.metadata.namespace : undefined;
  try {
    if (!obj.metadata.resourceVersion) {
      const live = ctx.client.server.tryGet(m.info, ns, obj.metadata.name ?? '');
      if (live?.metadata.resourceVersion) obj.metadata.resourceVersion = live.metadata.resourceVersion;
    }
    return ctx.client.server.update(m.info, ns, obj, { dryRun: o.dryRun === DryRun.Server });
  } catch (err) {
    throw withSource(err, 'replacing', m.source);
  }
}

function runReplace(ctx: KubectlContext, parsed: ParsedArgs): CommandResult {
  const o = complete(ctx, parsed);
  if (flagBool(parsed, 'force')) return forceReplace(ctx, o, replacementObjects(ctx, parsed, o));
  const errors: unknown[] = [];
  let printed = 0;
  for (const { manifest, obj } of replacementObjects(ctx, parsed, o)) {
    try {
      const result = o.dryRun === DryRun.Client ? obj : replaceOne(ctx, o, manifest, obj);
      if (o.output === OutputFormat.Yaml && printed > 0) ctx.io.stdout.write('---\n');
      ctx.io.stdout.write(formatObject(manifest.info, result, { output: o.output, operation: 'replaced', dryRun: o.dryRun }));
      printed++;
    } catch (err) {
      errors.push(err);
    }
  }
  return reportErrors(ctx, errors);
}

export const REPLACE_COMMAND: KubectlCommand = commandFromHelp('replace', REPLACE_HELP, runReplace);
