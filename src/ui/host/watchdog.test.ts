import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startWatchdog, takeRecoveredNotice, type WatchdogHooks } from './watchdog.ts';

function memoryStorage(): WatchdogHooks['storage'] {
  const map = new Map<string, string>();
  return { getItem: (k) => map.get(k) ?? null, setItem: (k, v) => void map.set(k, v), removeItem: (k) => void map.delete(k) };
}

describe('watchdog', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('reloads after two missed pings, once; a second failure soon after gives up', async () => {
    const storage = memoryStorage();
    const reload = vi.fn();
    const fail = vi.fn();
    const hooks = { ping: () => new Promise(() => undefined), reload, fail, storage, nowMs: () => Date.now() };
    startWatchdog(hooks);
    await vi.advanceTimersByTimeAsync(9_500);
    expect(reload).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(3_000);
    expect(reload).toHaveBeenCalledTimes(1);
    expect(takeRecoveredNotice(storage)).toBe(true);
    expect(takeRecoveredNotice(storage)).toBe(false);
    startWatchdog(hooks).workerFailed('boom');
    expect(fail).toHaveBeenCalledWith('boom');
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('stays quiet while the Worker answers', async () => {
    const reload = vi.fn();
    startWatchdog({ ping: () => Promise.resolve(), reload, fail: vi.fn(), storage: memoryStorage(), nowMs: () => Date.now() });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(reload).not.toHaveBeenCalled();
  });
});
