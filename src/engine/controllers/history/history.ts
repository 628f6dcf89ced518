// ControllerRevision helpers the StatefulSet and DaemonSet controllers share: the revision name,
// the revision hash, ordering and equality of revisions. Mirrors pkg/controller/history (v1.31).

import { controllerRef } from '../../api/owners.ts';
import type { KubeObject } from '../../api/types.ts';
import { stableStringify } from '../../base/json.ts';
import { fnv32, safeEncode } from '../../base/names.ts';
import { parseTime } from '../../base/time.ts';

export const CONTROLLER_REVISION_HASH_LABEL = 'controller-revision-hash';
/** Revision names keep room for a hash within the 253 characters of a name. */
const MAX_PREFIX_LENGTH = 223;

/** `<prefix>-<hash>`, the prefix cut to 223 characters (ControllerRevisionName). */
export function controllerRevisionName(prefix: string, hash: string): string {
  return `${prefix.slice(0, MAX_PREFIX_LENGTH)}-${hash}`;
}

/**
 * Go's json.Marshal of a decoded JSON document: map keys sorted, and the characters Go escapes
 * for HTML safety written as \u escapes. They can only occur inside strings, so a plain
 * replacement over the whole text is exact.
 */
export function goMarshal(value: unknown): string {
  return stableStringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** HashControllerRevision: FNV-32 (not 32a) of the raw data, then the collision count when given, safe-encoded. */
export function hashControllerRevision(data: unknown, probe?: number): string {
  const input = goMarshal(data) + (probe === undefined ? '' : String(probe));
  return safeEncode(String(fnv32(input)));
}

export function revisionNumber(rev: KubeObject): number {
  return typeof rev.revision === 'number' ? rev.revision : 0;
}

/**
 * NewControllerRevision: a revision of `parent` carrying `data`, labelled with the template's labels
 * plus its hash, named `<parent>-<hash>` and controlled by the parent.
 */
export function newControllerRevision(
  parent: KubeObject, templateLabels: Readonly<Record<string, string>> | undefined, data: unknown, revision: number, collisionCount: number,
): KubeObject {
  const hash = hashControllerRevision(data, collisionCount);
  return {
    apiVersion: 'apps/v1',
    kind: 'ControllerRevision',
    metadata: {
      name: controllerRevisionName(parent.metadata.name!, hash),
      namespace: parent.metadata.namespace!,
      labels: { ...templateLabels, [CONTROLLER_REVISION_HASH_LABEL]: hash },
      ownerReferences: [controllerRef(parent)],
    },
    data,
    revision,
  };
}

/** SortControllerRevisions: by revision number, then creation time, then name. */
export function sortControllerRevisions(revisions: readonly KubeObject[]): KubeObject[] {
  return [...revisions].sort((a, b) => {
    const byRevision = revisionNumber(a) - revisionNumber(b);
    if (byRevision !== 0) return byRevision;
    const byTime = (parseTime(a.metadata.creationTimestamp) ?? 0) - (parseTime(b.metadata.creationTimestamp) ?? 0);
    if (byTime !== 0) return byTime;
    return a.metadata.name! < b.metadata.name! ? -1 : a.metadata.name! > b.metadata.name! ? 1 : 0;
  });
}

/** A hash label that parses as an int32 (EqualRevision compares those first). */
function numericHash(rev: KubeObject): number | undefined {
  const hash = rev.metadata.labels?.[CONTROLLER_REVISION_HASH_LABEL];
  return hash !== undefined && /^[+-]?\d+$/.test(hash) && Math.abs(Number(hash)) < 2 ** 31 ? Number(hash) : undefined;
}

/** EqualRevision: same data (and same hash when both hashes are numbers). */
export function equalRevision(a: KubeObject | undefined, b: KubeObject | undefined): boolean {
  if (!a || !b) return a === b;
  const hashA = numericHash(a);
  const hashB = numericHash(b);
  if (hashA !== undefined && hashB !== undefined && hashA !== hashB) return false;
  return goMarshal(a.data) === goMarshal(b.data);
}

/** FindEqualRevisions: the revisions equal to `needle`, in the given order. */
export function findEqualRevisions(revisions: readonly KubeObject[], needle: KubeObject): KubeObject[] {
  return revisions.filter((r) => equalRevision(r, needle));
}
