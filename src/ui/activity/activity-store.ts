// The UI's copy of the control plane's activity: the newest entries (bounded), folded from the
// host's `activity` events, plus the feed's filter, pause and the sequence view's chosen object.

import { create } from 'zustand';
import type { ActivityEntry, Actor, HostEvent } from '../../worker/host/api.ts';
import type { ObjectRef } from '../store/layout-store.ts';
import { DEFAULT_FILTER, type ActivityFilter } from './filters.ts';

/** Invariant: the store never holds more entries than this; the oldest go first. */
export const MAX_KEPT_ENTRIES = 3_000;

export type ActivityView = 'feed' | 'sequence';

export interface ActivityState {
  /** Ascending seq, at most MAX_KEPT_ENTRIES. */
  readonly entries: readonly ActivityEntry[];
  /** The newest seq received (entries at or below it are not taken again). */
  readonly lastSeq: number;
  readonly filter: ActivityFilter;
  /** While paused, the feed shows nothing newer than this seq. */
  readonly pausedAtSeq: number | null;
  readonly view: ActivityView;
  readonly sequenceRoot: ObjectRef | null;
}

export const INITIAL_ACTIVITY_STATE: ActivityState = {
  entries: [], lastSeq: -1, filter: DEFAULT_FILTER, pausedAtSeq: null, view: 'feed', sequenceRoot: null,
};

export const useActivityStore = create<ActivityState>()(() => INITIAL_ACTIVITY_STATE);

function bounded(entries: readonly ActivityEntry[]): readonly ActivityEntry[] {
  return entries.length > MAX_KEPT_ENTRIES ? entries.slice(entries.length - MAX_KEPT_ENTRIES) : entries;
}

/** Folds a batch of host events: a reset forgets what came before, then newer entries are appended. */
export function foldActivity(state: ActivityState, events: readonly HostEvent[]): ActivityState {
  let { entries, lastSeq } = state;
  let pausedAtSeq = state.pausedAtSeq;
  let changed = false;
  for (const event of events) {
    if (event.type !== 'activity') continue;
    changed = true;
    if (event.reset) {
      entries = [];
      lastSeq = -1;
      pausedAtSeq = pausedAtSeq === null ? null : -1;
    }
    const fresh = event.entries.filter((e) => e.seq > lastSeq);
    if (fresh.length === 0) continue;
    entries = [...entries, ...fresh];
    lastSeq = fresh.at(-1)!.seq;
  }
  return changed ? { ...state, entries: bounded(entries), lastSeq, pausedAtSeq } : state;
}

/** Adds entries fetched with `activitySince` (some may already be here), keeping seq order. */
export function mergeActivity(state: ActivityState, fetched: readonly ActivityEntry[]): ActivityState {
  const have = new Set(state.entries.map((e) => e.seq));
  const missing = fetched.filter((e) => !have.has(e.seq));
  if (missing.length === 0) return state;
  const entries = [...state.entries, ...missing].sort((a, b) => a.seq - b.seq);
  return { ...state, entries: bounded(entries), lastSeq: Math.max(state.lastSeq, entries.at(-1)!.seq) };
}

export function applyActivityEvents(events: readonly HostEvent[]): void {
  const state = useActivityStore.getState();
  const next = foldActivity(state, events);
  if (next !== state) useActivityStore.setState(next, true);
}

export function loadActivity(fetched: readonly ActivityEntry[]): void {
  useActivityStore.setState((s) => mergeActivity(s, fetched), true);
}

/** Empties the feed; later entries still come. */
export function clearActivity(): void {
  useActivityStore.setState((s) => ({ entries: [], pausedAtSeq: s.pausedAtSeq === null ? null : s.lastSeq }));
}

export function setActivityFilter(patch: Partial<ActivityFilter>): void {
  useActivityStore.setState((s) => ({ filter: { ...s.filter, ...patch } }));
}

export function toggleActor(actor: Actor): void {
  useActivityStore.setState((s) => {
    const hidden = s.filter.hiddenActors;
    const hiddenActors = hidden.includes(actor) ? hidden.filter((a) => a !== actor) : [...hidden, actor];
    return { filter: { ...s.filter, hiddenActors } };
  });
}

export function setFeedPaused(paused: boolean): void {
  useActivityStore.setState((s) => ({ pausedAtSeq: paused ? s.lastSeq : null }));
}

export function showActivityView(view: ActivityView): void {
  useActivityStore.setState({ view });
}

export function chooseSequenceRoot(root: ObjectRef | null): void {
  useActivityStore.setState({ sequenceRoot: root });
}

export function resetActivityStore(): void {
  useActivityStore.setState(INITIAL_ACTIVITY_STATE, true);
}
