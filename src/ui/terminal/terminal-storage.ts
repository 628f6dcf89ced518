// The terminal tabs kept in the browser (localStorage) across reloads: which tabs were open, which
// one was active, and each tab's history, bounded as bash's HISTSIZE. Separate from the saved
// session, small, and forgiving: unreadable or full storage just means starting afresh.

/** The part of the Web Storage API used here, so tests can pass a map. */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface StoredTabs {
  /** Tab numbers, in strip order. */
  readonly tabs: readonly number[];
  readonly active: number;
}

/** bash's HISTSIZE: a tab keeps its newest lines. */
export const STORED_HISTORY_LINES = 1_000;
const TABS_KEY = 'kubelab.terminal.tabs';
const historyKey = (tab: number): string => `kubelab.terminal.history.${tab}`;

export interface TerminalStorage {
  loadTabs(): StoredTabs | undefined;
  saveTabs(tabs: StoredTabs): void;
  loadHistory(tab: number): string[];
  appendHistory(tab: number, lines: readonly string[]): void;
  removeHistory(tab: number): void;
}

export function createTerminalStorage(storage: KeyValueStorage | undefined, limit = STORED_HISTORY_LINES): TerminalStorage {
  const read = (key: string): unknown => {
    try {
      const text = storage?.getItem(key);
      return text == null ? undefined : JSON.parse(text);
    } catch {
      return undefined;
    }
  };
  const write = (key: string, value: unknown): void => {
    try {
      storage?.setItem(key, JSON.stringify(value));
    } catch {
      // Full or forbidden storage: the tabs still work, they just will not come back.
    }
  };
  const loadHistory = (tab: number): string[] => {
    const lines = read(historyKey(tab));
    return Array.isArray(lines) ? lines.filter((l): l is string => typeof l === 'string').slice(-limit) : [];
  };
  return {
    loadTabs() {
      const stored = read(TABS_KEY) as Partial<StoredTabs> | undefined;
      const tabs = Array.isArray(stored?.tabs) ? stored.tabs.filter((n) => Number.isInteger(n) && n > 0) : [];
      if (tabs.length === 0) return undefined;
      const active = typeof stored?.active === 'number' && tabs.includes(stored.active) ? stored.active : tabs[0]!;
      return { tabs: [...new Set(tabs)], active };
    },
    saveTabs: (tabs) => write(TABS_KEY, tabs),
    loadHistory,
    appendHistory(tab, lines) {
      if (lines.length > 0) write(historyKey(tab), [...loadHistory(tab), ...lines].slice(-limit));
    },
    removeHistory(tab) {
      try {
        storage?.removeItem(historyKey(tab));
      } catch {
        // Nothing to do: a stale history is harmless.
      }
    },
  };
}

/** The page's storage, when the browser lets the page use it. */
export function browserStorage(): KeyValueStorage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}
