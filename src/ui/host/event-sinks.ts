// Where each batch of host events goes: every feature's store folds the events it understands and
// ignores the rest. A feature with its own events adds its applier here.

import type { HostEvent } from '../../worker/host/api.ts';
import { applyFilesEvents } from '../editor/editor-store.ts';
import { applyHostEvents } from '../store/sandbox-store.ts';
import { applySessionEvents } from '../store/session-store.ts';
import { applyTimeEvents } from '../store/time-store.ts';
import { applyViewEvents } from '../store/view-store.ts';
import { applyActivityEvents } from '../activity/activity-store.ts';
import { applyTerminalEvents } from '../terminal/terminal-tabs.ts';
import { applyBrowserEvents } from '../browser/browser-store.ts';
import { applyLessonEvents } from '../lesson/lesson-store.ts';

export type HostEventSink = (events: readonly HostEvent[]) => void;

export const HOST_EVENT_SINKS: readonly HostEventSink[] = [applyHostEvents, applyTimeEvents, applySessionEvents, applyViewEvents, applyFilesEvents, applyActivityEvents, applyTerminalEvents, applyBrowserEvents, applyLessonEvents];
