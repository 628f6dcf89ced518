// The terminal tabs: one host session each, numbered as they open ("Terminal 1", "Terminal 2"…),
// one of them active. Pure state changes here; terminal-tabs.ts does the host calls around them.

import { create } from 'zustand';
import type { SessionId } from '../../worker/host/api.ts';

export interface TerminalTab {
  readonly number: number;
  /** Null while its session is being opened. */
  readonly sessionId: SessionId | null;
}

export interface TerminalTabsState {
  readonly tabs: readonly TerminalTab[];
  /** The active tab's number. */
  readonly active: number;
}

export const EMPTY_TABS: TerminalTabsState = { tabs: [], active: 0 };

export const useTerminalTabs = create<TerminalTabsState>()(() => EMPTY_TABS);

/** A new tab takes the number after the highest one open. */
export function nextTabNumber(tabs: readonly TerminalTab[]): number {
  return Math.max(0, ...tabs.map((t) => t.number)) + 1;
}

export function withTab(state: TerminalTabsState, tab: TerminalTab): TerminalTabsState {
  return { tabs: [...state.tabs, tab], active: tab.number };
}

/** Closes a tab (never the last one); closing the active tab activates its right neighbour, else its left one. */
export function withoutTab(state: TerminalTabsState, number: number): TerminalTabsState {
  const index = state.tabs.findIndex((t) => t.number === number);
  if (index < 0 || state.tabs.length <= 1) return state;
  const tabs = state.tabs.filter((t) => t.number !== number);
  if (state.active !== number) return { tabs, active: state.active };
  return { tabs, active: (tabs[index] ?? tabs[index - 1])!.number };
}

export function withSession(state: TerminalTabsState, number: number, sessionId: SessionId): TerminalTabsState {
  return { ...state, tabs: state.tabs.map((t) => (t.number === number ? { ...t, sessionId } : t)) };
}

export function activeTab(state: TerminalTabsState): TerminalTab | undefined {
  return state.tabs.find((t) => t.number === state.active);
}

export function tabOfSession(state: TerminalTabsState, sessionId: SessionId): TerminalTab | undefined {
  return state.tabs.find((t) => t.sessionId === sessionId);
}
