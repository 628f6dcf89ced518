// Batches host events per animation frame. Coalesced as they arrive, so a backlog stays bounded
// even when frames stop (hidden tab): the latest clock and cluster events, and each session's
// output joined in order. Output goes sooner, on its own schedule (at once while the page is
// visible), so a keystroke's echo does not wait for a frame. Other events (each feature's deltas, which the host already coalesces per
// tick) are kept in order, up to MAX_OTHER_EVENTS; past it the oldest are dropped.

import type { HostEvent, SessionId } from '../../worker/host/api.ts';
import { appendBounded } from './bounded-text.ts';

type ClockEvent = Extract<HostEvent, { type: 'clock' }>;
type ClusterEvent = Extract<HostEvent, { type: 'cluster' }>;

export const MAX_OTHER_EVENTS = 2_000;

/** Runs `flush` once, later (the browser: on the next animation frame). */
export type FrameScheduler = (flush: () => void) => void;

export const animationFrame: FrameScheduler = (flush) => void requestAnimationFrame(() => flush());

/** Right after the current task while the page is visible; on the next frame while it is hidden (frames stop). */
export const soonWhileVisible: FrameScheduler = (flush) => {
  if (document.visibilityState === 'visible') queueMicrotask(flush);
  else animationFrame(flush);
};

export interface EventBatcher {
  push(event: HostEvent): void;
  /** Drops what is pending; later pushes are ignored. */
  dispose(): void;
}

export function createEventBatcher(
  deliver: (events: readonly HostEvent[]) => void,
  schedule: FrameScheduler = animationFrame,
  scheduleOutput: FrameScheduler = soonWhileVisible,
): EventBatcher {
  let outputs = new Map<SessionId, string>();
  let clock: ClockEvent | undefined;
  let cluster: ClusterEvent | undefined;
  let others: HostEvent[] = [];
  let scheduled = false;
  let outputScheduled = false;
  let disposed = false;

  const takeOutputs = (): HostEvent[] => {
    const events: HostEvent[] = [...outputs].map(([sessionId, data]) => ({ type: 'output', sessionId, data }));
    outputs = new Map();
    return events;
  };

  const flush = (): void => {
    scheduled = false;
    if (disposed) return;
    const events = takeOutputs();
    if (clock) events.push(clock);
    if (cluster) events.push(cluster);
    events.push(...others);
    clock = undefined;
    cluster = undefined;
    others = [];
    if (events.length > 0) deliver(events);
  };

  const flushOutputs = (): void => {
    outputScheduled = false;
    if (disposed || outputs.size === 0) return;
    deliver(takeOutputs());
  };

  return {
    push(event) {
      if (disposed) return;
      if (event.type === 'output') {
        outputs.set(event.sessionId, appendBounded(outputs.get(event.sessionId) ?? '', event.data));
        if (!outputScheduled) {
          outputScheduled = true;
          scheduleOutput(flushOutputs);
        }
        return;
      }
      if (event.type === 'clock') clock = event;
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
