import { describe, expect, it } from 'vitest';
import type { HostEvent } from '../../worker/host/api.ts';
import { createEventBatcher, type FrameScheduler } from './event-batcher.ts';
import { MAX_PENDING_OUTPUT_CHARS } from './bounded-text.ts';

function manualFrames(): { schedule: FrameScheduler; runFrame(): void; requested: number } {
  let pending: (() => void)[] = [];
  const frames = {
    requested: 0,
    schedule: (flush: () => void) => {
      frames.requested++;
      pending.push(flush);
    },
    runFrame: () => {
      const run = pending;
      pending = [];
      run.forEach((f) => f());
    },
  };
  return frames;
}

describe('event batcher', () => {
  it('delivers once per frame and schedule, joining output and keeping the latest clock and cluster events', () => {
    const frames = manualFrames();
    const delivered: (readonly HostEvent[])[] = [];
    const batcher = createEventBatcher((events) => delivered.push(events), frames.schedule, frames.schedule);
    batcher.push({ type: 'output', sessionId: 's1', data: 'kube' });
    batcher.push({ type: 'clock', nowMs: 1, speed: 1, paused: false });
    batcher.push({ type: 'output', sessionId: 's1', data: 'ctl' });
    batcher.push({ type: 'cluster', revision: 3 });
    batcher.push({ type: 'clock', nowMs: 2, speed: 1, paused: false });
    batcher.push({ type: 'cluster', revision: 4 });
    expect(frames.requested).toBe(2);
    expect(delivered).toEqual([]);
    frames.runFrame();
    expect(delivered).toEqual([
      [{ type: 'output', sessionId: 's1', data: 'kubectl' }],
      [{ type: 'clock', nowMs: 2, speed: 1, paused: false }, { type: 'cluster', revision: 4 }],
    ]);
  });

  it('keeps sessions apart and asks for a new frame after each flush', () => {
    const frames = manualFrames();
    const delivered: (readonly HostEvent[])[] = [];
    const batcher = createEventBatcher((events) => delivered.push(events), frames.schedule, frames.schedule);
    batcher.push({ type: 'output', sessionId: 's1', data: 'a' });
    batcher.push({ type: 'output', sessionId: 's2', data: 'b' });
    frames.runFrame();
    batcher.push({ type: 'output', sessionId: 's1', data: 'c' });
    frames.runFrame();
    expect(frames.requested).toBe(2);
    expect(delivered.map((batch) => batch.map((e) => (e.type === 'output' ? `${e.sessionId}:${e.data}` : e.type))))
      .toEqual([['s1:a', 's2:b'], ['s1:c']]);
  });

  it('bounds the output held while no frame comes', () => {
    const frames = manualFrames();
    let last = '';
    const batcher = createEventBatcher((events) => {
      const output = events[0];
      if (output?.type === 'output') last = output.data;
    }, frames.schedule, frames.schedule);
    const chunk = 'x'.repeat(100_000);
    for (let i = 0; i < 30; i++) batcher.push({ type: 'output', sessionId: 's1', data: chunk });
    batcher.push({ type: 'output', sessionId: 's1', data: 'END' });
    frames.runFrame();
    expect(last.length).toBe(MAX_PENDING_OUTPUT_CHARS);
    expect(last.endsWith('xEND')).toBe(true);
  });

  it('sends output on its own, sooner schedule, ahead of the frame', () => {
    const frames = manualFrames();
    const soon = manualFrames();
    const delivered: (readonly HostEvent[])[] = [];
    const batcher = createEventBatcher((events) => delivered.push(events), frames.schedule, soon.schedule);
    batcher.push({ type: 'clock', nowMs: 1, speed: 1, paused: false });
    batcher.push({ type: 'output', sessionId: 's1', data: 'k' });
    batcher.push({ type: 'output', sessionId: 's1', data: 'u' });
    expect(soon.requested).toBe(1);
    soon.runFrame();
    expect(delivered).toEqual([[{ type: 'output', sessionId: 's1', data: 'ku' }]]);
    frames.runFrame();
    expect(delivered[1]).toEqual([{ type: 'clock', nowMs: 1, speed: 1, paused: false }]);
  });

  it('delivers nothing after dispose', () => {
    const frames = manualFrames();
    const delivered: (readonly HostEvent[])[] = [];
    const batcher = createEventBatcher((events) => delivered.push(events), frames.schedule, frames.schedule);
    batcher.push({ type: 'cluster', revision: 1 });
    batcher.dispose();
    frames.runFrame();
    batcher.push({ type: 'cluster', revision: 2 });
    frames.runFrame();
    expect(delivered).toEqual([]);
  });
});
