// The virtual clock: integer milliseconds and an event queue ordered by (dueMs, seq).
// Determinism: the only source of time in the engine. Events are plain data (a target and a key)
// so the whole queue can be snapshotted; handlers are registered by target name.

import { MinHeap } from './heap.ts';
import { assert } from './assert.ts';

export interface ClockEvent {
  readonly dueMs: number;
  readonly seq: number;
  readonly target: string;
  readonly key: string;
}

export interface ClockSnapshot {
  readonly nowMs: number;
  readonly seq: number;
  readonly events: readonly ClockEvent[];
}

export type ClockHandler = (key: string) => void;

const byDueThenSeq = (a: ClockEvent, b: ClockEvent): boolean =>
  a.dueMs < b.dueMs || (a.dueMs === b.dueMs && a.seq < b.seq);

export class VirtualClock {
  private current: number;
  private seq = 0;
  private readonly queue = new MinHeap<ClockEvent>(byDueThenSeq);
  private readonly handlers = new Map<string, ClockHandler>();
  private readonly restoreListeners = new Map<string, (keys: readonly string[]) => void>();

  constructor(startMs: number) {
    assert(Number.isInteger(startMs), 'clock start must be an integer number of ms');
    this.current = startMs;
  }

  get nowMs(): number {
    return this.current;
  }

  /** Registers the handler that receives every event addressed to `target`. */
  register(target: string, handler: ClockHandler): void {
    assert(!this.handlers.has(target), `clock target ${target} registered twice`);
    this.handlers.set(target, handler);
  }

  /** Tells `target`'s owner which of its events a restored queue holds (to rebuild derived state). */
  onRestore(target: string, listener: (keys: readonly string[]) => void): void {
    assert(!this.restoreListeners.has(target), `a restore listener for ${target} exists already`);
    this.restoreListeners.set(target, listener);
  }

  schedule(target: string, key: string, delayMs: number): void {
    assert(delayMs >= 0 && Number.isFinite(delayMs), `bad delay ${delayMs}`);
    this.queue.push({ dueMs: this.current + Math.ceil(delayMs), seq: this.seq++, target, key });
  }

  /** The due time of the next event, or undefined when the queue is empty. */
  nextDueMs(): number | undefined {
    return this.queue.peek()?.dueMs;
  }

  get pending(): number {
    return this.queue.size;
  }

  /** Runs every event due at or before `targetMs`, then sets the time to `targetMs`. */
  advanceTo(targetMs: number, maxEvents = 1_000_000): number {
    let ran = 0;
    this.advanceWhile(targetMs, () => {
      assert(ran < maxEvents, `clock: more than ${maxEvents} events in one advance`);
      ran++;
      return true;
    });
    return ran;
  }

  /**
   * As advanceTo, but asks `more()` before each event and stops when it says no (the first event runs
   * regardless, so time always moves): the time is then the last event's, the rest of the way left to a
   * later call (virtual time runs slower than asked, never differently). Returns whether `targetMs` was reached.
   */
  advanceWhile(targetMs: number, more: () => boolean): boolean {
    assert(targetMs >= this.current, 'the clock never goes backwards');
    let first = true;
    for (let next = this.queue.peek(); next !== undefined && next.dueMs <= targetMs; next = this.queue.peek()) {
      if (!more() && !first) return false;
      first = false;
      this.queue.pop();
      this.current = next.dueMs;
      this.dispatch(next);
    }
    this.current = Math.floor(targetMs);
    return true;
  }

  advance(ms: number): number {
    return this.advanceTo(this.current + Math.floor(ms));
  }

  snapshot(): ClockSnapshot {
    const events = this.queue.toArray().sort((a, b) => (byDueThenSeq(a, b) ? -1 : 1));
    return { nowMs: this.current, seq: this.seq, events };
  }

  restore(snap: ClockSnapshot): void {
    this.current = snap.nowMs;
    this.seq = snap.seq;
    this.queue.clear();
    for (const e of snap.events) this.queue.push(e);
    for (const [target, listener] of this.restoreListeners) {
      listener(snap.events.filter((e) => e.target === target).map((e) => e.key));
    }
  }

  private dispatch(event: ClockEvent): void {
    const handler = this.handlers.get(event.target);
    assert(handler !== undefined, `no clock handler for ${event.target}`);
    handler(event.key);
  }
}
