// The session's timeline, for rewinding: rewind points (checkpoints of the whole sandbox) taken after
// every input and every PERIOD_MS of virtual time. Between an input and the next, only time passes,
// and the engine is deterministic, so restoring a checkpoint and advancing the clock reaches any moment
// of that stretch exactly. Bounded: past MAX_CHECKPOINTS, redundant periodic points go first (while the
// replay they leave stays under MAX_REPLAY_MS), then the oldest point, and its stretch becomes unreachable.

import type { HostSnapshot } from '../api.ts';
import type { TimelineInfo, TimelineMark, TimelineSegment } from './timeline-types.ts';

export const PERIOD_MS = 30_000;
export const MAX_CHECKPOINTS = 60;
export const MAX_REPLAY_MS = 5 * 60_000;
export const MAX_MARKS = 2_000;

/** What to restore, and how far to advance from it, to reach a moment. */
export interface RewindPlan {
  readonly snapshot: HostSnapshot;
  readonly fromMs: number;
  readonly toMs: number;
}

interface Checkpoint {
  readonly timeMs: number;
  readonly snapshot: HostSnapshot;
  /** How many inputs were recorded before it (absolute count, so it survives dropped marks). */
  readonly inputs: number;
}

interface Mark extends TimelineMark {
  readonly seq: number;
}

export class Timeline {
  private checkpoints: Checkpoint[] = [];
  private marks: Mark[] = [];
  private inputCount = 0;
  private changed = false;

  constructor(private readonly take: () => HostSnapshot, private readonly nowMs: () => number) {}

  /** Forgets everything and starts again from the present (boot, a restored snapshot, an import). */
  reset(): void {
    this.checkpoints = [];
    this.marks = [];
    this.checkpoint();
  }

  /** After an input has been handled: marks it and takes a rewind point. */
  afterInput(label: string): void {
    this.marks.push({ seq: this.inputCount++, timeMs: this.nowMs(), label });
    if (this.marks.length > MAX_MARKS) this.marks.shift();
    this.checkpoint();
  }

  /** After time moved: a periodic rewind point when the last one is PERIOD_MS old. */
  afterAdvance(): void {
    const last = this.checkpoints.at(-1);
    if (last === undefined || this.nowMs() - last.timeMs >= PERIOD_MS) this.checkpoint();
  }

  /** True once after each change of the rewind points or marks. */
  takeChanged(): boolean {
    const changed = this.changed;
    this.changed = false;
    return changed;
  }

  info(): TimelineInfo {
    return { nowMs: this.nowMs(), segments: this.segments(), marks: this.marks.map(({ timeMs, label }) => ({ timeMs, label })) };
  }

  /** How to reach `toMs`, or the nearest reachable moment to it; undefined before any checkpoint. */
  plan(toMs: number): RewindPlan | undefined {
    let best: { checkpoint: Checkpoint; toMs: number; distance: number } | undefined;
    for (const checkpoint of this.checkpoints) {
      const reach = Math.min(Math.max(toMs, checkpoint.timeMs), this.reachOf(checkpoint));
      const distance = Math.abs(reach - toMs);
      if (best === undefined || distance <= best.distance) best = { checkpoint, toMs: reach, distance };
    }
    return best && { snapshot: best.checkpoint.snapshot, fromMs: best.checkpoint.timeMs, toMs: best.toMs };
  }

  /** After a rewind to `toMs`: the future is gone; a new one starts from there. */
  truncateAfter(toMs: number): void {
    this.checkpoints = this.checkpoints.filter((c) => c.timeMs <= toMs);
    const kept = this.marks.filter((m) => m.timeMs <= toMs);
    const lastKept = this.checkpoints.at(-1);
    this.marks = lastKept === undefined ? kept : kept.filter((m) => m.seq < lastKept.inputs);
    this.inputCount = lastKept?.inputs ?? 0;
    this.changed = true;
  }

  private checkpoint(): void {
    this.checkpoints.push({ timeMs: this.nowMs(), snapshot: this.take(), inputs: this.inputCount });
    if (this.checkpoints.length > MAX_CHECKPOINTS) this.thin();
    this.changed = true;
  }

  /** The last moment a checkpoint reaches: the next input after it, or now. */
  private reachOf(checkpoint: Checkpoint): number {
    const next = this.marks.find((m) => m.seq >= checkpoint.inputs);
    return next?.timeMs ?? this.nowMs();
  }

  private segments(): TimelineSegment[] {
    const merged: { fromMs: number; toMs: number }[] = [];
    for (const checkpoint of this.checkpoints) {
      const segment = { fromMs: checkpoint.timeMs, toMs: this.reachOf(checkpoint) };
      const last = merged.at(-1);
      if (last !== undefined && segment.fromMs <= last.toMs) last.toMs = Math.max(last.toMs, segment.toMs);
      else merged.push(segment);
    }
    return merged;
  }

  private thin(): void {
    const cps = this.checkpoints;
    let victim = -1;
    let shortest = Infinity;
    for (let i = 1; i < cps.length - 1; i++) {
      if (cps[i]!.inputs !== cps[i - 1]!.inputs) continue;
      const span = cps[i + 1]!.timeMs - cps[i - 1]!.timeMs;
      if (span <= MAX_REPLAY_MS && span < shortest) {
        shortest = span;
        victim = i;
      }
    }
    cps.splice(victim === -1 ? 0 : victim, 1);
    const first = cps[0];
    if (victim === -1 && first !== undefined) this.marks = this.marks.filter((m) => m.seq >= first.inputs);
  }
}
