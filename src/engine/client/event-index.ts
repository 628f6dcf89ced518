// Which Event already records a given occurrence (same object, reason, message, type and field
// path), so a repeat is folded into it without listing every event; and, per source, object, type
// and reason, which distinct messages were recorded — what client-go's event aggregator needs to
// combine a burst of similar events. Kept current by a watch on events, rebuilt from the API after
// a snapshot is restored (so the aggregation state is a function of the stored events).

import type { KubeObject } from '../api/types.ts';
import { parseTime } from '../base/time.ts';
import type { ApiClient } from './client.ts';

export const COMBINED_PREFIX = '(combined from similar events): ';

interface Similar {
  /** Individual events by message. */
  readonly individual: Map<string, string>;
  combined?: string;
}

export class EventIndex {
  private readonly names = new Map<string, string>();
  private readonly similar = new Map<string, Similar>();
  /** The latest time, in nanoseconds, an event name carries. */
  lastNanos = 0n;

  constructor(private readonly client: ApiClient) {
    client.watch('/events', (e) => {
      if (e.type === 'DELETED') this.remove(e.object);
      else this.add(e.object);
    });
    this.rebuild();
  }

  rebuild(): void {
    this.names.clear();
    this.similar.clear();
    this.lastNanos = 0n;
    for (const e of this.client.list('/events')) this.add(e);
  }

  find(namespace: string, key: string): KubeObject | undefined {
    const name = this.names.get(key);
    return name ? this.client.get('/events', namespace, name) : undefined;
  }

  /** The events similar to one with this aggregate key: individual ones seen since `sinceMs`, and the combined one. */
  similarTo(namespace: string, aggregateKey: string, sinceMs: number): { individual: number; combined: KubeObject | undefined } {
    const s = this.similar.get(aggregateKey);
    if (!s) return { individual: 0, combined: undefined };
    let individual = 0;
    for (const name of s.individual.values()) {
      const ev = this.client.get('/events', namespace, name);
      if (ev && (parseTime(ev.lastTimestamp) ?? 0) >= sinceMs) individual++;
    }
    return { individual, combined: s.combined ? this.client.get('/events', namespace, s.combined) : undefined };
  }

  private add(event: KubeObject): void {
    const name = event.metadata.name!;
    const hex = name.slice(name.lastIndexOf('.') + 1);
    if (/^[0-9a-f]{16}$/.test(hex) && BigInt(`0x${hex}`) > this.lastNanos) this.lastNanos = BigInt(`0x${hex}`);
    this.names.set(EventIndex.keyOf(event), name);
    const agg = EventIndex.aggregateKeyOf(event);
    let s = this.similar.get(agg);
    if (!s) this.similar.set(agg, (s = { individual: new Map() }));
    const message = String(event.message);
    if (message.startsWith(COMBINED_PREFIX)) s.combined = name;
    else s.individual.set(message, name);
  }

  private remove(event: KubeObject): void {
    const key = EventIndex.keyOf(event);
    const name = event.metadata.name;
    if (this.names.get(key) === name) this.names.delete(key);
    const agg = EventIndex.aggregateKeyOf(event);
    const s = this.similar.get(agg);
    if (!s) return;
    if (s.combined === name) delete s.combined;
    const message = String(event.message);
    if (s.individual.get(message) === name) s.individual.delete(message);
    if (s.individual.size === 0 && s.combined === undefined) this.similar.delete(agg);
  }

  static keyOf(event: KubeObject): string {
    const o = event.involvedObject as { uid?: string; fieldPath?: string };
    return EventIndex.key(event.metadata.namespace ?? '', o.uid ?? '', String(event.type), String(event.reason), String(event.message), o.fieldPath);
  }

  static key(namespace: string, uid: string, type: string, reason: string, message: string, fieldPath: string | undefined): string {
    return [namespace, uid, type, reason, message, fieldPath ?? ''].join('\u0000');
  }

  static aggregateKeyOf(event: KubeObject): string {
    const o = event.involvedObject as { uid?: string };
    const src = (event.source ?? {}) as { component?: string; host?: string };
    return EventIndex.aggregateKey(event.metadata.namespace ?? '', src.component ?? '', src.host ?? '', o.uid ?? '', String(event.type), String(event.reason));
  }

  static aggregateKey(namespace: string, component: string, host: string, uid: string, type: string, reason: string): string {
    return [namespace, component, host, uid, type, reason].join('\u0000');
  }
}
