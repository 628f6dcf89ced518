import { beforeEach, describe, expect, it } from 'vitest';
import type { SessionOptions } from '../../worker/host/api.ts';
import { INITIAL_SANDBOX_STATE, useSandboxStore } from '../store/sandbox-store.ts';
import { createTerminalStorage, type KeyValueStorage } from './terminal-storage.ts';
import { activateTab, applyTerminalEvents, closeTab, firstSessionOptions, openTab, setTerminalStorage, startTabs, type TabsHost } from './terminal-tabs.ts';
import { EMPTY_TABS, nextTabNumber, useTerminalTabs, withoutTab } from './terminal-tabs-store.ts';

function fakeHost(): TabsHost & { opened: (SessionOptions | undefined)[]; closed: string[] } {
  const host = {
    opened: [] as (SessionOptions | undefined)[],
    closed: [] as string[],
    openSession: async (options?: SessionOptions) => {
      host.opened.push(options);
      return `s${host.opened.length + 1}`;
    },
    closeSession: async (id: string) => void host.closed.push(id),
  };
  return host;
}

let data: Map<string, string>;

beforeEach(() => {
  data = new Map();
  const storage: KeyValueStorage = { getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k) };
  setTerminalStorage(createTerminalStorage(storage));
  useTerminalTabs.setState(EMPTY_TABS, true);
  useSandboxStore.setState({ ...INITIAL_SANDBOX_STATE, sessionId: 's1' }, true);
});

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('terminal tabs', () => {
  it('numbers new tabs after the highest, and closing the active tab activates its neighbour', () => {
    expect(nextTabNumber([{ number: 1, sessionId: 's1' }, { number: 4, sessionId: 's2' }])).toBe(5);
    const state = { tabs: [{ number: 1, sessionId: 'a' }, { number: 2, sessionId: 'b' }, { number: 3, sessionId: 'c' }], active: 3 };
    expect(withoutTab(state, 3).active).toBe(2);
    expect(withoutTab({ ...state, active: 2 }, 2).active).toBe(3);
    const last = { tabs: [{ number: 1, sessionId: 'a' }], active: 1 };
    expect(withoutTab(last, 1)).toBe(last);
  });

  it('starts with the boot session as Terminal 1; a new tab becomes the page session', async () => {
    const host = fakeHost();
    startTabs(host, 's1');
    expect(useTerminalTabs.getState()).toEqual({ tabs: [{ number: 1, sessionId: 's1' }], active: 1 });
    openTab(host);
    await flush();
    expect(useTerminalTabs.getState()).toEqual({ tabs: [{ number: 1, sessionId: 's1' }, { number: 2, sessionId: 's2' }], active: 2 });
    expect(useSandboxStore.getState().sessionId).toBe('s2');
    activateTab(1);
    expect(useSandboxStore.getState().sessionId).toBe('s1');
  });

  it('closes a tab and its session, keeping the last one', async () => {
    const host = fakeHost();
    startTabs(host, 's1');
    openTab(host);
    await flush();
    closeTab(host, 2);
    expect(host.closed).toEqual(['s2']);
    expect(useTerminalTabs.getState().tabs.map((t) => t.number)).toEqual([1]);
    closeTab(host, 1);
    expect(useTerminalTabs.getState().tabs).toHaveLength(1);
  });

  it('reopens the tabs of last time with their histories', async () => {
    const host = fakeHost();
    startTabs(host, 's1');
    openTab(host);
    await flush();
    applyTerminalEvents([{ type: 'history', sessionId: 's1', line: 'ls' }, { type: 'history', sessionId: 's2', line: 'pwd' }]);

    useTerminalTabs.setState(EMPTY_TABS, true);
    expect(firstSessionOptions()).toEqual({ history: ['ls'] });
    const again = fakeHost();
    startTabs(again, 's9');
    await flush();
    expect(again.opened).toEqual([{ history: ['pwd'] }]);
    expect(useTerminalTabs.getState()).toEqual({ tabs: [{ number: 1, sessionId: 's9' }, { number: 2, sessionId: 's2' }], active: 2 });
  });
});
