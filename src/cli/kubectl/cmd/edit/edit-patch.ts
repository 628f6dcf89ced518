// What kubectl edit does with the objects of a saved file (editoptions.go visitToPatch): each is
// matched to its original by UID, left alone when unchanged (`skipped`), else sent as a two-way
// strategic merge patch (`edited`). Failures sort into those re-opened in the editor (invalid),
// those kept for `kubectl replace -f` (any other error) and those whose object was deleted.

import { deepEqual, isStatusError, type KubeObject, type ResourceInfo } from '../../../../engine/index.ts';
import { KubectlError, type KubectlContext } from '../../command.ts';
import { goJson, withLastApplied } from '../../util/last-applied.ts';
import type { Manifest } from '../../util/manifests.ts';
import { DryRun, formatObject, type OutputFormat } from '../../util/mutation.ts';
import { resourceGroup } from '../../util/resource-args.ts';
import { threeWayMergePatch } from '../../util/three-way-merge.ts';
import type { EditReason } from './edit-file.ts';

export const ERR_IDENTITY_CHANGED = 'At least one of apiVersion, kind and name was changed';
export const ERR_NO_ORIGINAL = (kind: string, name: string): string => `no original object found for ${kind} "${name}"`;

export interface EditTarget {
  readonly info: ResourceInfo;
  readonly obj: KubeObject;
}

export interface PatchOptions {
  readonly output: OutputFormat;
  readonly outputPatch: boolean;
  readonly saveConfig: boolean;
  readonly subresource: 'status' | undefined;
}

/** editResults: what the save came to. */
export interface EditResults {
  readonly reasons: EditReason[];
  retryable: number;
  notFound: number;
  /** Objects to edit again (they were invalid). */
  invalid: number;
}

type JsonMap = Record<string, unknown>;

/** Patches every edited object; throws KubectlError for the failures that end the edit at once. */
export function patchEdited(ctx: KubectlContext, originals: readonly EditTarget[], edited: readonly Manifest[], o: PatchOptions): EditResults {
  const results: EditResults = { reasons: [], retryable: 0, notFound: 0, invalid: 0 };
  for (const m of edited) {
    const original = originals.find((t) => t.obj.metadata.uid === m.object.metadata.uid);
    if (original === undefined) throw new KubectlError(ERR_NO_ORIGINAL(m.object.kind, m.object.metadata.name ?? ''));
    const obj = o.saveConfig ? withLastApplied(m.object) : m.object;
    if (deepEqual(original.obj, obj)) {
      ctx.io.stdout.write(formatObject(original.info, obj, { output: o.output, operation: 'skipped', dryRun: DryRun.None }));
      continue;
    }
    const patch = threeWayMergePatch(original.obj as unknown as JsonMap, obj as unknown as JsonMap, original.obj as unknown as JsonMap);
    if (identityChanged(patch)) throw new KubectlError(ERR_IDENTITY_CHANGED);
    if (o.outputPatch) ctx.io.stdout.write(`Patch: ${goJson(patch)}\n`);
    const { info } = original;
    const name = original.obj.metadata.name ?? '';
    try {
      const patched = ctx.client.server.patch(info, info.namespaced ? original.obj.metadata.namespace : undefined, name, info.custom ? 'merge' : 'strategic', patch,
        o.subresource === undefined ? {} : { subresource: o.subresource });
      ctx.io.stdout.write(formatObject(info, patched, { output: o.output, operation: 'edited', dryRun: DryRun.None }));
    } catch (err) {
      ctx.io.stderr.write(`${addError(results, err, info, name)}\n`);
    }
  }
  return results;
}

/** mergepatch.RequireKeyUnchanged / RequireMetadataKeyUnchanged on apiVersion, kind, metadata.name, managedFields. */
function identityChanged(patch: JsonMap): boolean {
  const metadata = patch.metadata as JsonMap | undefined;
  return 'apiVersion' in patch || 'kind' in patch || 'managedFields' in patch || (metadata !== undefined && 'name' in metadata);
}

/** editResults.addError: the line printed now, and how the failure is counted. */
function addError(results: EditResults, err: unknown, info: ResourceInfo, name: string): string {
  const resource = resourceGroup(info);
  if (isStatusError(err) && err.status.reason === 'Invalid') {
    results.invalid++;
    const causes = err.status.details?.causes ?? [];
    results.reasons.push({ head: `${resource} "${name}" was not valid`, other: causes.map((c) => `${c.field ?? ''}: ${c.message ?? ''}`) });
    return `error: ${resource} "${name}" is invalid`;
  }
  if (isStatusError(err) && err.status.reason === 'NotFound') {
    results.notFound++;
    return `error: ${resource} "${name}" could not be found on the server`;
  }
  results.retryable++;
  return `error: ${resource} "${name}" could not be patched: ${err instanceof Error ? err.message : String(err)}`;
}
