import { describe, expect, it } from 'vitest';
import { createTerminalStorage, type KeyValueStorage } from './terminal-storage.ts';

function memory(initial: Record<string, string> = {}): KeyValueStorage & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
}

describe('terminal storage', () => {
  it('keeps the tabs and each tab history, bounded to the newest lines', () => {
    const store = createTerminalStorage(memory(), 3);
    store.saveTabs({ tabs: [1, 3], active: 3 });
    store.appendHistory(3, ['a', 'b']);
    store.appendHistory(3, ['c', 'd']);
    expect(store.loadTabs()).toEqual({ tabs: [1, 3], active: 3 });
    expect(store.loadHistory(3)).toEqual(['b', 'c', 'd']);
    store.removeHistory(3);
    expect(store.loadHistory(3)).toEqual([]);
  });

  it('starts afresh from unreadable or odd data', () => {
    const store = createTerminalStorage(memory({
      'kubelab.terminal.tabs': '{"tabs":[2,"x",-1,2],"active":9}',
      'kubelab.terminal.history.2': 'not json',
    }));
    expect(store.loadTabs()).toEqual({ tabs: [2], active: 2 });
    expect(store.loadHistory(2)).toEqual([]);
  });

  it('works without storage, and when storage refuses to write', () => {
    const refusing: KeyValueStorage = { getItem: () => null, setItem: () => { throw new Error('QuotaExceededError'); }, removeItem: () => undefined };
    expect(() => createTerminalStorage(refusing).appendHistory(1, ['ls'])).not.toThrow();
    expect(createTerminalStorage(undefined).loadTabs()).toBeUndefined();
  });
});
