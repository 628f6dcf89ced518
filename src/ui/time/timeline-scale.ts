// Where moments sit on the timeline bar, and which moment a position means: pure, for the bar and its tests.

import type { TimelineInfo } from '../../worker/host/api.ts';

export interface TimelineScale {
  readonly startMs: number;
  readonly endMs: number;
}

/** From the first reachable moment to now (at least one second wide, so the bar is never empty). */
export function timelineScale(info: TimelineInfo, nowMs: number): TimelineScale {
  const startMs = info.segments[0]?.fromMs ?? nowMs;
  return { startMs, endMs: Math.max(nowMs, startMs + 1_000) };
}

/** A fraction (0..1) of the bar for a moment. */
export function fractionOf(scale: TimelineScale, timeMs: number): number {
  return Math.min(1, Math.max(0, (timeMs - scale.startMs) / (scale.endMs - scale.startMs)));
}

/** The stretches the sandbox cannot go back to (inputs whose rewind point was dropped), as fractions. */
export function gapsOf(info: TimelineInfo, scale: TimelineScale): { from: number; to: number }[] {
  const gaps: { from: number; to: number }[] = [];
  for (let i = 1; i < info.segments.length; i++) {
    gaps.push({ from: fractionOf(scale, info.segments[i - 1]!.toMs), to: fractionOf(scale, info.segments[i]!.fromMs) });
  }
  return gaps;
}
