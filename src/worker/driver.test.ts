import { describe, expect, it } from 'vitest';
import { createClockDriver, TICK_BUDGET_MS, type DrivenHost, type WallTimers } from './driver.ts';

function fakeHost(): DrivenHost & { ticks: number[]; calls: string[]; paused: boolean } {
  const host = {
    ticks: [] as number[],
    calls: [] as string[],
    paused: false,
    tick: (wallMs: number) => void host.ticks.push(wallMs),
    pause: () => { host.paused = true; host.calls.push('pause'); },
    resume: () => { host.paused = false; host.calls.push('resume'); },
    setSpeed: (speed: number) => void host.calls.push(`speed ${speed}`),
    step: (ms: number) => void host.calls.push(`step ${ms}`),
    clock: () => ({ nowMs: 0, speed: 1, paused: host.paused }),
  };
  return host;
}

function fakeTimers(): WallTimers & { advance(ms: number): void; active: number } {
  let now = 1_000;
  const timers = new Set<{ periodMs: number; nextMs: number; fn: () => void }>();
  return {
    nowMs: () => now,
    every(periodMs, fn) {
      const timer = { periodMs, nextMs: now + periodMs, fn };
      timers.add(timer);
      return () => void timers.delete(timer);
    },
    advance(ms) {
      const end = now + ms;
      for (let guard = 0; guard < 10_000; guard++) {
        const due = [...timers].filter((t) => t.nextMs <= end).sort((a, b) => a.nextMs - b.nextMs)[0];
        if (!due) break;
        now = due.nextMs;
        due.nextMs += due.periodMs;
        due.fn();
      }
      now = end;
    },
    get active() {
      return timers.size;
    },
  };
}

describe('clock driver', () => {
  it('ticks the host with the elapsed wall time every period', () => {
    const host = fakeHost();
    const timers = fakeTimers();
    createClockDriver(host, timers, 50).start();
    timers.advance(160);
    expect(host.ticks).toEqual([50, 50, 50]);
  });

  it('stops its timer while paused, so paused wall time never reaches the host', () => {
    const host = fakeHost();
    const timers = fakeTimers();
    const driver = createClockDriver(host, timers, 50);
    driver.start();
    timers.advance(50);
    driver.pause();
    expect(timers.active).toBe(0);
    timers.advance(10_000);
    driver.resume();
    timers.advance(50);
    expect(host.ticks).toEqual([50, 50]);
    expect(host.calls).toEqual(['pause', 'resume']);
  });

  it('does not start when the host is already paused', () => {
    const host = fakeHost();
    host.paused = true;
    const driver = createClockDriver(host, fakeTimers(), 50);
    driver.start();
    expect(driver.running).toBe(false);
  });

  it('passes speed and step through to the host', () => {
    const host = fakeHost();
    const driver = createClockDriver(host, fakeTimers(), 50);
    driver.setSpeed(10);
    driver.step(5_000);
    expect(host.calls).toEqual(['speed 10', 'step 5000']);
  });

  it('stops pacing when the host throws, instead of failing every period', () => {
    const host = fakeHost();
    host.tick = () => { throw new Error('engine assertion'); };
    const timers = fakeTimers();
    const driver = createClockDriver(host, timers, 50);
    driver.start();
    expect(() => timers.advance(50)).toThrow('engine assertion');
    expect(driver.running).toBe(false);
  });

  it('gives each tick a budget of wall time, after which the host is told to stop', () => {
    const host = fakeHost();
    const timers = fakeTimers();
    const answers: boolean[] = [];
    host.tick = (_wallMs, more) => {
      answers.push(more!());
      timers.advance(TICK_BUDGET_MS);
      answers.push(more!());
    };
    createClockDriver(host, timers, 50).start();
    timers.advance(50);
    expect(answers).toEqual([true, false]);
  });
});
