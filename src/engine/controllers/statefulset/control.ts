// defaultStatefulSetControl.UpdateStatefulSet (stateful_set_control.go, v1.31): find or create the
// revision of the set's template, reconcile the pods, write the status when it changed, and keep
// revisionHistoryLimit revisions besides the live ones.

import { isStatusError } from '../../api/errors.ts';
import type { KubeObject } from '../../api/types.ts';
import type { ApiClient } from '../../client/client.ts';
import type { History } from '../history/control.ts';
import { equalRevision, findEqualRevisions, sortControllerRevisions } from '../history/history.ts';
import { podRevision, setSpec } from './identity.ts';
import type { StatefulPodControl } from './pod-control.ts';
import { newRevision, nextRevision } from './revision.ts';
import { completeRollingUpdate, inconsistentStatus, serializeStatus, type SetStatus } from './status.ts';
import { updateStatefulSet } from './update.ts';

interface Revisions {
  readonly current: KubeObject;
  readonly update: KubeObject;
  readonly collisionCount: number;
}

export interface ControlResult {
  readonly status?: SetStatus | undefined;
  readonly error?: Error | undefined;
}

function asError(e: unknown): Error {
  if (!isStatusError(e)) throw e;
  return e;
}

export class StatefulSetControl {
  constructor(
    private readonly client: ApiClient,
    private readonly pods: StatefulPodControl,
    private readonly history: History,
  ) {}

  /** One sync of `set` with the pods and revisions it owns; returns the status it computed. */
  update(set: KubeObject, pods: readonly KubeObject[], owned: readonly KubeObject[], nowMs: number): ControlResult {
    const revisions = sortControllerRevisions(owned);
    let found: Revisions;
    try {
      found = this.revisionsOf(set, revisions);
    } catch (e) {
      return { error: asError(e) };
    }
    const deps = { pods: this.pods, nowMs, claimExists: (ns: string, name: string) => this.client.get('/persistentvolumeclaims', ns, name) };
    const { status, error } = updateStatefulSet(deps, set, found.current, found.update, found.collisionCount, pods);
    const statusError = this.writeStatus(set, status);
    const historyError = this.truncateHistory(set, pods, revisions, found);
    return { status, error: error ?? statusError ?? historyError };
  }

  /**
   * getStatefulSetRevisions: the update revision is the newest revision when it holds the template,
   * an older equal revision renumbered to the next number (a rollback), or a new revision.
   */
  private revisionsOf(set: KubeObject, revisions: readonly KubeObject[]): Revisions {
    let collisionCount = (set.status as { collisionCount?: number } | undefined)?.collisionCount ?? 0;
    const candidate = newRevision(set, nextRevision(revisions), collisionCount);
    const equal = findEqualRevisions(revisions, candidate);
    let update: KubeObject;
    if (equal.length > 0 && equalRevision(revisions.at(-1), equal.at(-1))) {
      update = revisions.at(-1)!;
    } else if (equal.length > 0) {
      update = this.history.renumber(equal.at(-1)!, candidate.revision as number);
    } else {
      const created = this.history.create(set, candidate, collisionCount);
      update = created.revision;
      collisionCount = created.collisionCount;
    }
    const currentName = (set.status as { currentRevision?: string } | undefined)?.currentRevision;
    const current = revisions.find((r) => r.metadata.name === currentName) ?? update;
    return { current, update, collisionCount };
  }

  /** updateStatefulSetStatus: completes a finished rolling update; writes only when something it tracks changed. */
  private writeStatus(set: KubeObject, status: SetStatus): Error | undefined {
    completeRollingUpdate(set, status);
    if (!inconsistentStatus(set, status)) return undefined;
    try {
      this.client.updateStatus('apps/statefulsets', { ...set, status: serializeStatus(status) });
      return undefined;
    } catch (e) {
      return asError(e);
    }
  }

  /** truncateHistory: deletes the oldest revisions that no pod and neither status revision uses, down to the limit. */
  private truncateHistory(set: KubeObject, pods: readonly KubeObject[], revisions: readonly KubeObject[], found: Revisions): Error | undefined {
    const live = new Set([found.current.metadata.name, found.update.metadata.name, ...pods.map(podRevision)]);
    const old = revisions.filter((r) => !live.has(r.metadata.name));
    const limit = setSpec(set).revisionHistoryLimit ?? 10;
    if (limit < 0 || old.length <= limit) return undefined;
    for (const rev of old.slice(0, old.length - limit)) {
      try {
        this.history.delete(rev);
      } catch (e) {
        return asError(e);
      }
    }
    return undefined;
  }
}
