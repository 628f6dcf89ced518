// Where each batch of host events goes: every feature's store folds the events it understands and
// ignores the rest. A feature with its own events adds its applier here.

import type { HostEvent } from '../../worker/host/api.ts';
import { applyHostEvents } from '../store/sandbox-store.ts';
import { applyTimeEvents } from '../store/time-store.ts';

export type HostEventSink = (events: readonly HostEvent[]) => void;

export const HOST_EVENT_SINKS: readonly HostEventSink[] = [applyHostEvents, applyTimeEvents];
