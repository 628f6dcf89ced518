// A DaemonSet's ControllerRevisions (daemon/update.go constructHistory, snapshot, cleanupHistory,
// v1.31): the revision matching the template is current (created as `<ds>-<hash>` when missing,
// renumbered to the newest when an older one matches again); old ones beyond
// revisionHistoryLimit that no pod uses are deleted.

import { isStatusError } from '../../api/errors.ts';
import { controllerRef } from '../../api/owners.ts';
import type { KubeObject } from '../../api/types.ts';
import { clone, stableStringify } from '../../base/json.ts';
import { podTemplateHash } from '../../base/names.ts';
import type { ApiClient } from '../../client/client.ts';
import type { History } from '../history/control.ts';
import { goMarshal, revisionNumber, sortControllerRevisions } from '../history/history.ts';
import { REVISION_HASH_LABEL, dsSpec } from './util.ts';

const REVISIONS = 'apps/controllerrevisions';

export interface DaemonHistory {
  readonly current: KubeObject;
  readonly old: readonly KubeObject[];
}

/** getPatch: `{spec: {template: {…, $patch: replace}}}`. */
function getPatch(ds: KubeObject): Record<string, unknown> {
  return { spec: { template: { ...clone(dsSpec(ds).template ?? {}), $patch: 'replace' } } };
}

/** Match: the revision's data is the DaemonSet's current patch. */
export function matchesTemplate(ds: KubeObject, revision: KubeObject): boolean {
  return goMarshal(getPatch(ds)) === goMarshal(revision.data);
}

function collisionCountOf(ds: KubeObject): number | undefined {
  return (ds.status as { collisionCount?: number } | undefined)?.collisionCount;
}

/**
 * controller.ComputeHash of the template. Deviation from upstream: FNV-32a of the template's sorted
 * JSON (Go hashes a dump of the Go struct), as pod-template-hash is computed everywhere here.
 */
export function templateHash(ds: KubeObject): string {
  return podTemplateHash(stableStringify(dsSpec(ds).template ?? {}), collisionCountOf(ds) ?? 0);
}

export class DaemonRevisions {
  constructor(private readonly client: ApiClient, private readonly history: History) {}

  /** constructHistory: the current revision (created or renumbered as needed) and the old ones. API errors are thrown. */
  construct(ds: KubeObject, owned: readonly KubeObject[], pods: () => readonly KubeObject[]): DaemonHistory {
    const current: KubeObject[] = [];
    const old: KubeObject[] = [];
    for (const found of owned) {
      let rev = found;
      if (rev.metadata.labels?.[REVISION_HASH_LABEL] === undefined) {
        rev = this.client.update(REVISIONS, { ...clone(rev), metadata: { ...clone(rev.metadata), labels: { ...rev.metadata.labels, [REVISION_HASH_LABEL]: rev.metadata.name! } } });
      }
      (matchesTemplate(ds, rev) ? current : old).push(rev);
    }
    const next = Math.max(0, ...old.map(revisionNumber)) + 1;
    if (current.length === 0) return { current: this.snapshot(ds, next), old };
    const kept = this.dedup(current, pods);
    return { current: revisionNumber(kept) < next ? this.history.renumber(kept, next) : kept, old };
  }

  /** cleanupHistory: deletes the oldest revisions past the limit whose hash no pod carries. */
  cleanup(ds: KubeObject, old: readonly KubeObject[], pods: readonly KubeObject[]): void {
    let toKill = old.length - (dsSpec(ds).revisionHistoryLimit ?? 10);
    if (toKill <= 0) return;
    const liveHashes = new Set(pods.map((p) => p.metadata.labels?.[REVISION_HASH_LABEL]).filter((h) => h));
    for (const rev of sortControllerRevisions(old)) {
      if (toKill <= 0) return;
      if (liveHashes.has(rev.metadata.labels?.[REVISION_HASH_LABEL])) continue;
      this.history.delete(rev);
      toKill--;
    }
  }

  /**
   * snapshot: creates `<ds>-<hash>`. A name taken by the same template is the revision; one taken by
   * another template bumps status.collisionCount and fails the sync, which retries with a new hash.
   */
  private snapshot(ds: KubeObject, revision: number): KubeObject {
    const hash = templateHash(ds);
    const name = `${ds.metadata.name}-${hash}`;
    const template = dsSpec(ds).template;
    const rev: KubeObject = {
      apiVersion: 'apps/v1',
      kind: 'ControllerRevision',
      metadata: {
        name,
        namespace: ds.metadata.namespace!,
        labels: { ...template?.metadata?.labels, [REVISION_HASH_LABEL]: hash },
        ...(ds.metadata.annotations ? { annotations: { ...ds.metadata.annotations } } : {}),
        ownerReferences: [controllerRef(ds)],
      },
      data: getPatch(ds),
      revision,
    };
    try {
      return this.client.create(REVISIONS, rev);
    } catch (e) {
      if (!isStatusError(e) || e.reason !== 'AlreadyExists') throw e;
    }
    const existing = this.client.get(REVISIONS, ds.metadata.namespace, name);
    if (existing && matchesTemplate(ds, existing)) return existing;
    const fresh = this.client.get('apps/daemonsets', ds.metadata.namespace, ds.metadata.name!);
    if (!fresh) throw new Error(`DaemonSet ${ds.metadata.name} is gone`);
    if (collisionCountOf(fresh) !== collisionCountOf(ds)) {
      throw new Error(`found a stale collision count of DaemonSet "${ds.metadata.name}" while processing; will retry until it is updated`);
    }
    this.client.updateStatus('apps/daemonsets', { ...fresh, status: { ...(fresh.status as object), collisionCount: (collisionCountOf(fresh) ?? 0) + 1 } });
    throw new Error(`controllerrevisions.apps "${name}" already exists`);
  }

  /** dedupCurHistories: keeps the highest-numbered current revision, relabels the pods to it, deletes the others. */
  private dedup(current: readonly KubeObject[], pods: () => readonly KubeObject[]): KubeObject {
    if (current.length === 1) return current[0]!;
    let keep = current[0]!;
    for (const rev of current) if (revisionNumber(rev) >= revisionNumber(keep)) keep = rev;
    const hash = keep.metadata.labels?.[REVISION_HASH_LABEL] ?? '';
    for (const pod of pods()) {
      if (pod.metadata.labels?.[REVISION_HASH_LABEL] === hash) continue;
      this.client.patch('/pods', pod.metadata.namespace, pod.metadata.name!, 'merge', { metadata: { labels: { [REVISION_HASH_LABEL]: hash } } });
    }
    for (const rev of current) if (rev !== keep) this.history.delete(rev);
    return keep;
  }
}
