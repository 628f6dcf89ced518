import { describe, expect, it } from 'vitest';
import type { HostSnapshot } from '../api.ts';
import { MAX_CHECKPOINTS, PERIOD_MS, Timeline } from './timeline.ts';

function timelineAt(): { timeline: Timeline; clock: { now: number }; taken: () => number } {
  const clock = { now: 0 };
  let count = 0;
  const take = (): HostSnapshot => ({ version: 1, options: { seed: count++ }, cluster: clock.now, files: {} });
  return { timeline: new Timeline(take, () => clock.now), clock, taken: () => count };
}

/** The rewind points kept: each plan starts from one, and each starts a distinct stretch. */
function checkpointCount(timeline: Timeline): number {
  const starts = new Set<number>();
  for (let t = 0; t <= timeline.info().nowMs; t += PERIOD_MS / 2) starts.add(timeline.plan(t)!.fromMs);
  return starts.size;
}

describe('Timeline', () => {
  it('plans from the latest rewind point before the moment, within its stretch', () => {
    const { timeline, clock } = timelineAt();
    timeline.reset();
    clock.now = 10_000;
    timeline.afterInput('kubectl apply -f web.yaml');
    clock.now = 25_000;
    timeline.afterAdvance();
    expect(timeline.plan(5_000)).toMatchObject({ fromMs: 0, toMs: 5_000 });
    expect(timeline.plan(20_000)).toMatchObject({ fromMs: 10_000, toMs: 20_000 });
    expect(timeline.info().segments).toEqual([{ fromMs: 0, toMs: 25_000 }]);
  });

  it('takes a periodic point every PERIOD_MS and none sooner', () => {
    const { timeline, clock, taken } = timelineAt();
    timeline.reset();
    clock.now = PERIOD_MS - 1;
    timeline.afterAdvance();
    expect(taken()).toBe(1);
    clock.now = PERIOD_MS;
    timeline.afterAdvance();
    expect(taken()).toBe(2);
  });

  it('stays bounded, dropping redundant periodic points first, and still reaches every input', () => {
    const { timeline, clock } = timelineAt();
    timeline.reset();
    for (let i = 1; i <= 200; i++) {
      clock.now = i * PERIOD_MS;
      if (i % 20 === 0) timeline.afterInput(`line ${i}`);
      else timeline.afterAdvance();
    }
    const info = timeline.info();
    expect(info.marks).toHaveLength(10);
    expect(info.segments.at(-1)!.toMs).toBe(clock.now);
    for (const mark of info.marks.slice(-5)) expect(timeline.plan(mark.timeMs)!.toMs).toBe(mark.timeMs);
    expect(timeline.plan(clock.now - 1)!.toMs).toBe(clock.now - 1);
    expect(checkpointCount(timeline)).toBeLessThanOrEqual(MAX_CHECKPOINTS);
  });

  it('forgets the future after a rewind', () => {
    const { timeline, clock } = timelineAt();
    timeline.reset();
    clock.now = 1_000;
    timeline.afterInput('a');
    clock.now = 2_000;
    timeline.afterInput('b');
    timeline.truncateAfter(1_500);
    clock.now = 1_500;
    expect(timeline.info().marks.map((m) => m.label)).toEqual(['a']);
    expect(timeline.plan(2_000)!.toMs).toBe(1_500);
  });
});
