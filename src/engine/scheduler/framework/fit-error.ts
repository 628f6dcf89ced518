// The text of a FailedScheduling event and of the PodScheduled=False condition: how many nodes
// were considered, a histogram of the reasons nodes were rejected (sorted as strings), or the
// PreFilter rejection, then the PostFilter (preemption) outcome. Mirrors framework.FitError.Error()
// of v1.30+ (a single period at the end; 1.29 printed two).

import type { Status } from './types.ts';

export const ERR_NO_NODES_AVAILABLE = 'no nodes available to schedule pods';

export interface Diagnosis {
  /** Why each rejected node was rejected. */
  readonly statuses: ReadonlyMap<string, Status>;
  /** The PreFilter rejection, which replaces the histogram. */
  readonly preFilterMsg?: string;
  /** The PostFilter message, e.g. `preemption: 0/4 nodes are available: …`. */
  readonly postFilterMsg?: string;
}

/** Status.Message() */
export const statusMessage = (s: Status): string => s.reasons.join(', ');

/** Go's sort.Strings: byte-wise order. */
function byteOrder(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function reasonHistogram(statuses: Iterable<Status>): string[] {
  const counts = new Map<string, number>();
  for (const s of statuses) for (const r of s.reasons) counts.set(r, (counts.get(r) ?? 0) + 1);
  return [...counts].map(([reason, n]) => `${n} ${reason}`).sort(byteOrder);
}

export function fitErrorMessage(numAllNodes: number, d: Diagnosis): string {
  let msg = `0/${numAllNodes} nodes are available:`;
  if (d.preFilterMsg) {
    msg += ` ${d.preFilterMsg}.`;
  } else {
    const histogram = reasonHistogram(d.statuses.values());
    if (histogram.length > 0) msg += ` ${histogram.join(', ')}.`;
  }
  if (d.postFilterMsg) msg += ` ${d.postFilterMsg}`;
  return msg;
}
