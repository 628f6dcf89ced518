// Opening, closing and switching terminal tabs: each tab is a host session; the active tab's
// session is the one the rest of the page runs lines in (useSandboxStore's sessionId). The tabs and
// each tab's history are kept in the browser, so a reload reopens them with their histories.

import type { HostEvent, SessionId, SessionOptions } from '../../worker/host/api.ts';
import { setActiveSession } from '../store/sandbox-store.ts';
import { browserStorage, createTerminalStorage, type TerminalStorage } from './terminal-storage.ts';
import {
  activeTab, nextTabNumber, tabOfSession, useTerminalTabs, withoutTab, withSession, withTab, type TerminalTabsState,
} from './terminal-tabs-store.ts';

/** The host calls the tabs make. */
export interface TabsHost {
  openSession(options?: SessionOptions): Promise<SessionId>;
  closeSession(sessionId: SessionId): Promise<void>;
}

let storage: TerminalStorage = createTerminalStorage(browserStorage());

/** Replaces the storage (tests). */
export function setTerminalStorage(replacement: TerminalStorage): void {
  storage = replacement;
}

/** How the first session opens at boot: with the history of the first tab kept from last time. */
export function firstSessionOptions(): SessionOptions {
  const first = storage.loadTabs()?.tabs[0] ?? 1;
  return { history: storage.loadHistory(first) };
}

/** Lays out the tabs kept from last time (or Terminal 1): the first takes the boot session, the others open theirs. */
export function startTabs(host: TabsHost, bootSession: SessionId): void {
  if (useTerminalTabs.getState().tabs.length > 0) return;
  const stored = storage.loadTabs() ?? { tabs: [1], active: 1 };
  update({ tabs: stored.tabs.map((number, i) => ({ number, sessionId: i === 0 ? bootSession : null })), active: stored.active });
  for (const number of stored.tabs.slice(1)) void openSessionFor(host, number);
}

export function openTab(host: TabsHost): void {
  const state = useTerminalTabs.getState();
  const number = nextTabNumber(state.tabs);
  storage.removeHistory(number);
  update(withTab(state, { number, sessionId: null }));
  void openSessionFor(host, number);
}

/** Closes a tab and its session; the last tab stays. */
export function closeTab(host: TabsHost, number: number): void {
  const state = useTerminalTabs.getState();
  const next = withoutTab(state, number);
  if (next === state) return;
  const closing = state.tabs.find((t) => t.number === number);
  if (closing?.sessionId) void host.closeSession(closing.sessionId);
  storage.removeHistory(number);
  update(next);
}

export function activateTab(number: number): void {
  const state = useTerminalTabs.getState();
  if (state.tabs.some((t) => t.number === number)) update({ ...state, active: number });
}

/** Keeps each tab's new history lines (the host's `history` events) in the browser. */
export function applyTerminalEvents(events: readonly HostEvent[]): void {
  const lines = new Map<number, string[]>();
  const state = useTerminalTabs.getState();
  for (const event of events) {
    if (event.type !== 'history') continue;
    const tab = tabOfSession(state, event.sessionId);
    if (tab) lines.set(tab.number, [...(lines.get(tab.number) ?? []), event.line]);
  }
  for (const [number, added] of lines) storage.appendHistory(number, added);
}

async function openSessionFor(host: TabsHost, number: number): Promise<void> {
  const sessionId = await host.openSession({ history: storage.loadHistory(number) });
  const state = useTerminalTabs.getState();
  if (state.tabs.some((t) => t.number === number)) update(withSession(state, number, sessionId));
  else void host.closeSession(sessionId);
}

function update(next: TerminalTabsState): void {
  useTerminalTabs.setState(next, true);
  storage.saveTabs({ tabs: next.tabs.map((t) => t.number), active: next.active });
  const session = activeTab(next)?.sessionId;
  if (session) setActiveSession(session);
}
