// The UI's copy of the cluster view: a snapshot once, then the host's `view` events folded in.
// Events are numbered; those that come before the snapshot wait (bounded) and are applied only if
// the snapshot does not already include them. A `reset` asks for a new snapshot.

import { create } from 'zustand';
import type { HostEvent, ViewChange, ViewObject, ViewSnapshot } from '../../worker/host/api.ts';

type ViewEvent = Extract<HostEvent, { type: 'view' }>;

/** Invariant: events waiting for a snapshot never exceed this; past it the snapshot must be asked again. */
export const MAX_WAITING_VIEW_EVENTS = 1_000;

export interface ViewState {
  /** Every summary by UID. Replaced (never mutated) when anything changes. */
  readonly objects: ReadonlyMap<string, ViewObject>;
  /** A snapshot has been applied and no reset came since. */
  readonly loaded: boolean;
  /** The host's `seq` the objects reflect. */
  readonly seq: number;
  /** Increments when a new snapshot (or a reset) is needed; whoever holds the host asks for it. */
  readonly snapshotWanted: number;
}

export const INITIAL_VIEW_STATE: ViewState = { objects: new Map(), loaded: false, seq: 0, snapshotWanted: 1 };

export const useViewStore = create<ViewState>()(() => INITIAL_VIEW_STATE);

let waiting: ViewEvent[] = [];

function fold(objects: Map<string, ViewObject>, changes: readonly ViewChange[]): void {
  for (const change of changes) {
    if (change.op === 'upsert') objects.set(change.object.uid, change.object);
    else if (change.op === 'remove') objects.delete(change.uid);
  }
}

/** Applies events in order from `state`; stops at a reset (what follows it waits for the snapshot). */
function applyInOrder(state: ViewState, events: readonly ViewEvent[]): ViewState {
  let objects: Map<string, ViewObject> | undefined;
  let seq = state.seq;
  for (const [i, event] of events.entries()) {
    if (event.seq <= seq) continue;
    if (event.changes.some((c) => c.op === 'reset')) {
      waiting = events.slice(i + 1);
      return { objects: objects ?? state.objects, seq: event.seq, loaded: false, snapshotWanted: state.snapshotWanted + 1 };
    }
    objects ??= new Map(state.objects);
    fold(objects, event.changes);
    seq = event.seq;
  }
  return objects === undefined ? state : { ...state, objects, seq };
}

/** The host event sink: folds `view` events, or keeps them until the snapshot comes. */
export function applyViewEvents(events: readonly HostEvent[]): void {
  const views = events.filter((e): e is ViewEvent => e.type === 'view');
  if (views.length === 0) return;
  const state = useViewStore.getState();
  if (!state.loaded) {
    waiting.push(...views);
    if (waiting.length > MAX_WAITING_VIEW_EVENTS) {
      waiting = [];
      useViewStore.setState({ snapshotWanted: state.snapshotWanted + 1 });
    }
    return;
  }
  useViewStore.setState(applyInOrder(state, views));
}

/** Replaces the objects by a snapshot, then applies the waiting events it does not include. */
export function loadViewSnapshot(snapshot: ViewSnapshot): void {
  const pending = waiting;
  waiting = [];
  const loaded: ViewState = {
    objects: new Map(snapshot.objects.map((o) => [o.uid, o])),
    loaded: true,
    seq: snapshot.seq,
    snapshotWanted: useViewStore.getState().snapshotWanted,
  };
  useViewStore.setState(applyInOrder(loaded, pending));
}

/** For tests: back to the start. */
export function resetViewStore(): void {
  waiting = [];
  useViewStore.setState(INITIAL_VIEW_STATE, true);
}
