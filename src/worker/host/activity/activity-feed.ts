// The activity feed feature (a `HostFeature`, structurally, as sandbox.ts imports it): turns the
// cluster's activity log on and sends what it recorded since the last flush as one `activity` event.
// A restore binds a new cluster, whose log starts empty: the next event says `reset`.

import type { ActivityEntry, Cluster } from '../../../engine/index.ts';
import type { HostEvent } from '../api.ts';

/** Entries one event carries at most: past it only the newest are sent (the feed is bounded anyway). */
export const MAX_ENTRIES_PER_EVENT = 1_000;
/** Entries `since` returns at most. */
export const MAX_ENTRIES_PER_CALL = 2_000;

export class ActivityFeed {
  private cluster: Cluster | undefined;
  /** The newest entry already sent. */
  private sentSeq = -1;
  /** Turned on at the next flush, so the other features' own reads while binding are not recorded. */
  private enablePending = false;
  private resetPending = false;
  private bound = false;

  constructor(private readonly emit: (event: HostEvent) => void) {}

  bind(world: { readonly cluster: Cluster }): void {
    this.cluster?.activity.disable();
    this.cluster = world.cluster;
    this.sentSeq = -1;
    this.enablePending = true;
    this.resetPending = this.bound;
    this.bound = true;
  }

  flush(): void {
    const log = this.cluster?.activity;
    if (log === undefined) return;
    if (this.enablePending) {
      this.enablePending = false;
      log.enable();
      this.sentSeq = log.lastSeq;
    }
    const entries = log.since(this.sentSeq, MAX_ENTRIES_PER_EVENT);
    if (entries.length === 0 && !this.resetPending) return;
    this.sentSeq = log.lastSeq;
    this.emit({ type: 'activity', reset: this.resetPending, entries });
    this.resetPending = false;
  }

  /** The entries after `afterSeq` still in the log (the newest MAX_ENTRIES_PER_CALL), for a feed that starts late. */
  since(afterSeq: number): readonly ActivityEntry[] {
    return this.cluster?.activity.since(afterSeq, MAX_ENTRIES_PER_CALL) ?? [];
  }
}
