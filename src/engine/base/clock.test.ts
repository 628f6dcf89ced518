import { describe, expect, it } from 'vitest';
import { VirtualClock } from './clock.ts';

describe('VirtualClock', () => {
  it('runs events in due order and breaks ties by insertion order', () => {
    const clock = new VirtualClock(1000);
    const seen: string[] = [];
    clock.register('t', (key) => seen.push(`${key}@${clock.nowMs}`));
    clock.schedule('t', 'late', 50);
    clock.schedule('t', 'first', 10);
    clock.schedule('t', 'second', 10);
    clock.advance(100);
    expect(seen).toEqual(['first@1010', 'second@1010', 'late@1050']);
    expect(clock.nowMs).toBe(1100);
  });

  it('runs events scheduled by handlers in the same advance when due', () => {
    const clock = new VirtualClock(0);
    const seen: number[] = [];
    clock.register('t', () => {
      seen.push(clock.nowMs);
      if (seen.length < 3) clock.schedule('t', 'again', 10);
    });
    clock.schedule('t', 'go', 0);
    clock.advance(25);
    expect(seen).toEqual([0, 10, 20]);
  });

  it('restores its queue from a snapshot', () => {
    const a = new VirtualClock(0);
    const seen: string[] = [];
    a.register('t', (k) => seen.push(k));
    a.schedule('t', 'x', 5);
    const snap = a.snapshot();
    a.advance(10);
    a.restore(snap);
    a.advance(10);
    expect(seen).toEqual(['x', 'x']);
  });

  it('never goes backwards', () => {
    const clock = new VirtualClock(100);
    expect(() => clock.advanceTo(50)).toThrow(/backwards/);
  });

  it('advances while asked: stops between events at the last one run, and ends as one advance would', () => {
    const build = (): { clock: VirtualClock; seen: string[] } => {
      const clock = new VirtualClock(0);
      const seen: string[] = [];
      clock.register('t', (k) => {
        seen.push(`${k}@${clock.nowMs}`);
        if (k === 'a') clock.schedule('t', 'c', 1);
      });
      for (const [k, d] of [['a', 5], ['b', 5], ['d', 20]] as const) clock.schedule('t', k, d);
      return { clock, seen };
    };
    const whole = build();
    whole.clock.advance(30);
    const bounded = build();
    let budget = 2;
    expect(bounded.clock.advanceWhile(30, () => budget-- > 0)).toBe(false);
    expect(bounded.seen).toEqual(['a@5', 'b@5']);
    expect(bounded.clock.nowMs).toBe(5);
    expect(bounded.clock.advanceWhile(30, () => false)).toBe(false);
    expect(bounded.clock.advanceWhile(30, () => true)).toBe(true);
    expect(bounded.seen).toEqual(whole.seen);
    expect(bounded.clock.nowMs).toBe(30);
  });
});
