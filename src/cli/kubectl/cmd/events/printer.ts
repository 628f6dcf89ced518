// The `kubectl events` table: LAST SEEN with `(x4 over 4m43s)` for repeated events, TYPE, REASON,
// OBJECT as Kind/name, MESSAGE; NAMESPACE first with -A. Rows are sorted by their latest time.
// Mirrors kubectl v1.31 pkg/cmd/events/event_printer.go and SortableEvents.

import type { Event } from 'kubernetes-types/core/v1';
import { age, parseTime, type KubeObject } from '../../../../engine/index.ts';

export interface EventPrinterOptions {
  readonly noHeaders: boolean;
  readonly allNamespaces: boolean;
}

const asEvent = (obj: KubeObject): Event => obj as unknown as Event;
const set = (value: unknown): boolean => parseTime(value) !== undefined;

/** getInterval: when the event was seen, with its count and first sighting when it repeated. */
export function lastSeen(nowMs: number, obj: KubeObject): string {
  const e = asEvent(obj);
  const first = set(e.eventTime) ? age(nowMs, e.eventTime) : age(nowMs, e.firstTimestamp);
  if (e.series) return `${age(nowMs, e.series.lastObservedTime)} (x${e.series.count ?? 0} over ${first})`;
  if ((e.count ?? 0) > 1) return `${age(nowMs, e.lastTimestamp)} (x${e.count ?? 0} over ${first})`;
  return first;
}

export const HEADER = (o: EventPrinterOptions): string => `${o.allNamespaces ? 'NAMESPACE\t' : ''}LAST SEEN\tTYPE\tREASON\tOBJECT\tMESSAGE\n`;

/** One tab-separated row (printOneEvent). */
export function eventRow(nowMs: number, obj: KubeObject, o: EventPrinterOptions): string {
  const e = asEvent(obj);
  const object = `${e.involvedObject.kind ?? ''}/${e.involvedObject.name ?? ''}`;
  const cells = [lastSeen(nowMs, obj), e.type ?? '', e.reason ?? '', object, (e.message ?? '').trim()];
  return `${o.allNamespaces ? `${obj.metadata.namespace ?? ''}\t` : ''}${cells.join('\t')}\n`;
}

/** eventTime in SortableEvents: the series' last sighting, else lastTimestamp, else eventTime. */
function sortTimeMs(obj: KubeObject): number {
  const e = asEvent(obj);
  const t = e.series ? parseTime(e.series.lastObservedTime) : set(e.lastTimestamp) ? parseTime(e.lastTimestamp) : parseTime(e.eventTime);
  return t ?? Number.MIN_SAFE_INTEGER;
}

/** Oldest first. Deviation from upstream: ties keep list order (Go's sort.Sort is not stable). */
export function sortEvents(events: readonly KubeObject[]): KubeObject[] {
  return [...events].sort((a, b) => sortTimeMs(a) - sortTimeMs(b));
}
