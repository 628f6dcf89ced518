// `kubectl patch TYPE NAME -p PATCH [--type strategic|merge|json]` (pkg/cmd/patch/patch.go):
// `deployment.apps/web patched`, or `patched (no change)` when the object stayed the same.

import { load } from 'js-yaml';
import { deepEqual, isStatusError, type ResourceInfo } from '../../../../engine/index.ts';
import { resolvePath } from '../../../fs/virtual-fs.ts';
import { KubectlError, type KubectlCommand, type KubectlContext } from '../../command.ts';
import { flagString, type ParsedArgs } from '../../flags.ts';
import { reportErrors } from '../../util/error-report.ts';
import { commandFromHelp } from '../../util/help.ts';
import { DryRun, dryRunStrategy, formatObject, outputFormat } from '../../util/mutation.ts';
import { parseResourceArgs } from '../../util/resource-args.ts';
import { PATCH_HELP } from './help.ts';

export const ERR_PATCH_REQUIRED = 'must specify --patch or --patch-file containing the contents of the patch';
/** kubectl wraps the server's 415 for a strategic merge patch of a kind without Go struct (a custom resource). */
export const ERR_STRATEGIC_UNSUPPORTED = (info: ResourceInfo, message: string): string =>
  `application/strategic-merge-patch+json is not supported by ${info.group}/${info.version}, Kind=${info.kind}: ${message}`;
export const ERR_PATCH_TYPE = (t: string): string => `--type must be one of [json merge strategic], not "${t}"`;
export const ERR_PATCH_BOTH = 'cannot specify --patch and --patch-file together';
const PATCH_TYPES = ['json', 'merge', 'strategic'] as const;

function patchBody(ctx: KubectlContext, parsed: ParsedArgs): unknown {
  const inline = flagString(parsed, 'patch');
  const file = flagString(parsed, 'patch-file');
  if (inline !== '' && file !== '') throw new KubectlError(ERR_PATCH_BOTH);
  if (inline === '' && file === '') throw new KubectlError(ERR_PATCH_REQUIRED);
  const text = inline !== '' ? inline : ctx.fs.readFile(resolvePath(ctx.cwd, file, ctx.home));
  try {
    return load(text);
  } catch (e) {
    throw new KubectlError(`unable to parse "${text}": yaml: ${(e as { reason?: string }).reason ?? 'invalid'}`);
  }
}

function runPatch(ctx: KubectlContext, parsed: ParsedArgs): number {
  const type = flagString(parsed, 'type') || 'strategic';
  if (!(PATCH_TYPES as readonly string[]).includes(type)) throw new KubectlError(ERR_PATCH_TYPE(type));
  const body = patchBody(ctx, parsed);
  const dryRun = dryRunStrategy(ctx, parsed);
  const output = outputFormat(parsed);
  const errors: unknown[] = [];
  for (const { info, names } of parseResourceArgs(parsed.args, ctx.client.kinds())) {
    for (const name of names) {
      try {
        const ns = info.namespaced ? ctx.namespace : undefined;
        const before = ctx.client.server.get(info, ns, name);
        const after = ctx.client.server.patch(info, ns, name, type as (typeof PATCH_TYPES)[number], body,
          { dryRun: dryRun !== DryRun.None });
        const same = deepEqual(before, after);
        ctx.io.stdout.write(formatObject(info, after, { output, operation: same ? 'patched (no change)' : 'patched', dryRun }));
      } catch (err) {
        errors.push(isStatusError(err) && err.code === 415 && type === 'strategic' ? new KubectlError(ERR_STRATEGIC_UNSUPPORTED(info, err.message)) : err);
      }
    }
  }
  return reportErrors(ctx, errors);
}

export const PATCH_COMMAND: KubectlCommand = commandFromHelp('patch', PATCH_HELP, runPatch);
