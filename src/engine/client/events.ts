// The event recorder (client-go tools/record role): writes core/v1 Events, folds a repeat of the
// same event into the existing one (count + lastTimestamp), and combines a burst of similar events
// (same source, object, type and reason) into one, as the client-side correlator does.

import type { KubeObject } from '../api/types.ts';
import type { SeededRandom } from '../base/rand.ts';
import { parseTime, rfc3339 } from '../base/time.ts';
import { isStatusError } from '../api/errors.ts';
import type { ApiClient } from './client.ts';
import { COMBINED_PREFIX, EventIndex } from './event-index.ts';

/** client-go's EventAggregator: past 9 distinct messages within 10 minutes, similar events are combined. */
const MAX_SIMILAR_INDIVIDUAL = 9;
const AGGREGATE_WINDOW_MS = 600_000;

export interface EventSource {
  readonly component: string;
  readonly host?: string;
}

export type EventType = 'Normal' | 'Warning';

export class EventRecorder {
  constructor(
    private readonly client: ApiClient,
    private readonly source: EventSource,
    private readonly nowMs: () => number,
    private readonly rand: SeededRandom,
    private readonly index: EventIndex,
  ) {}

  record(involved: KubeObject, type: EventType, reason: string, text: string, fieldPath?: string): void {
    let message = text;
    const namespace = involved.metadata.namespace ?? 'default';
    const now = this.nowMs();
    const existing = this.index.find(namespace, EventIndex.key(namespace, involved.metadata.uid ?? '', type, reason, message, fieldPath));
    if (existing) {
      this.client.update('/events', { ...existing, count: (existing.count as number) + 1, lastTimestamp: rfc3339(now) });
      return;
    }
    const aggregateKey = EventIndex.aggregateKey(namespace, this.source.component, this.source.host ?? '', involved.metadata.uid ?? '', type, reason);
    const similar = this.index.similarTo(namespace, aggregateKey, now - AGGREGATE_WINDOW_MS);
    if (similar.individual >= MAX_SIMILAR_INDIVIDUAL) {
      message = COMBINED_PREFIX + message;
      const combined = similar.combined;
      if (combined && (parseTime(combined.lastTimestamp) ?? 0) >= now - AGGREGATE_WINDOW_MS) {
        this.client.update('/events', { ...combined, count: (combined.count as number) + 1, message, lastTimestamp: rfc3339(now) });
        return;
      }
    }
    const event: KubeObject = {
      apiVersion: 'v1',
      kind: 'Event',
      metadata: { name: `${involved.metadata.name}.${this.nanosHex(now)}`, namespace },
      involvedObject: {
        kind: involved.kind,
        namespace: involved.metadata.namespace,
        name: involved.metadata.name,
        uid: involved.metadata.uid,
        apiVersion: involved.apiVersion,
        resourceVersion: involved.metadata.resourceVersion,
        ...(fieldPath ? { fieldPath } : {}),
      },
      reason,
      message,
      source: { component: this.source.component, ...(this.source.host ? { host: this.source.host } : {}) },
      firstTimestamp: rfc3339(now),
      lastTimestamp: rfc3339(now),
      count: 1,
      type,
      eventTime: null,
      reportingComponent: this.source.component,
      reportingInstance: this.source.host ?? '',
    };
    try {
      this.client.create('/events', event);
    } catch (e) {
      // As client-go's broadcaster: an event the server refuses (its namespace is terminating) is dropped.
      if (!isStatusError(e)) throw e;
    }
  }

  /**
   * Event names end in the hex of the event's time in nanoseconds (16 digits). The sub-millisecond
   * part is drawn, and kept increasing within a millisecond so that names sort in recording order.
   */
  private nanosHex(ms: number): string {
    const drawn = BigInt(this.rand.int(1_000_000));
    const base = BigInt(ms) * 1_000_000n;
    const last = this.index.lastNanos;
    const nanos = last >= base ? last + 1n + (drawn % 1000n) : base + drawn;
    return nanos.toString(16).padStart(16, '0');
  }
}
