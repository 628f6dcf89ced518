// What `set` and `rollout` send once they have changed an object locally (set/helper.go CalculatePatch):
// the difference to the object as read, as a JSON merge patch; `{}` means nothing changed.
// Deviation from upstream: kubectl sends a strategic merge patch; a merge patch built from the full
// object read in the same command has the same effect, since nothing else writes in between.

import { deepEqual, isPlainObject, type KubeObject, type ResourceInfo } from '../../../../engine/index.ts';
import type { KubectlContext } from '../../command.ts';
import { DryRun } from '../../util/mutation.ts';

export type MergePatch = Record<string, unknown>;

/** jsonpatch.CreateMergePatch: changed keys with their new value, nested objects diffed, removed keys null. */
export function mergePatchDiff(before: Record<string, unknown>, after: Record<string, unknown>): MergePatch {
  const patch: MergePatch = {};
  for (const key of Object.keys(before)) {
    if (!(key in after)) patch[key] = null;
  }
  for (const [key, value] of Object.entries(after)) {
    const old = before[key];
    if (deepEqual(old, value)) continue;
    patch[key] = isPlainObject(old) && isPlainObject(value) ? mergePatchDiff(old, value) : value;
  }
  return patch;
}

export function isEmptyPatch(patch: MergePatch): boolean {
  return Object.keys(patch).length === 0;
}

/** Sends the patch (or, for a server dry run, has the server pretend to); returns what the server returned. */
export function sendPatch(ctx: KubectlContext, info: ResourceInfo, obj: KubeObject, patch: MergePatch, dryRun: DryRun): KubeObject {
  const namespace = info.namespaced ? obj.metadata.namespace : undefined;
  return ctx.client.server.patch(info, namespace, obj.metadata.name ?? '', 'merge', patch, { dryRun: dryRun === DryRun.Server });
}
