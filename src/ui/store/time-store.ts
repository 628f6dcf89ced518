// The read model of the session's timeline: the stretches the sandbox can be rewound to and the
// inputs along the way, as the host last said.

import { create } from 'zustand';
import type { HostEvent, TimelineInfo } from '../../worker/host/api.ts';

export interface TimeState {
  readonly timeline: TimelineInfo | null;
}

export const useTimeStore = create<TimeState>()(() => ({ timeline: null }));

export function setTimeline(timeline: TimelineInfo): void {
  useTimeStore.setState({ timeline });
}

export function applyTimeEvents(events: readonly HostEvent[]): void {
  for (let i = events.length - 1; i >= 0; i--) {
    const event = events[i]!;
    if (event.type === 'timeline') {
      setTimeline(event.info);
      return;
    }
  }
}
