// Events in describe (describe.go searchEvents + DescribeEvents): the events whose involvedObject
// matches the described object, found with field selectors, shown oldest first as
// `Type  Reason  Age  From  Message` with `(xN over …)` for repeated events.

import type { Event } from 'kubernetes-types/core/v1';
import { isStatusError, parseTime, resourceByName, type KubeObject } from '../../../engine/index.ts';
import type { KubectlContext } from '../command.ts';
import { since } from './common.ts';
import { LEVEL_0, LEVEL_1, type PrefixWriter } from './prefix-writer.ts';

const EVENTS = resourceByName('', 'events')!;

export interface EventQuery {
  readonly name: string;
  readonly namespace: string | undefined;
  readonly kind?: string;
  readonly uid?: string;
}

/** The reference describe searches with: pods leave out the kind (their events come from several sources). */
export function eventQueryFor(obj: KubeObject, opts: { withKind: boolean } = { withKind: true }): EventQuery {
  return {
    name: obj.metadata.name ?? '',
    namespace: obj.metadata.namespace ?? '',
    ...(opts.withKind ? { kind: obj.kind } : {}),
    ...(obj.metadata.uid ? { uid: obj.metadata.uid } : {}),
  };
}

/** Lists matching events with `involvedObject.*` field selectors; API errors yield no events, as describe ignores them. */
export function searchEvents(ctx: KubectlContext, q: EventQuery): KubeObject[] {
  const fields: Array<[string, string | undefined]> = [
    ['involvedObject.kind', q.kind], ['involvedObject.name', q.name], ['involvedObject.namespace', q.namespace], ['involvedObject.uid', q.uid],
  ];
  const fieldSelector = fields.filter(([, v]) => v !== undefined).map(([k, v]) => `${k}=${v!}`).join(',');
  try {
    return ctx.client.server.list(EVENTS, q.namespace || undefined, { fieldSelector }).items;
  } catch (e) {
    if (isStatusError(e)) return [];
    throw e;
  }
}

/** DescribeEvents. */
export function describeEvents(w: PrefixWriter, events: readonly KubeObject[], nowMs: number): void {
  if (events.length === 0) {
    w.write(LEVEL_0, 'Events:\t<none>\n');
    return;
  }
  w.flush();
  w.write(LEVEL_0, 'Events:\n  Type\tReason\tAge\tFrom\tMessage\n');
  w.write(LEVEL_1, '----\t------\t----\t----\t-------\n');
  for (const e of sortByLastTimestamp(events as unknown as Event[])) {
    const first = e.eventTime ? since(nowMs, e.eventTime) : since(nowMs, e.firstTimestamp);
    let interval = first;
    if (e.series) interval = `${since(nowMs, e.series.lastObservedTime)} (x${e.series.count ?? 0} over ${first})`;
    else if ((e.count ?? 0) > 1) interval = `${since(nowMs, e.lastTimestamp)} (x${e.count!} over ${first})`;
    const source = e.source?.component || e.reportingComponent || '';
    w.write(LEVEL_1, `${e.type ?? ''}\t${e.reason ?? ''}\t${interval}\t${source}\t${(e.message ?? '').trim()}\n`);
  }
}

/**
 * SortableEvents by lastTimestamp. Deviation from upstream: equal timestamps keep list order (Go's
 * sort.Sort behaves so up to 12 events; beyond, its order for ties is an implementation detail).
 */
function sortByLastTimestamp(events: readonly Event[]): Event[] {
  const key = (e: Event): number => parseTime(e.lastTimestamp) ?? Number.NEGATIVE_INFINITY;
  return [...events].sort((a, b) => {
    const x = key(a);
    const y = key(b);
    return x < y ? -1 : x > y ? 1 : 0;
  });
}
