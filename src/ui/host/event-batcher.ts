// Batches host events per animation frame. Coalesced as they arrive, so a backlog stays bounded
// even when frames stop (hidden tab): the latest clock and cluster events, and each session's
// output joined in order. Other events (each feature's deltas, which the host already coalesces per
// tick) are kept in order, up to MAX_OTHER_EVENTS; past it the oldest are dropped.

import type { HostEvent, SessionId } from '../../worker/host/api.ts';
import { appendBounded } from './bounded-text.ts';

type ClockEvent = Extract<HostEvent, { type: 'clock' }>;
type ClusterEvent = Extract<HostEvent, { type: 'cluster' }>;

export const MAX_OTHER_EVENTS = 2_000;

/** Runs `flush` once, later (the browser: on the next animation frame). */
export type FrameScheduler = (flush: () => void) => void;

export const animationFrame: FrameScheduler = (flush) => void requestAnimationFrame(() => flush());

export interface EventBatcher {
  push(event: HostEvent): void;
  /** Drops what is pending; later pushes are ignored. */
  dispose(): void;
}

export function createEventBatcher(deliver: (events: readonly HostEvent[]) => void, schedule: FrameScheduler = animationFrame): EventBatcher {
  let outputs = new Map<SessionId, string>();
  let clock: ClockEvent | undefined;
  let cluster: ClusterEvent | undefined;
  let others: HostEvent[] = [];
  let scheduled = false;
  let disposed = false;

  const flush = (): void => {
    scheduled = false;
    if (disposed) return;
    const events: HostEvent[] = [];
    for (const [sessionId, data] of outputs) events.push({ type: 'output', sessionId, data });
    if (clock) events.push(clock);
    if (cluster) events.push(cluster);
    events.push(...others);
    outputs = new Map();
    clock = undefined;
    cluster = undefined;
    others = [];
    if (events.length > 0) deliver(events);
  };

  return {
    push(event) {
      if (disposed) return;
      if (event.type === 'output') outputs.set(event.sessionId, appendBounded(outputs.get(event.sessionId) ?? '', event.data));
      else if (event.type === 'clock') clock = event;
      else if (event.type === 'cluster') cluster = event;
      else {
        others.push(event);
        if (others.length > MAX_OTHER_EVENTS) others.shift();
      }
      if (!scheduled) {
        scheduled = true;
        schedule(flush);
      }
    },
    dispose() {
      disposed = true;
      outputs.clear();
      others = [];
    },
  };
}
