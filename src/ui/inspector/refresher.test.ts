import { describe, expect, it } from 'vitest';
import { Refresher, type RefreshTimers } from './refresher.ts';

function manualTimers(): RefreshTimers & { advance(ms: number): void } {
  let now = 0;
  let timers: { at: number; fn: () => void }[] = [];
  return {
    nowMs: () => now,
    after(ms, fn) {
      const timer = { at: now + ms, fn };
      timers.push(timer);
      return () => {
        timers = timers.filter((t) => t !== timer);
      };
    },
    advance(ms) {
      now += ms;
      const due = timers.filter((t) => t.at <= now);
      timers = timers.filter((t) => t.at > now);
      due.forEach((t) => t.fn());
    },
  };
}

const settle = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe('refresher', () => {
  it('fetches at once, then at most once per interval however many changes come', async () => {
    const timers = manualTimers();
    let fetches = 0;
    const r = new Refresher(async () => void fetches++, timers, 1_000);
    r.request();
    await settle();
    for (let i = 0; i < 5; i++) r.request();
    await settle();
    expect(fetches).toBe(1);
    timers.advance(999);
    expect(fetches).toBe(1);
    timers.advance(1);
    await settle();
    expect(fetches).toBe(2);
  });

  it('runs one more fetch after a slow one when changes came meanwhile', async () => {
    const timers = manualTimers();
    const finish: (() => void)[] = [];
    let fetches = 0;
    const r = new Refresher(() => new Promise<void>((resolve) => { fetches++; finish.push(resolve); }), timers, 1_000);
    r.request();
    timers.advance(5_000);
    r.request();
    r.request();
    expect(fetches).toBe(1);
    finish[0]!();
    await settle();
    expect(fetches).toBe(2);
  });

  it('does nothing after dispose', async () => {
    const timers = manualTimers();
    let fetches = 0;
    const r = new Refresher(async () => void fetches++, timers, 1_000);
    r.request();
    await settle();
    r.request();
    r.dispose();
    timers.advance(2_000);
    await settle();
    expect(fetches).toBe(1);
  });
});
